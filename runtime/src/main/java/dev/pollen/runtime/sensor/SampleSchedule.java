package dev.pollen.runtime.sensor;

import dev.pollen.runtime.async.Millis;
import java.util.random.RandomGenerator;

/**
 * The instants of one sensor's samples, on its executor's clock: {@code start + k·period} for
 * k = 1, 2, ... (periodic), or a Poisson process of a given rate (a button); each optionally
 * delayed by up to {@code jitter}, never earlier than the previous sample; optionally finite (a
 * replay). Nominal instants do not drift: jitter delays one sample without moving the next.
 * Used by one driver at a time.
 */
final class SampleSchedule {
    /** {@link #next()} after the last sample. */
    static final long END = -1;

    private static final double NANOS_PER_SECOND = 1e9;

    private final long periodNanos;
    /** Presses per second for a Poisson schedule; 0 for a periodic one. */
    private final double rate;
    private final long jitterNanos;
    /** Samples in all, or -1 for an endless schedule. */
    private final long limit;
    private final RandomGenerator rng;

    private long nominal;
    private long previous;
    private long taken;

    private SampleSchedule(long start, long periodNanos, double rate, long jitterNanos, long limit,
                           RandomGenerator rng) {
        this.nominal = start;
        this.previous = start;
        this.periodNanos = periodNanos;
        this.rate = rate;
        this.jitterNanos = jitterNanos;
        this.limit = limit;
        this.rng = rng;
    }

    /** The schedule a sensor of {@code model} started at {@code startNanos} follows. */
    static SampleSchedule of(SensorModel model, SensorOptions options, long startNanos, RandomGenerator rng) {
        double rate = model instanceof SensorModel.Button b ? b.ratePerSecond() : 0.0;
        long limit = model instanceof SensorModel.Replay r ? r.values().size() : -1;
        return new SampleSchedule(startNanos, options.periodNanos(), rate, options.jitterNanos(), limit, rng);
    }

    /** The instant of the next sample, or {@link #END}; each call moves on by one sample. */
    long next() {
        if (limit >= 0 && taken >= limit) {
            return END;
        }
        taken++;
        nominal = Millis.deadline(nominal, rate > 0 ? poissonGap() : periodNanos);
        long at = jitterNanos > 0 ? Millis.deadline(nominal, rng.nextLong(jitterNanos + 1)) : nominal;
        previous = Math.max(previous, at);
        return previous;
    }

    /** An exponentially distributed gap of mean 1/rate seconds; at least 1 ns so instants advance. */
    private long poissonGap() {
        double gap = rng.nextExponential() * NANOS_PER_SECOND / rate;
        return Math.max(1, (long) Math.min(gap, Long.MAX_VALUE / 4.0));
    }
}
