package dev.pollen.runtime.value;

import dev.pollen.runtime.async.Context;
import dev.pollen.runtime.async.Future;
import dev.pollen.runtime.async.Interval;
import dev.pollen.runtime.async.Receiver;
import dev.pollen.runtime.async.Semaphore;
import dev.pollen.runtime.async.Sender;
import dev.pollen.runtime.async.Task;
import dev.pollen.runtime.async.Waker;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The language's answers about any value (LANGUAGE.md §2): its {@code type_of} name, truthiness,
 * {@code ==}, ordering for {@code < <= > >=}, and iteration for {@code for}.
 *
 * <p>Numbers compare by exact value across int and float: {@code 1 == 1.0}, and
 * {@code 9007199254740993 != 9007199254740992.0} even though the int rounds to that float. This is
 * the same rule {@link PMap} uses for keys, so equal keys are always one entry.
 */
public final class Values {
    private Values() {}

    /**
     * The {@code type_of} name of {@code v}. Beyond the kinds of LANGUAGE.md §2, channel ends are
     * "sender"/"receiver", and semaphores and intervals are "semaphore"/"interval"; other host
     * objects name themselves through {@link HostValue}.
     */
    public static String typeOf(Object v) {
        if (v == null) {
            return "nil";
        } else if (v instanceof Long) {
            return "int";
        } else if (v instanceof Double) {
            return "float";
        } else if (v instanceof String) {
            return "string";
        } else if (v instanceof Boolean) {
            return "bool";
        } else if (v instanceof PList) {
            return "list";
        } else if (v instanceof PMap) {
            return "map";
        } else if (v instanceof StructInstance s) {
            return s.type().name();
        } else if (v instanceof PRange) {
            return "range";
        } else if (v instanceof Callable) {
            return "function";
        } else if (v instanceof Task) {
            return "task"; // checked before Future: a task handle is also a Future
        } else if (v instanceof Future) {
            return "future";
        } else if (v instanceof PollValue) {
            return "poll";
        } else if (v instanceof ErrorValue) {
            return "error";
        } else if (v instanceof Waker) {
            return "waker";
        } else if (v instanceof Context) {
            return "context";
        } else if (v instanceof ModuleValue) {
            return "module";
        } else if (v instanceof HostValue h) {
            return h.typeName();
        } else if (v instanceof Sender) {
            return "sender";
        } else if (v instanceof Receiver) {
            return "receiver";
        } else if (v instanceof Semaphore) {
            return "semaphore";
        } else if (v instanceof Interval) {
            return "interval";
        }
        return "object"; // a host object nobody named; never a Java class name
    }

    /** Only {@code false} and {@code nil} are falsy. */
    public static boolean isTruthy(Object v) {
        return v != null && !(v instanceof Boolean b && !b);
    }

    /** The language's {@code ==}. */
    public static boolean equals(Object a, Object b) {
        if (a instanceof Long x) {
            if (b instanceof Long y) {
                return x.longValue() == y.longValue();
            }
            return b instanceof Double y && longEqualsDouble(x, y);
        }
        if (a instanceof Double x) {
            if (b instanceof Double y) {
                return x.doubleValue() == y.doubleValue(); // IEEE: nan != nan, -0.0 == 0.0
            }
            return b instanceof Long y && longEqualsDouble(y, x);
        }
        if (a == b) {
            return true;
        }
        if (a instanceof String x) {
            return b instanceof String && x.equals(b);
        }
        if (a instanceof Boolean x) {
            return x.equals(b);
        }
        if (a instanceof PList x) {
            return b instanceof PList y && listEquals(x, y);
        }
        if (a instanceof PMap x) {
            return b instanceof PMap y && mapEquals(x, y);
        }
        return false;
    }

    /** Compares snapshots: comparing elements may lock other lists, which must not nest. */
    private static boolean listEquals(PList x, PList y) {
        Object[] a = x.toArray();
        Object[] b = y.toArray();
        if (a.length != b.length) {
            return false;
        }
        for (int i = 0; i < a.length; i++) {
            if (!equals(a[i], b[i])) {
                return false;
            }
        }
        return true;
    }

    /** Order does not matter: same size and every key of one maps to an equal value in the other. */
    private static boolean mapEquals(PMap x, PMap y) {
        List<Object[]> pairs = x.pairSnapshot();
        if (pairs.size() != y.size()) {
            return false;
        }
        for (Object[] pair : pairs) {
            Object other = y.getOrDefault(pair[0], PMap.ABSENT);
            if (other == PMap.ABSENT || !equals(pair[1], other)) {
                return false;
            }
        }
        return true;
    }

    /** Exact comparison: no rounding of the long to a double. */
    static boolean longEqualsDouble(long l, double d) {
        return d == Math.rint(d) && d >= -0x1p63 && d < 0x1p63 && (long) d == l;
    }

