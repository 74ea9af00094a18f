package dev.pollen.runtime.value;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Formats a double the way Python's {@code repr} does: the shortest decimal digits that parse
 * back to the same double, positional between 1e-4 and 1e16 ({@code 0.0001},
 * {@code 1000000000000000.0}, always with a fractional part), exponent form outside it
 * ({@code 1e-05}, {@code 1e+16}, {@code 6.02e-23}: a signed, at least two-digit exponent), and
 * {@code inf}, {@code -inf}, {@code nan}.
 *
 * <p>Java 17's {@link Double#toString} round-trips but sometimes prints more digits than needed
 * (JDK-4511638, fixed only in Java 19), so the digits are found here: the shortest precision
 * {@code p} (1 to 17) whose correctly rounded {@code p}-digit decimal parses back to the input.
 * Round-tripping is monotone in {@code p} (the nearest p-digit decimal is also a (p+1)-digit one,
 * so the nearest (p+1)-digit decimal is at least as close), which allows a binary search.
 */
final class FloatFormat {
    private FloatFormat() {}

    /** Integral doubles below this print their digits straight from the long value. */
    private static final double POSITIONAL_LIMIT = 1e16;

    static String format(double d) {
        if (Double.isNaN(d)) {
            return "nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        if (d == 0) {
            return (1 / d < 0) ? "-0.0" : "0.0";
        }
        if (d == Math.rint(d) && Math.abs(d) < POSITIONAL_LIMIT) {
            return (long) d + ".0"; // the common case: exact, short, no search needed
        }
        StringBuilder out = new StringBuilder(24);
        if (d < 0) {
            out.append('-');
        }
        double v = Math.abs(d);
        String digits;
        int exp; // the decimal exponent of the first digit: value = d.ddd × 10^exp
        Decimal fast = v >= Double.MIN_NORMAL ? javaDigits(v) : null;
        if (fast != null && fast.digits().length() <= 15) {
            digits = fast.digits();
            exp = fast.exponent();
        } else {
            BigDecimal shortest = shortest(v);
            digits = shortest.unscaledValue().toString();
            exp = digits.length() - 1 - shortest.scale();
        }
        if (exp < -4 || exp >= 16) {
            appendExponentForm(out, digits, exp);
        } else {
            appendPositional(out, digits, exp);
        }
        return out.toString();
    }

    /** Significant digits (no leading or trailing zeros) and the exponent of the first one. */
    private record Decimal(String digits, int exponent) {}

    /**
     * The digits of {@link Double#toString}, which always round-trip. For a normal double, when
     * there are at most 15 of them they are also the shortest: a round-tripping decimal lies
     * within half an ulp (relative 1.1e-16) of the value, while 15-digit decimals are at least
     * 1e-15 apart (relative), so every round-tripping decimal of 15 digits or fewer is the same
     * nearest 15-digit decimal, padded with zeros. This skips the BigDecimal search for most values.
     */
    private static Decimal javaDigits(double v) {
        String text = Double.toString(v);
        int e = text.indexOf('E');
        String mantissa = e < 0 ? text : text.substring(0, e);
        int exp10 = e < 0 ? 0 : Integer.parseInt(text.substring(e + 1));
        int dot = mantissa.indexOf('.');
        String all = mantissa.substring(0, dot) + mantissa.substring(dot + 1);
        int lead = 0;
        while (lead < all.length() - 1 && all.charAt(lead) == '0') {
            lead++;
        }
        int end = all.length();
        while (end > lead + 1 && all.charAt(end - 1) == '0') {
            end--;
        }
        // The first digit of `all` has exponent dot - 1 (+ exp10); skipping zeros moves it down.
        return new Decimal(all.substring(lead, end), exp10 + dot - 1 - lead);
    }

    /** The shortest decimal that rounds back to {@code v} (v > 0, finite), trailing zeros stripped. */
    private static BigDecimal shortest(double v) {
        BigDecimal exact = new BigDecimal(v);
        int lo = 1;
        int hi = 17; // 17 significant digits always round-trip a double
        BigDecimal best = null;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            BigDecimal candidate = exact.round(new MathContext(mid, RoundingMode.HALF_EVEN));
            if (candidate.doubleValue() == v) {
                best = candidate;
                hi = mid - 1;
            } else {
                lo = mid + 1;
            }
        }
        if (best == null) {
            best = exact.round(new MathContext(17, RoundingMode.HALF_EVEN));
        }
        return best.stripTrailingZeros();
    }

    private static void appendExponentForm(StringBuilder out, String digits, int exp) {
        out.append(digits.charAt(0));
        if (digits.length() > 1) {
            out.append('.').append(digits, 1, digits.length());
        }
        out.append('e').append(exp < 0 ? '-' : '+');
        int magnitude = Math.abs(exp);
        if (magnitude < 10) {
            out.append('0');
        }
        out.append(magnitude);
    }

    private static void appendPositional(StringBuilder out, String digits, int exp) {
        if (exp < 0) {
            out.append("0.");
            for (int i = -1; i > exp; i--) {
                out.append('0');
            }
            out.append(digits);
        } else if (exp + 1 >= digits.length()) {
            out.append(digits);
            for (int i = digits.length(); i <= exp; i++) {
                out.append('0');
            }
            out.append(".0");
        } else {
            out.append(digits, 0, exp + 1).append('.').append(digits, exp + 1, digits.length());
        }
    }
}
