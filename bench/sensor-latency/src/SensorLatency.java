import dev.pollen.interpreter.embed.Pollen;
import dev.pollen.interpreter.embed.PollenConfig;
import dev.pollen.interpreter.internal.EngineInternals;
import dev.pollen.runtime.async.Executor;
import dev.pollen.runtime.async.TraceListener;
import dev.pollen.runtime.sensor.Sensor;
import dev.pollen.runtime.value.ModuleValue;
import dev.pollen.stdlib.NativeFunction;
import dev.pollen.stdlib.NativeModule;
import dev.pollen.stdlib.StdlibHost;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;

/**
 * Measures how late a sensor sample reaches the script task that reads it, in the real clock.
 *
 * <p>Runs {@code sensor_latency.pln} (a task reading a 10 ms sensor for 2 s) several times, each in
 * a fresh engine in one JVM; the first run is the cold one. For every sample the task read it splits
 * the delay from the sample's scheduled instant to the task observing it into
 * <ul>
 *   <li>hardware: scheduled instant → the hardware thread raising the interrupt (its sleep's
 *       overshoot), taken from the executor's trace listener, which the interrupt calls on that
 *       thread;</li>
 *   <li>delivery: interrupt → the task, polled on the executor thread after the cross-thread wake,
 *       calling {@code probe.mark} right after its {@code .await} returned.</li>
 * </ul>
 * A last line calibrates the platform: how late a plain {@code LockSupport.parkNanos} wakes for the
 * same 10 ms waits, on this JVM, with no Pollen involved; the hardware thread cannot beat it.
 *
 * <p>Usage: {@code SensorLatency SCRIPT [RUNS]}. Prints one table; timings are machine-dependent,
 * so the load average at the start is printed with them.
 */
public final class SensorLatency {
    private static final long PERIOD_NANOS = 10_000_000L;

    public static void main(String[] args) throws IOException {
        Path script = Path.of(args.length > 0 ? args[0] : "sensor_latency.pln");
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 6;
        System.out.printf("sensor latency, real clock, 10 ms period, 2 s per run, %d runs (run 1 is cold); "
                + "%d cpus, load average %.2f%n", runs, Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        System.out.printf("%-6s %8s %6s | %-28s | %-28s | %-28s%n", "run", "samples", "missed",
                "total p50 / p99 / max (us)", "hardware p50 / p99 / max", "delivery p50 / p99 / max");
        List<Long> warmTotal = new ArrayList<>();
        List<Long> warmHardware = new ArrayList<>();
        List<Long> warmDelivery = new ArrayList<>();
        for (int run = 1; run <= runs; run++) {
            Run r = runOnce(script);
            System.out.printf("%-6d %8d %6d | %-28s | %-28s | %-28s%n", run, r.total.size(), 200 - r.total.size(),
                    summary(r.total), summary(r.hardware), summary(r.delivery));
            if (run > 1) {
                warmTotal.addAll(r.total);
                warmHardware.addAll(r.hardware);
                warmDelivery.addAll(r.delivery);
            }
        }
        if (runs > 1) {
            System.out.printf("%-6s %8d %6s | %-28s | %-28s | %-28s%n", "warm", warmTotal.size(), "",
                    summary(warmTotal), summary(warmHardware), summary(warmDelivery));
        }
        System.out.printf("%-22s | %-28s |%n", "platform: parkNanos", summary(parkOvershoot(200)));
    }

    /** How late {@code parkNanos} returns for {@code n} waits of one period, in nanoseconds. */
    private static List<Long> parkOvershoot(int n) {
        List<Long> late = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            long deadline = System.nanoTime() + PERIOD_NANOS;
            long wait;
            while ((wait = deadline - System.nanoTime()) > 0) {
                LockSupport.parkNanos(wait);
            }
            late.add(System.nanoTime() - deadline);
        }
        return late;
    }

    /** The delays of one run, in nanoseconds, one entry per sample the task read. */
    private record Run(List<Long> total, List<Long> hardware, List<Long> delivery) {}

    private static Run runOnce(Path script) throws IOException {
        Map<Long, Long> raisedAt = new ConcurrentHashMap<>();
        List<long[]> marks = new ArrayList<>();  // {k, observedAt, scheduledAt}
        Probe probe = new Probe(marks);
        try (Pollen pollen = EngineInternals.newEngine(PollenConfig.defaults().withVirtualClock(false), List.of(probe))) {
            Executor executor = EngineInternals.executor(pollen);
            long[] interrupts = {0};
            executor.setTraceListener(new TraceListener() {
                @Override
                public void onInterrupt(String source, long atNanos) {
                    // Called on the hardware thread as it raises interrupt number ++n.
                    raisedAt.put(++interrupts[0], atNanos);
                }
            });
            probe.executor = executor;
            pollen.runFile(script);
        }
        Run r = new Run(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (long[] m : marks) {
            long k = m[0];
            long observed = m[1];
            long scheduled = m[2];
            long raised = raisedAt.get(k);
            r.total.add(observed - scheduled);
            r.hardware.add(raised - scheduled);
            r.delivery.add(observed - raised);
        }
        return r;
    }

    /** The {@code probe} module: {@code probe.mark(sensor, k)} records when the task saw sample k. */
    private static final class Probe implements NativeModule {
        private final List<long[]> marks;
        volatile Executor executor;

        Probe(List<long[]> marks) {
            this.marks = marks;
        }

        @Override
        public String name() {
            return "probe";
        }

        @Override
        public ModuleValue create(StdlibHost host) {
            return new ModuleValue("probe").define("mark", new NativeFunction("mark", args -> {
                long now = executor.nowNanos();
                Sensor s = (Sensor) args[0];
                long k = (Long) args[1];
                // Sample k of a replay without jitter was due k periods after the sensor started;
                // count back from the latest interrupt, whose instant the sensor records.
                long scheduled = s.lastSampleAtNanos() - (s.samples() - k) * PERIOD_NANOS;
                marks.add(new long[] {k, now, scheduled});
                return null;
            }));
        }
    }

    private static String summary(List<Long> nanos) {
        if (nanos.isEmpty()) {
            return "-";
        }
        long[] sorted = nanos.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(sorted);
        return String.format("%7.1f / %7.1f / %7.1f", micros(percentile(sorted, 0.50)),
                micros(percentile(sorted, 0.99)), micros(sorted[sorted.length - 1]));
    }

    /** Nearest-rank percentile. */
    private static long percentile(long[] sorted, double p) {
        int rank = (int) Math.ceil(p * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    private static double micros(long nanos) {
        return nanos / 1000.0;
    }
}
