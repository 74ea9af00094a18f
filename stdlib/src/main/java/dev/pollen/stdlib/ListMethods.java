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
        t.add("len", 0, (self, a) -> (long) items(self).size());
        t.add("push", 1, (self, a) -> {
            List<Object> items = items(self);
            SizeLimits.collection(items.size() + 1L);
            items.add(a[0]);
            return null;
        });
        t.add("pop", 0, (self, a) -> {
            List<Object> items = items(self);
            return items.isEmpty() ? null : items.remove(items.size() - 1);
        });
        t.add("insert", 2, (self, a) -> {
            List<Object> items = items(self);
            SizeLimits.collection(items.size() + 1L);
            items.add(insertPosition(Args.toLong(t.label("insert"), a, 0), items.size()), a[1]);
            return null;
        });
        t.add("remove", 1, (self, a) -> {
            List<Object> items = items(self);
            return items.remove(Indexing.position(Args.toLong(t.label("remove"), a, 0), items.size(), "list"));
        });
        t.add("contains", 1, (self, a) -> indexOf(items(self), a[0]) >= 0);
        t.add("index_of", 1, (self, a) -> (long) indexOf(items(self), a[0]));
        t.add("map", 1, (self, a) -> map(items(self), Args.callable(t.label("map"), a, 0)));
        t.add("filter", 1, (self, a) -> filter(items(self), Args.callable(t.label("filter"), a, 0)));
        t.add("reduce", 1, 2, (self, a) -> reduce(items(self), Args.callable(t.label("reduce"), a, 0), a));
        t.add("sort", 0, (self, a) -> {
            sortBy(items(self), null);
            return null;
        });
        t.add("sort_by", 1, (self, a) -> {
            sortBy(items(self), Args.callable(t.label("sort_by"), a, 0));
            return null;
        });
        t.add("reverse", 0, (self, a) -> {
            java.util.Collections.reverse(items(self));
            return null;
        });
        t.add("join", 0, 1, (self, a) -> join(items(self), a.length == 0 ? "" : Args.string(t.label("join"), a, 0)));
        t.add("sum", 0, (self, a) -> sum(items(self)));
        return t.build();
    }

    private static List<Object> items(Object self) {
        return ((PList) self).items();
    }

    static int insertPosition(long i, int size) {
        long at = i < 0 ? Math.max(0, i + size) : Math.min(i, size);
        return (int) at;
    }

    static int indexOf(List<Object> items, Object v) {
        for (int i = 0; i < items.size(); i++) {
            if (Values.equals(items.get(i), v)) {
                return i;
            }
        }
        return -1;
    }

    // map/filter/reduce index the live list on each step: the callback may change it, and a Java
    // iterator would then fail with a Java exception instead of behaving like a Python loop.
    static PList map(List<Object> items, Callable f) {
        PList out = new PList(items.size());
        for (int i = 0; i < items.size(); i++) {
            out.add(f.call(new Object[] {items.get(i)}));
        }
        return out;
    }

    static PList filter(List<Object> items, Callable f) {
        PList out = new PList();
        for (int i = 0; i < items.size(); i++) {
            Object v = items.get(i);
            if (Values.isTruthy(f.call(new Object[] {v}))) {
                out.add(v);
            }
        }
        return out;
    }

    static Object reduce(List<Object> items, Callable f, Object[] args) {
        int start = 0;
        Object acc;
        if (args.length == 2) {
            acc = args[1];
        } else if (items.isEmpty()) {
            throw PollenException.valueError("list.reduce() of an empty list with no initial value");
        } else {
            acc = items.get(0);
            start = 1;
        }
        for (int i = start; i < items.size(); i++) {
            acc = f.call(new Object[] {acc, items.get(i)});
        }
        return acc;
    }

    /** Stable sort by {@code key(v)} (each key computed once), or by the values when key is null. */
    static void sortBy(List<Object> items, Callable key) {
        int n = items.size();
        Object[] values = items.toArray();
        Object[] keys = key == null ? values : new Object[n];
        if (key != null) {
            for (int i = 0; i < n; i++) {
                keys[i] = key.call(new Object[] {values[i]});
            }
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Comparator<Integer> byKey = (x, y) -> Values.compare(keys[x], keys[y]);
        Arrays.sort(order, byKey); // TimSort: stable
        List<Object> sorted = new ArrayList<>(n);
        for (Integer i : order) {
            sorted.add(values[i]);
        }
        if (items.size() != n) {
            throw PollenException.valueError("list changed size while being sorted");
        }
        for (int i = 0; i < n; i++) {
            items.set(i, sorted.get(i));
        }
    }

    static String join(List<Object> items, String sep) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                Sizes.append(out, sep, "list.join()");
            }
            Sizes.append(out, Printer.str(items.get(i)), "list.join()");
        }
        return out.toString();
    }

    static Object sum(List<Object> items) {
        long total = 0;
        int i = 0;
        for (; i < items.size(); i++) {
            Object v = items.get(i);
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
        if (i == items.size()) {
            return total;
        }
        double sum = total;
        for (; i < items.size(); i++) {
            Object v = items.get(i);
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
