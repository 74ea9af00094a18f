package dev.pollen.interpreter.nodes;

import dev.pollen.runtime.value.ErrorKind;
import dev.pollen.runtime.value.PList;
import dev.pollen.runtime.value.PollenException;
import dev.pollen.runtime.value.Sizes;
import dev.pollen.runtime.value.Values;

/**
 * The arithmetic of LANGUAGE.md §2: int op int stays int and throws ArithmeticError on overflow
 * or division by zero; a float on either side makes a float with IEEE rules; {@code +} also joins
 * two strings or two lists. Pure functions: the nodes call them after their own fast paths.
 */
public final class Arithmetic {
    private Arithmetic() {}

    public static Object add(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            return addExact(x, y);
        }
        if (a instanceof String x && b instanceof String y) {
            return Sizes.concat(x, y, "+");
        }
        if (a instanceof PList x && b instanceof PList y) {
            PList out = new PList(Sizes.listSize((long) x.size() + y.size(), "+"));
            out.addAll(x);
            out.addAll(y);
            return out;
        }
        if (isNum(a) && isNum(b)) {
            return num(a) + num(b);
        }
        throw mismatch("add", a, b);
    }

    public static Object subtract(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            try {
                return Math.subtractExact(x, y);
            } catch (ArithmeticException e) {
                throw overflow();
            }
        }
        if (isNum(a) && isNum(b)) {
            return num(a) - num(b);
        }
        throw mismatch("subtract", a, b);
    }

    public static Object multiply(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            try {
                return Math.multiplyExact(x, y);
            } catch (ArithmeticException e) {
                throw overflow();
            }
        }
        if (isNum(a) && isNum(b)) {
            return num(a) * num(b);
        }
        throw mismatch("multiply", a, b);
    }

    /** Int division truncates toward zero. */
    public static Object divide(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            if (y == 0) {
                throw PollenException.of(ErrorKind.ARITHMETIC, "division by zero");
            }
            if (x == Long.MIN_VALUE && y == -1) {
                throw overflow();
            }
            return x / y;
        }
        if (isNum(a) && isNum(b)) {
            return num(a) / num(b);
        }
        throw mismatch("divide", a, b);
    }

    /** Int remainder takes the sign of the dividend. */
    public static Object remainder(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            if (y == 0) {
                throw PollenException.of(ErrorKind.ARITHMETIC, "remainder by zero");
            }
            return y == -1 ? 0L : x % y;
        }
        if (isNum(a) && isNum(b)) {
            return num(a) % num(b);
        }
        throw mismatch("take the remainder of", a, b);
    }

    public static Object negate(Object a) {
        if (a instanceof Long x) {
            if (x == Long.MIN_VALUE) {
                throw overflow();
            }
            return -x;
        }
        if (a instanceof Double d) {
            return -d;
        }
        throw PollenException.typeError("cannot negate " + Values.typeOf(a));
    }

    public static Long addExact(long x, long y) {
        long r = x + y;
        if (((x ^ r) & (y ^ r)) < 0) {
            throw overflow();
        }
        return r;
    }

    static boolean isNum(Object v) {
        return v instanceof Long || v instanceof Double;
    }

    static double num(Object v) {
        return v instanceof Long l ? (double) l : (Double) v;
    }

    static PollenException overflow() {
        return PollenException.of(ErrorKind.ARITHMETIC, "integer overflow");
    }

    private static PollenException mismatch(String verb, Object a, Object b) {
        return PollenException.typeError("cannot " + verb + " " + Values.typeOf(a) + " and " + Values.typeOf(b));
    }
}