    /**
     * Orders two numbers or two strings, for sorting: negative, zero or positive. Ints and floats
     * compare by exact value; NaN sorts after every other number (as {@link Double#compare}); strings
     * compare by code point. Anything else is a TypeError ("cannot compare string and int"). The
     * operators use {@link #lessThan} and friends instead, which give IEEE answers for NaN.
     */
    public static int compare(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            return Long.compare(x, y);
        }
        if (a instanceof String x && b instanceof String y) {
            return compareStrings(x, y);
        }
        if (isNumber(a) && isNumber(b)) {
            return compareNumbers(a, b);
        }
        throw cannotCompare(a, b);
    }

    /** {@code a < b}; false whenever a NaN is involved. */
    public static boolean lessThan(Object a, Object b) {
        return !hasNaN(a, b) && compare(a, b) < 0;
    }

    /** {@code a <= b}; false whenever a NaN is involved. */
    public static boolean lessOrEqual(Object a, Object b) {
        return !hasNaN(a, b) && compare(a, b) <= 0;
    }

    /** {@code a > b}; false whenever a NaN is involved. */
    public static boolean greaterThan(Object a, Object b) {
        return !hasNaN(a, b) && compare(a, b) > 0;
    }

    /** {@code a >= b}; false whenever a NaN is involved. */
    public static boolean greaterOrEqual(Object a, Object b) {
        return !hasNaN(a, b) && compare(a, b) >= 0;
    }

    private static boolean hasNaN(Object a, Object b) {
        // Type errors still win over NaN: `nan < "x"` must throw, so only answer for number pairs.
        boolean nan = (a instanceof Double x && x.isNaN()) || (b instanceof Double y && y.isNaN());
        return nan && isNumber(a) && isNumber(b);
    }

    public static boolean isNumber(Object v) {
        return v instanceof Long || v instanceof Double;
    }

    private static int compareNumbers(Object a, Object b) {
        if (a instanceof Double x && b instanceof Double y) {
            double dx = x;
            double dy = y;
            if (dx < dy) {
                return -1;
            } else if (dx > dy) {
                return 1;
            } else if (dx == dy) {
                return 0; // -0.0 and 0.0 are equal here, unlike Double.compare
            }
            return Double.compare(dx, dy); // a NaN is involved: NaN sorts last
        }
        if (a instanceof Long x) {
            return compareLongDouble(x, (Double) b);
        }
        return -compareLongDouble((Long) b, (Double) a);
    }

    /** Compares a long with a double by exact value; NaN counts as greater. */
    static int compareLongDouble(long l, double d) {
        if (Double.isNaN(d) || d >= 0x1p63) {
            return -1;
        }
        if (d < -0x1p63) {
            return 1;
        }
        double floor = Math.floor(d);
        long lf = (long) floor;
        if (l != lf) {
            return Long.compare(l, lf);
        }
        return d > floor ? -1 : 0;
    }

    /** Compares by code point (Java's compareTo compares UTF-16 units, which misorders astral characters). */
    static int compareStrings(String x, String y) {
        int n = Math.min(x.length(), y.length());
        for (int i = 0; i < n; i++) {
            char cx = x.charAt(i);
            char cy = y.charAt(i);
            if (cx != cy) {
                if (Character.isSurrogate(cx) || Character.isSurrogate(cy)) {
                    return Integer.compare(x.codePointAt(i), y.codePointAt(i));
                }
                return Character.compare(cx, cy);
            }
        }
        return Integer.compare(x.length(), y.length());
    }

    private static PollenException cannotCompare(Object a, Object b) {
        return PollenException.typeError("cannot compare " + typeOf(a) + " and " + typeOf(b));
    }

    /**
     * An iterator for {@code for x in v}: lists by index (elements pushed during the loop are
     * visited, like Python), ranges, strings by code point as 1-char strings, maps as
     * {@code [key, value]} lists. Anything else is a TypeError ("int is not iterable").
     */
    public static Iterator<Object> iterate(Object v) {
        if (v instanceof PList list) {
            return new ListIterator(list);
        } else if (v instanceof PRange range) {
            return range.iterator();
        } else if (v instanceof String s) {
            return new CodePointIterator(s);
        } else if (v instanceof PMap map) {
            Iterator<Object[]> pairs = map.pairs();
            return new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return pairs.hasNext();
                }

                @Override
                public Object next() {
                    return PList.of(pairs.next());
                }
            };
        }
        throw PollenException.typeError(typeOf(v) + " is not iterable");
    }

    /**
     * Walks the live list by index. The element is fetched in {@code hasNext}, in one step with the
     * length check, so another task's {@code pop} between the two can never make {@code next} fail.
     */
    private static final class ListIterator implements Iterator<Object> {
        private static final Object NONE = new Object();
        private final PList list;
        private int index;
        private Object fetched = NONE;

        ListIterator(PList list) {
            this.list = list;
        }

        @Override
        public boolean hasNext() {
            if (fetched == NONE) {
                fetched = list.getOr(index, NONE);
            }
            return fetched != NONE;
        }

        @Override
        public Object next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            Object v = fetched;
            fetched = NONE;
            index++;
            return v;
        }
    }

    private static final class CodePointIterator implements Iterator<Object> {
        private final String s;
        private int offset;

        CodePointIterator(String s) {
            this.s = s;
        }

        @Override
        public boolean hasNext() {
            return offset < s.length();
        }

        @Override
        public Object next() {
            if (offset >= s.length()) {
                throw new NoSuchElementException();
            }
            int cp = s.codePointAt(offset);
            int width = Character.charCount(cp);
            String ch = s.substring(offset, offset + width);
            offset += width;
            return ch;
        }
    }
}
