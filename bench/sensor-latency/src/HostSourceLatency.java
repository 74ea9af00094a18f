import dev.pollen.interpreter.embed.Pollen;
import dev.pollen.interpreter.embed.PollenConfig;
import dev.pollen.interpreter.internal.EngineInternals;
import dev.pollen.runtime.async.Executor;
import dev.pollen.runtime.sensor.HostSource;
import dev.pollen.runtime.value.ModuleValue;
import dev.pollen.stdlib.NativeFunction;
import dev.pollen.stdlib.NativeModule;
import dev.pollen.stdlib.StdlibHost;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.locks.LockSupport;

/**
 * A host source end to end, in the real clock: a "device" thread pushes the values 0..N-1 into a
 * {@link HostSource} that a script reads ({@code host_source.pln}); the engine exposes the source
 * to the script as {@code devices.door}. Each push is made while the script's read is pending,
 * after a pause that lets the executor park, as a device would. Reports the delay from each push
 * (on the device thread) to the script task observing the value, and checks that every value
 * arrived, in order; exits 1 if not.
 *
 * <p>Usage: {@code HostSourceLatency SCRIPT [N]}.
 */
public final class HostSourceLatency {
    public static void main(String[] args) throws IOException, InterruptedException {
        Path script = Path.of(args.length > 0 ? args[0] : "host_source.pln");
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
        Devices devices = new Devices();
        long[] pushedAt = new long[n];
        long[] seenAt = new long[n];
        List<Long> seen = new ArrayList<>();
        NativeModule probe = new NativeModule() {
            @Override
            public String name() {
                return "probe";
            }

            @Override
            public ModuleValue create(StdlibHost host) {
                return new ModuleValue("probe").define("mark", new NativeFunction("mark", a -> {
                    long v = (Long) a[0];
                    seenAt[(int) v] = host.executor().nowNanos();
                    seen.add(v);
                    return null;
                }));
            }
        };
        try (Pollen pollen = EngineInternals.newEngine(PollenConfig.defaults().withVirtualClock(false), List.of(devices, probe))) {
            Executor executor = EngineInternals.executor(pollen);
            HostSource door = devices.door;
            Thread device = new Thread(() -> {
                for (int i = 0; i < n; i++) {
                    while (door.sensor().pendingReads() == 0) {
                        LockSupport.parkNanos(50_000);
                    }
                    LockSupport.parkNanos(1_000_000);  // let the executor go idle and park
                    pushedAt[i] = executor.nowNanos();
                    door.push(i);  // an int: the script sees a Pollen int
                }
                while (door.sensor().pendingReads() == 0) {
                    LockSupport.parkNanos(50_000);
                }
                door.close();
            }, "device");
            device.start();
            pollen.runFile(script);
            device.join();
        }
        List<Long> expected = new ArrayList<>();
        for (long i = 0; i < n; i++) {
            expected.add(i);
        }
        boolean complete = seen.equals(expected);
        long[] late = new long[n];
        for (int i = 0; i < n; i++) {
            late[i] = seenAt[i] - pushedAt[i];
        }
        Arrays.sort(late);
        System.out.printf("host source, real clock: %d pushes from a device thread, %s; push -> task "
                        + "p50 / p99 / max (us): %.1f / %.1f / %.1f%n", n,
                complete ? "all received in order" : "LOST OR REORDERED VALUES",
                late[n / 2] / 1e3, late[(int) Math.ceil(0.99 * n) - 1] / 1e3, late[n - 1] / 1e3);
        if (!complete) {
            System.exit(1);
        }
    }

    /** The {@code devices} module: the host's sources, as fields scripts can reach in any mode. */
    private static final class Devices implements NativeModule {
        volatile HostSource door;

        @Override
        public String name() {
            return "devices";
        }

        @Override
        public ModuleValue create(StdlibHost host) {
            door = HostSource.create(host.executor(), "door");
            return new ModuleValue("devices").define("door", door.sensor());
        }
    }
}
