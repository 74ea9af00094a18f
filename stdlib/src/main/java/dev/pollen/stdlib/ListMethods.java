package dev.pollen.stdlib;

import dev.pollen.runtime.value.BuiltinMethod;
import dev.pollen.runtime.value.Callable;
import dev.pollen.runtime.value.ErrorKind;
import dev.pollen.runtime.value.Indexing;
import dev.pollen.runtime.value.PList;
import dev.pollen.runtime.value.PollenException;
import dev.pollen.runtime.value.Printer;
import dev.pollen.runtime.value.SizeLimits;
import dev.pollen.runtime.value.Sizes;
import dev.pollen.runtime.value.Values;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The methods of lists (LANGUAGE.md §8): {@code len push pop insert(i, v) remove(i) contains
 * index_of map filter reduce(f, init) sort sort_by(key) reverse join(sep) sum}.
 *
 * <p>Decisions where the spec is silent:
 * <ul>
 *   <li>{@code insert(i, v)} clamps {@code i} like Python's {@code list.insert} (negative counts
 *       from the end, past the end appends); {@code remove(i)} accepts a negative index and throws
 *       IndexError when out of range.</li>
 *   <li>{@code reduce(f)} without {@code init} starts from the first element (ValueError when the
 *       list is empty).</li>
 *   <li>{@code sort}/{@code sort_by} leave the list unchanged when a comparison fails (TypeError for
 *       mixed types), since they sort a copy and write it back only on success.</li>
 *   <li>{@code join(sep)} converts elements with {@code str}, so {@code [1, 2].join("-")} is
 *       "1-2"; {@code sep} defaults to "".</li>
 *   <li>{@code sum} of ints stays an int (ArithmeticError on overflow) and becomes a float as soon
 *       as a float is met; the empty list sums to 0.</li>
 * </ul>
 */
final class ListMethods {
    private ListMethods() {}

    static final Map<String, BuiltinMethod> TABLE = table();

    private static Map<String, BuiltinMethod> table() {
        MethodTable t = new MethodTable("list");
        t.add("len", 0, (self, a) -> (long) list(self).size());
        t.add("push", 1, (self, a) -> {
            PList list = list(self);
            SizeLimits.collection(list.size() + 1L);
            list.add(a[0]);
            return null;
        });
        t.add("pop", 0, (self, a) -> list(self).pop());
        t.add("insert", 2, (self, a) -> {
            PList list = list(self);
            SizeLimits.collection(list.size() + 1L);
            list.insert(Args.toLong(t.label("insert"), a, 0), a[1]);
            return null;
        });
        t.add("remove", 1, (self, a) -> list(self).removeAt(Args.toLong(t.label("remove"), a, 0)));
        t.add("contains", 1, (self, a) -> indexOf(list(self), a[0]) >= 0);
        t.add("index_of", 1, (self, a) -> (long) indexOf(list(self), a[0]));
        t.add("map", 1, (self, a) -> map(list(self), Args.callable(t.label("map"), a, 0)));
        t.add("filter", 1, (self, a) -> filter(list(self), Args.callable(t.label("filter"), a, 0)));
        t.add("reduce", 1, 2, (self, a) -> reduce(list(self), Args.callable(t.label("reduce"), a, 0), a));
        t.add("sort", 0, (self, a) -> {
            list(self).sort(Values::compare);
            return null;
        });
        t.add("sort_by", 1, (self, a) -> {
            sortBy(list(self), Args.callable(t.label("sort_by"), a, 0));
            return null;
        });
        t.add("reverse", 0, (self, a) -> {
            list(self).reverse();
            return null;
        });
        t.add("join", 0, 1, (self, a) -> join(list(self), a.length == 0 ? "" : Args.string(t.label("join"), a, 0)));
        t.add("sum", 0, (self, a) -> sum(list(self).toArray()));
        return t.build();
    }

    private static PList list(Object self) {
        return (PList) self;
    }

    /** Compares on a snapshot: equality may look into other lists, which must not nest locks. */
    static int indexOf(PList list, Object v) {
        Object[] items = list.toArray();
        for (int i = 0; i < items.length; i++) {
            if (Values.equals(items[i], v)) {
                return i;
            }
        }
        return -1;
    }

    /** Marks the end of a live walk: no script value is this object. */
    private static final Object END = new Object();

    // map/filter/reduce index the live list on each step: the callback may change it (or another
    // task may), and each step sees the list as it is then, like a Python loop.
    static PList map(PList items, Callable f) {
        PList out = new PList(items.size());
        Object v;
        for (int i = 0; (v = items.getOr(i, END)) != END; i++) {
            out.add(f.call(new Object[] {v}));
        }
        return out;
    }

    static PList filter(PList items, Callable f) {
        PList out = new PList();
        Object v;
        for (int i = 0; (v = items.getOr(i, END)) != END; i++) {
            if (Values.isTruthy(f.call(new Object[] {v}))) {
                out.add(v);
            }
        }
        return out;
    }

    static Object reduce(PList items, Callable f, Object[] args) {
        int start = 0;
        Object acc;
        if (args.length == 2) {
            acc = args[1];
        } else {
            acc = items.getOr(0, END);
            if (acc == END) {
                throw PollenException.valueError("list.reduce() of an empty list with no initial value");
            }
            start = 1;
        }
        Object v;
        for (int i = start; (v = items.getOr(i, END)) != END; i++) {
            acc = f.call(new Object[] {acc, v});
        }
        return acc;
    }

    /**
     * Stable sort by {@code key(v)}, each key computed once outside the list's lock (the key is
     * script code). The result is written back only if the list still holds the same elements;
     * otherwise ValueError, and the list keeps the other change.
     */
    static void sortBy(PList list, Callable key) {
        Object[] values = list.toArray();
        int n = values.length;
        Object[] keys = new Object[n];
        for (int i = 0; i < n; i++) {
            keys[i] = key.call(new Object[] {values[i]});
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Comparator<Integer> byKey = (x, y) -> Values.compare(keys[x], keys[y]);
        Arrays.sort(order, byKey); // TimSort: stable
        Object[] sorted = new Object[n];
        for (int i = 0; i < n; i++) {
            sorted[i] = values[order[i]];
        }
        if (!list.replaceIfUnchanged(values, sorted)) {
            throw PollenException.valueError("list changed while being sorted");
        }
    }

    static String join(PList list, String sep) {
        Object[] items = list.toArray();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < items.length; i++) {
            if (i > 0) {
                Sizes.append(out, sep, "list.join()");
            }
            Sizes.append(out, Printer.str(items[i]), "list.join()");
        }
        return out.toString();
    }

    static Object sum(Object[] items) {
        long total = 0;
        int i = 0;
        for (; i < items.length; i++) {
            Object v = items[i];
            if (v instanceof Long l) {
                try {
                    total = Math.addExact(total, l);
                } catch (ArithmeticException e) {
                    throw PollenException.of(ErrorKind.ARITHMETIC, "list.sum() overflowed the int range");
                }
            } else {
                break;
            }
        }
        if (i == items.length) {
            return total;
        }
        double sum = total;
        for (; i < items.length; i++) {
            Object v = items[i];
            if (v instanceof Long l) {
                sum += l;
            } else if (v instanceof Double d) {
                sum += d;
            } else {
                throw PollenException.typeError("list.sum() needs numbers, found " + Values.typeOf(v));
            }
        }
        return sum;
    }
}
