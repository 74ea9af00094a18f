package dev.pollen.stdlib;

import dev.pollen.runtime.value.ErrorKind;
import dev.pollen.runtime.value.PList;
import dev.pollen.runtime.value.PollenException;
import dev.pollen.runtime.value.Values;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * {@code abs}, {@code min} and {@code max}. {@code min}/{@code max} take two or more arguments or
 * one list, order numbers and strings as {@code <} does, and return the first extreme element
 * itself ({@code min(1, 1.0)} is {@code 1}). An empty list is a ValueError.
 */
final class NumberBuiltins {
    private NumberBuiltins() {}

    static final Set<String> NAMES = Set.of("abs", "min", "max");

    static void install(BiConsumer<String, Object> define) {
        define.accept("abs", new NativeFunction("abs", args -> {
            Args.exactly("abs", args, 1);
            return abs(Args.number("abs", args, 0));
        }));
        define.accept("min", new NativeFunction("min", args -> extreme("min", args, -1)));
        define.accept("max", new NativeFunction("max", args -> extreme("max", args, 1)));
    }

    static Object abs(Object n) {
        if (n instanceof Long l) {
            if (l == Long.MIN_VALUE) {
                throw PollenException.of(ErrorKind.ARITHMETIC, "abs() result is out of int range");
            }
            return Math.abs(l);
        }
        return Math.abs((Double) n);
    }

    /** {@code sign} is -1 for min, 1 for max. */
    private static Object extreme(String fn, Object[] args, int sign) {
        Args.atLeast(fn, args, 1);
        List<Object> items;
        if (args.length == 1) {
            if (!(args[0] instanceof PList list)) {
                throw PollenException.typeError(fn + "() takes two or more arguments or one list, not one "
                        + Values.typeOf(args[0]));
            }
            items = list.items();
            if (items.isEmpty()) {
                throw PollenException.valueError(fn + "() of an empty list");
            }
        } else {
            items = Arrays.asList(args);
        }
        Object best = items.get(0);
        for (int i = 1; i < items.size(); i++) {
            Object v = items.get(i);
            if (Values.compare(v, best) * sign > 0) {
                best = v;
            }
        }
        return best;
    }
}
