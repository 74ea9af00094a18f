package dev.pollen.interpreter.parse;

import java.math.BigInteger;

/**
 * The values of number literals and escape sequences, shared by the syntax rules (which
 * report bad ones) and the AST builder (which converts the good ones).
 */
final class Literals {
    /** {@code 9223372036854775808}: allowed only right after unary minus. */
    static final BigInteger MIN_LONG_MAGNITUDE = BigInteger.valueOf(Long.MIN_VALUE).negate();
    private static final BigInteger MAX_LONG = BigInteger.valueOf(Long.MAX_VALUE);
    private static final int MAX_CODE_POINT = 0x10FFFF;

    private Literals() {}

    /** The value of an INT token ({@code 42}, {@code 1_000}, {@code 0xff}, {@code 0b1010}), unbounded. */
    static BigInteger integer(String text) {
        String digits = text.replace("_", "");
        if (digits.length() > 2 && digits.charAt(0) == '0') {
            char base = Character.toLowerCase(digits.charAt(1));
            if (base == 'x') {
                return new BigInteger(digits.substring(2), 16);
            }
            if (base == 'b') {
                return new BigInteger(digits.substring(2), 2);
            }
        }
        return new BigInteger(digits);
    }

    /** True when the literal fits a 64-bit signed int ({@code negated}: it follows unary minus). */
    static boolean integerFits(BigInteger magnitude, boolean negated) {
        return magnitude.compareTo(MAX_LONG) <= 0 || negated && magnitude.equals(MIN_LONG_MAGNITUDE);
    }

    /** The value of a FLOAT token; too large a literal is infinity, as in Python. */
    static double floating(String text) {
        return Double.parseDouble(text.replace("_", ""));
    }

    /** The character a simple escape such as {@code \n} stands for. */
    static char escape(String text) {
        return switch (text.charAt(1)) {
            case 'n' -> '\n';
            case 't' -> '\t';
            case 'r' -> '\r';
            case '0' -> '\0';
            default -> text.charAt(1); // \\ \" \$
        };
    }

    /** The code point of a <code>&#92;u{...}</code> escape, or -1 when it is not a Unicode scalar value. */
    static int unicodeEscape(String text) {
        String hex = text.substring(3, text.length() - 1);
        if (hex.length() > 6) {
            return -1;
        }
        int codePoint = Integer.parseInt(hex, 16);
        boolean surrogate = codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE;
        return codePoint > MAX_CODE_POINT || surrogate ? -1 : codePoint;
    }
}
