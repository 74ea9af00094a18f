package dev.pollen.runtime.sensor;

import dev.pollen.runtime.async.Millis;
import java.util.OptionalLong;

/**
 * How a simulated sensor samples, whatever it measures (LANGUAGE.md §7 options). Immutable; start
 * from {@link #defaults()} and change what you need. Invalid values throw
 * {@link IllegalArgumentException} with a message naming the option.
 *
 * @param periodNanos time between samples (ignored by a button, whose presses are a Poisson
 *                    process); the first sample comes one period after the sensor starts
 * @param seed        seeds the sensor's randomness; empty derives it from the run's seed and the
 *                    sensor's creation order (see {@link SensorSimulator})
 * @param failRate    the probability, 0..1, that a sample is a fault ({@code read()} throws
 *                    SensorError)
 * @param jitterNanos each sample comes up to this much after its nominal instant (uniformly drawn),
 *                    never before the previous sample
 * @param name        the sensor's name, or null for its model's kind
 */
public record SensorOptions(long periodNanos, OptionalLong seed, double failRate, long jitterNanos, String name) {
    private static final long ONE_SECOND = 1_000_000_000L;

    public SensorOptions {
        OptionBounds.require("period", periodNanos / 1e6, OptionBounds.MIN_PERIOD_MS, OptionBounds.MAX_MS, " ms");
        if (seed == null) {
            seed = OptionalLong.empty();
        }
        if (!(failRate >= 0.0 && failRate <= 1.0)) {
            throw new IllegalArgumentException("fail_rate must be between 0.0 and 1.0, got " + failRate);
        }
        OptionBounds.require("jitter", jitterNanos / 1e6, 0, OptionBounds.MAX_MS, " ms");
        if (name != null && name.isEmpty()) {
            throw new IllegalArgumentException("name must not be empty");
        }
    }

    /** A period of 1000 ms, a derived seed, no faults, no jitter, the model's name. */
    public static SensorOptions defaults() {
        return new SensorOptions(ONE_SECOND, OptionalLong.empty(), 0.0, 0, null);
    }

    /** @throws IllegalArgumentException unless {@code millis} is within 1..1e9 */
    public SensorOptions withPeriodMillis(double millis) {
        return new SensorOptions(toNanos("period", millis), seed, failRate, jitterNanos, name);
    }

    public SensorOptions withSeed(long newSeed) {
        return new SensorOptions(periodNanos, OptionalLong.of(newSeed), failRate, jitterNanos, name);
    }

    public SensorOptions withFailRate(double rate) {
        return new SensorOptions(periodNanos, seed, rate, jitterNanos, name);
    }

    public SensorOptions withJitterMillis(double millis) {
        return new SensorOptions(periodNanos, seed, failRate, toNanos("jitter", millis), name);
    }

    public SensorOptions withName(String newName) {
        return new SensorOptions(periodNanos, seed, failRate, jitterNanos, newName);
    }

    private static long toNanos(String option, double millis) {
        double min = option.equals("period") ? OptionBounds.MIN_PERIOD_MS : 0;
        return Millis.toNanos(OptionBounds.require(option, millis, min, OptionBounds.MAX_MS, " ms"));
    }
}
