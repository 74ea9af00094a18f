package dev.pollen.stdlib;

import dev.pollen.runtime.value.Arity;
import dev.pollen.runtime.value.Callable;
import dev.pollen.runtime.value.PList;
import dev.pollen.runtime.value.PMap;
import dev.pollen.runtime.value.PollenException;
import dev.pollen.runtime.value.Values;

/**
 * Argument checks shared by every native function and method, so all of them word their
 * TypeErrors the same way: "len() takes 1 argument but 2 were given",
 * "math.sqrt() argument 1 must be a number, not string".
 *
 * <p>{@code fn} is the name as the user wrote the call ("len", "math.sqrt", "list.push");
 * {@code position} is 1-based.
 */
final class Args {
    private Args() {}

    static void exactly(String fn, Object[] args, int n) {
        Arity.check(fn, n, args.length);
    }

    static void between(String fn, Object[] args, int min, int max) {
        Arity.check(fn, min, max, args.length);
    }

    static void atLeast(String fn, Object[] args, int min) {
        Arity.checkAtLeast(fn, min, args.length);
    }

    static PollenException wrongType(String fn, int position, String expected, Object got) {
        return PollenException.typeError(
                fn + "() argument " + position + " must be " + expected + ", not " + Values.typeOf(got));
    }

    static long toLong(String fn, Object[] args, int index) {
        if (args[index] instanceof Long l) {
            return l;
        }
        throw wrongType(fn, index + 1, "an int", args[index]);
    }

    /** An int or a float, widened to double. */
    static double toDouble(String fn, Object[] args, int index) {
        Object v = args[index];
        if (v instanceof Double d) {
            return d;
        }
        if (v instanceof Long l) {
            return l;
        }
        throw wrongType(fn, index + 1, "a number", v);
    }

    static Object number(String fn, Object[] args, int index) {
        Object v = args[index];
        if (v instanceof Long || v instanceof Double) {
            return v;
        }
        throw wrongType(fn, index + 1, "a number", v);
    }

    static String string(String fn, Object[] args, int index) {
        if (args[index] instanceof String s) {
            return s;
        }
        throw wrongType(fn, index + 1, "a string", args[index]);
    }

    static PList list(String fn, Object[] args, int index) {
        if (args[index] instanceof PList l) {
            return l;
        }
        throw wrongType(fn, index + 1, "a list", args[index]);
    }

    static PMap map(String fn, Object[] args, int index) {
        if (args[index] instanceof PMap m) {
            return m;
        }
        throw wrongType(fn, index + 1, "a map", args[index]);
    }

    static Callable callable(String fn, Object[] args, int index) {
        if (args[index] instanceof Callable c) {
            return c;
        }
        throw wrongType(fn, index + 1, "a function", args[index]);
    }

    /** An int that indexes or sizes a Java collection: anything past int range is an error. */
    static int toInt(String fn, Object[] args, int index) {
        long v = toLong(fn, args, index);
        if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
            throw PollenException.valueError(fn + "() argument " + (index + 1) + " is out of range: " + v);
        }
        return (int) v;
    }
}
