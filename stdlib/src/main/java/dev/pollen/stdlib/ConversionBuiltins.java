package dev.pollen.stdlib;

import dev.pollen.runtime.value.ErrorKind;
import dev.pollen.runtime.value.PollenException;
import dev.pollen.runtime.value.Printer;
import dev.pollen.runtime.value.Values;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;

/**
 * {@code str(x)}, {@code int(x)}, {@code float(x)}.
 *
 * <p>{@code int}: an int as is, a float truncated toward zero, a bool as 0/1, a string parsed as an
 * optionally signed decimal integer (surrounding whitespace and {@code _} between digits allowed,
 * as in Python). {@code float}: numbers widened, bools as 0.0/1.0, strings as decimal or exponent
 * notation or {@code inf}/{@code infinity}/{@code nan}. A bad string is a ValueError quoting it
 * ({@code invalid int: "4x2"}); a NaN or infinite float has no int (ValueError / ArithmeticError).
 */
final class ConversionBuiltins {
    private ConversionBuiltins() {}

    static final Set<String> NAMES = Set.of("str", "int", "float");

    private static final Pattern INT_TEXT = Pattern.compile("[+-]?\\d+(_\\d+)*");
    // Java's parseDouble also takes hex floats, "NaN", "Infinity" and suffixes like "2.5d": a
    // script's float() must not, so the text is checked against the language's own forms first.
    private static final Pattern FLOAT_TEXT = Pattern.compile(
            "[+-]?((\\d+(_\\d+)*(\\.(\\d+(_\\d+)*)?)?|\\.\\d+(_\\d+)*)([eE][+-]?\\d+)?|(?i:inf|infinity|nan))");

    static void install(BiConsumer<String, Object> define) {
        define.accept("str", new NativeFunction("str", args -> {
            Args.exactly("str", args, 1);
            return Printer.str(args[0]);
        }));
        define.accept("int", new NativeFunction("int", args -> {
            Args.exactly("int", args, 1);
            return toInt(args[0]);
        }));
        define.accept("float", new NativeFunction("float", args -> {
            Args.exactly("float", args, 1);
            return toFloat(args[0]);
        }));
    }

    static long toInt(Object v) {
        if (v instanceof Long l) {
            return l;
        } else if (v instanceof Double d) {
            return truncate(d, "int");
        } else if (v instanceof Boolean b) {
            return b ? 1L : 0L;
        } else if (v instanceof String s) {
            return parseInt(s);
        }
        throw PollenException.typeError("int() cannot convert " + Values.typeOf(v));
    }

    /** Truncates toward zero; {@code what} names the caller in the error ("int", "math.floor"). */
    static long truncate(double d, String what) {
        if (Double.isNaN(d)) {
            throw PollenException.valueError(what + "() cannot convert nan to int");
        }
        // (long) saturates silently in Java; the language reports a result outside 64 bits.
        if (d >= 0x1p63 || d < -0x1p63) {
            throw PollenException.of(ErrorKind.ARITHMETIC,
                    what + "() result " + Printer.formatFloat(d) + " is out of int range");
        }
        return (long) d;
    }

    static long parseInt(String s) {
        String text = s.strip();
        if (!INT_TEXT.matcher(text).matches()) {
            throw PollenException.valueError("invalid int: " + Printer.quote(s));
        }
        try {
            return Long.parseLong(text.replace("_", ""));
        } catch (NumberFormatException e) {
            throw PollenException.valueError("int out of range: " + Printer.quote(s));
        }
    }

    static double toFloat(Object v) {
        if (v instanceof Double d) {
            return d;
        } else if (v instanceof Long l) {
            return l;
        } else if (v instanceof Boolean b) {
            return b ? 1.0 : 0.0;
        } else if (v instanceof String s) {
            return parseFloat(s);
        }
        throw PollenException.typeError("float() cannot convert " + Values.typeOf(v));
    }

    static double parseFloat(String s) {
        String text = s.strip();
        if (!FLOAT_TEXT.matcher(text).matches()) {
            throw PollenException.valueError("invalid float: " + Printer.quote(s));
        }
        String lower = text.toLowerCase(Locale.ROOT);
        boolean negative = lower.startsWith("-");
        String unsigned = lower.startsWith("-") || lower.startsWith("+") ? lower.substring(1) : lower;
        if (unsigned.equals("inf") || unsigned.equals("infinity")) {
            return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (unsigned.equals("nan")) {
            return Double.NaN;
        }
        return Double.parseDouble(text.replace("_", ""));
    }
}
