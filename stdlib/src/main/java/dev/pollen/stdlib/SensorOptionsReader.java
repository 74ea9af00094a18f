package dev.pollen.stdlib;

import dev.pollen.runtime.sensor.SensorOptions;
import dev.pollen.runtime.value.PMap;
import dev.pollen.runtime.value.PollenException;
import dev.pollen.runtime.value.Printer;
import dev.pollen.runtime.value.Values;
import java.util.List;
import java.util.function.Supplier;

/**
 * Reads the options map of one {@code sensors.KIND(opts)} call. Every error names the call:
 * an options value that is not a map, an unknown key or a value of the wrong type is a TypeError
 * ("sensors.button() got an unknown option 'period' (it takes: rate, seed, fail_rate, jitter,
 * name)"); a value out of range is a ValueError ("sensors.humidity(): fail_rate must be between
 * 0.0 and 1.0, got 1.5"). The range rules themselves live with the runtime's {@link SensorOptions}
 * and models, so scripts and Java hosts get the same checks.
 */
final class SensorOptionsReader {
    private final String fn;
    private final PMap options;

    private SensorOptionsReader(String fn, PMap options) {
        this.fn = fn;
        this.options = options;
    }

    /**
     * The options at {@code args[index]}: absent or nil means none.
     *
     * @param allowed the keys this kind of sensor takes, in the order error messages list them
     */
    static SensorOptionsReader read(String fn, Object[] args, int index, List<String> allowed) {
        if (args.length <= index || args[index] == null) {
            return new SensorOptionsReader(fn, new PMap());
        }
        PMap options = Args.map(fn, args, index);
        for (Object key : options.keys()) {
            if (!(key instanceof String name) || !allowed.contains(name)) {
                throw PollenException.typeError(fn + "() got an unknown option " + describeKey(key)
                        + " (it takes: " + String.join(", ", allowed) + ")");
            }
        }
        return new SensorOptionsReader(fn, options);
    }

    boolean has(String key) {
        return options.containsKey(key);
    }

    /** An int or a float option, as a double. */
    double number(String key) {
        Object v = options.get(key);
        if (v instanceof Long l) {
            return l;
        }
        if (v instanceof Double d) {
            return d;
        }
        throw wrongType(key, "a number", v);
    }

    PMap map(String key) {
        if (options.get(key) instanceof PMap m) {
            return m;
        }
        throw wrongType(key, "a map", options.get(key));
    }

    /** The options every sensor takes: period, seed, fail_rate, jitter, name. */
    SensorOptions common() {
        return checked(() -> {
            SensorOptions o = SensorOptions.defaults();
            if (has("period")) {
                o = o.withPeriodMillis(number("period"));
            }
            if (has("seed")) {
                if (!(options.get("seed") instanceof Long seed)) {
                    throw wrongType("seed", "an int", options.get("seed"));
                }
                o = o.withSeed(seed);
            }
            if (has("fail_rate")) {
                o = o.withFailRate(number("fail_rate"));
            }
            if (has("jitter")) {
                o = o.withJitterMillis(number("jitter"));
            }
            if (has("name")) {
                if (!(options.get("name") instanceof String name)) {
                    throw wrongType("name", "a string", options.get("name"));
                }
                o = o.withName(name);
            }
            return o;
        });
    }

    /** Runs a runtime constructor, turning its range complaints into this call's ValueError. */
    <T> T checked(Supplier<T> make) {
        try {
            return make.get();
        } catch (IllegalArgumentException e) {
            throw PollenException.valueError(fn + "(): " + e.getMessage());
        }
    }

    PollenException wrongType(String key, String expected, Object got) {
        return PollenException.typeError(fn + "() option " + key + " must be " + expected + ", not " + Values.typeOf(got));
    }

    String fn() {
        return fn;
    }

    private static String describeKey(Object key) {
        return key instanceof String s
                ? "'" + s + "'"
                : Values.typeOf(key) + " key " + Printer.repr(key);
    }
}
