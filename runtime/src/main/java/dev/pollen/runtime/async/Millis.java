package dev.pollen.runtime.async;

import java.math.BigDecimal;

/**
 * Converts the script's milliseconds (int or float) to the runtime's nanoseconds and back. Scripts
 * speak milliseconds; everything inside the runtime is a {@code long} of nanoseconds. Conversions
 * round to the nearest nanosecond and saturate instead of overflowing.
 */
public final class Millis {
    private static final long NANOS_PER_MILLI = 1_000_000L;

    private Millis() {}

    public static long toNanos(long millis) {
        if (millis > Long.MAX_VALUE / NANOS_PER_MILLI) {
            return Long.MAX_VALUE;
        }
        if (millis < Long.MIN_VALUE / NANOS_PER_MILLI) {
            return Long.MIN_VALUE;
        }
        return millis * NANOS_PER_MILLI;
    }

    /** NaN counts as 0; infinities saturate. */
    public static long toNanos(double millis) {
        if (Double.isNaN(millis)) {
            return 0;
        }
        return Math.round(millis * NANOS_PER_MILLI);  // Math.round saturates at the long range
    }

    /** Accepts the script's number types: {@code Long}, {@code Integer}, {@code Double}... */
    public static long toNanos(Number millis) {
        if (millis instanceof Double || millis instanceof Float) {
            return toNanos(millis.doubleValue());
        }
        return toNanos(millis.longValue());
    }

    /** {@code now + duration}, saturating at {@link Clock#NO_DEADLINE} - 1 so it stays a deadline. */
    public static long deadline(long nowNanos, long durationNanos) {
        long sum = nowNanos + durationNanos;
        if (durationNanos > 0 && sum < nowNanos) {
            return Clock.NO_DEADLINE - 1;
        }
        return Math.min(sum, Clock.NO_DEADLINE - 1);
    }

    /** Nanoseconds as milliseconds without trailing zeros: {@code 50}, {@code 12.5}. */
    public static String format(long nanos) {
        return BigDecimal.valueOf(nanos, 6).stripTrailingZeros().toPlainString();
    }
}
