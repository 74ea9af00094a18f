package dev.pollen.stdlib;

import dev.pollen.runtime.sensor.Sensor;
import dev.pollen.runtime.sensor.SensorModel;
import dev.pollen.runtime.sensor.SensorOptions;
import dev.pollen.runtime.sensor.SensorSimulator;
import dev.pollen.runtime.value.ModuleValue;
import dev.pollen.runtime.value.PMap;
import dev.pollen.runtime.value.PollenException;
import java.util.List;

/**
 * The {@code sensors} module (LANGUAGE.md §7): {@code temperature(opts)}, {@code humidity(opts)},
 * {@code light(opts)}, {@code accelerometer(opts)}, {@code button(opts)} and
 * {@code replay(values, opts)}, each starting a simulated sensor at once. Options are read by
 * {@link SensorOptionsReader}; the sensors' methods are {@link SensorMethods}.
 *
 * <p>Each engine gets its own {@link SensorSimulator} (its seed stream for default seeds and, in
 * the real clock, its hardware thread), built from the host's executor and {@code --seed}.
 */
public final class SensorsModule implements NativeModule {
    private static final List<String> WALK_KEYS =
            List.of("period", "base", "noise", "seed", "fail_rate", "jitter", "name");
    private static final List<String> BUTTON_KEYS = List.of("rate", "seed", "fail_rate", "jitter", "name");
    private static final List<String> REPLAY_KEYS = List.of("period", "seed", "fail_rate", "jitter", "name");
    private static final List<String> AXES = List.of("x", "y", "z");

    @Override
    public String name() {
        return "sensors";
    }

    /** The engine's simulator, made on first use. */
    static final class LazySimulator {
        private final StdlibHost host;
        private SensorSimulator simulator;

        LazySimulator(StdlibHost host) {
            this.host = host;
        }

        synchronized SensorSimulator get() {
            if (simulator == null) {
                simulator = new SensorSimulator(host.executor(), host.seed());
                host.closeWithEngine(simulator);
            }
            return simulator;
        }
    }

    @Override
    public ModuleValue create(StdlibHost host) {
        // Made when the first sensor is: the engine's executor (and its clock) must not start
        // before the program runs.
        LazySimulator simulator = new LazySimulator(host);
        ModuleValue m = new ModuleValue("sensors");
        m.define("temperature", walk(simulator, "temperature", SensorModel.temperature()));
        m.define("humidity", walk(simulator, "humidity", SensorModel.humidity()));
        m.define("light", walk(simulator, "light", SensorModel.light()));
        m.define("accelerometer", new NativeFunction("accelerometer", args -> accelerometer(simulator, args)));
        m.define("button", new NativeFunction("button", args -> button(simulator, args)));
        m.define("replay", new NativeFunction("replay", args -> replay(simulator, args)));
        return m;
    }

    private static NativeFunction walk(LazySimulator simulator, String kind, SensorModel.RandomWalk defaults) {
        String fn = "sensors." + kind;
        return new NativeFunction(kind, args -> {
            Args.between(fn, args, 0, 1);
            SensorOptionsReader opts = SensorOptionsReader.read(fn, args, 0, WALK_KEYS);
            SensorModel.RandomWalk model = opts.checked(() -> {
                SensorModel.RandomWalk w = defaults;
                if (opts.has("noise")) {
                    w = w.withNoise(opts.number("noise"));
                }
                if (opts.has("base")) {
                    w = w.withBase(opts.number("base"));
                }
                return w;
            });
            return start(simulator, opts, model);
        });
    }

    private static Sensor accelerometer(LazySimulator simulator, Object[] args) {
        String fn = "sensors.accelerometer";
        Args.between(fn, args, 0, 1);
        SensorOptionsReader opts = SensorOptionsReader.read(fn, args, 0, WALK_KEYS);
        SensorModel.Accelerometer model = opts.checked(() -> {
            SensorModel.Accelerometer a = SensorModel.accelerometer();
            if (opts.has("noise")) {
                a = a.withNoise(opts.number("noise"));
            }
            if (opts.has("base")) {
                PMap base = opts.map("base");
                a = a.withBase(axis(opts, base, "x", a.x()), axis(opts, base, "y", a.y()),
                        axis(opts, base, "z", a.z()));
            }
            return a;
        });
        return start(simulator, opts, model);
    }

    /** One axis of an accelerometer's {@code base} map; a missing axis keeps its default. */
    private static double axis(SensorOptionsReader opts, PMap base, String axis, double fallback) {
        for (Object key : base.keys()) {
            if (!AXES.contains(key)) {
                throw PollenException.typeError(opts.fn() + "() option base has an unknown axis "
                        + (key instanceof String s ? "'" + s + "'" : String.valueOf(key)) + " (axes: x, y, z)");
            }
        }
        if (!base.containsKey(axis)) {
            return fallback;
        }
        Object v = base.get(axis);
        if (v instanceof Long l) {
            return l;
        }
        if (v instanceof Double d) {
            return d;
        }
        throw opts.wrongType("base." + axis, "a number", v);
    }

    private static Sensor button(LazySimulator simulator, Object[] args) {
        String fn = "sensors.button";
        Args.between(fn, args, 0, 1);
        SensorOptionsReader opts = SensorOptionsReader.read(fn, args, 0, BUTTON_KEYS);
        SensorModel.Button model = opts.checked(() ->
                opts.has("rate") ? new SensorModel.Button(opts.number("rate")) : SensorModel.button());
        return start(simulator, opts, model);
    }

    private static Sensor replay(LazySimulator simulator, Object[] args) {
        String fn = "sensors.replay";
        Args.between(fn, args, 1, 2);
        List<Object> values = Args.list(fn, args, 0).items();
        SensorOptionsReader opts = SensorOptionsReader.read(fn, args, 1, REPLAY_KEYS);
        return start(simulator, opts, SensorModel.replay(values));
    }

    private static Sensor start(LazySimulator simulator, SensorOptionsReader opts, SensorModel model) {
        SensorOptions options = opts.common();
        return simulator.get().start(model, options);
    }
}
