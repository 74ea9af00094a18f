package dev.pollen.runtime.sensor;

/**
 * The sane range of each numeric sensor option (README, Sensors). Values outside it would hang a
 * virtual-clock run (a period of a nanosecond samples a billion times per simulated second) or
 * overflow the clock (a jitter of 1e300 ms), so they are refused with a message that names the
 * option, its bounds and the value.
 */
final class OptionBounds {
    /** Period and jitter: from one millisecond (none for jitter) to a billion ms, about 11.6 days. */
    static final double MIN_PERIOD_MS = 1;
    static final double MAX_MS = 1e9;
    /** Button presses per second: from one per ~11.6 days to one per millisecond on average. */
    static final double MIN_RATE = 1e-6;
    static final double MAX_RATE = 1000;
    /** Base readings and noise: far beyond any physical reading, far below a double's overflow. */
    static final double MAX_BASE = 1e9;
    static final double MAX_NOISE = 1e6;

    private OptionBounds() {}

    /** @throws IllegalArgumentException unless {@code min <= value <= max} (NaN never is) */
    static double require(String option, double value, double min, double max, String unit) {
        if (!(value >= min && value <= max)) {
            throw new IllegalArgumentException(option + " must be between " + format(min) + " and " + format(max)
                    + unit + ", got " + format(value));
        }
        return value;
    }

    private static String format(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }
}
