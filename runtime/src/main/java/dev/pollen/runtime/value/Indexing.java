package dev.pollen.runtime.value;

import java.util.List;

/**
 * The {@code target[index]} operator, read and write (LANGUAGE.md §2 "Indexing").
 *
 * <ul>
 *   <li>{@code list[i]}, {@code string[i]}: an int; a negative one counts from the end; out of range
 *       is an IndexError ("list index 5 out of range for length 3"). Strings count code points and
 *       yield 1-char strings.</li>
 *   <li>{@code list[a..b]}, {@code string[a..=b]}: a range slices into a new list or string. As in
 *       Python, negative bounds count from the end and bounds are clamped to the length, so a slice
 *       never fails; an empty or backwards range gives an empty result. The inclusive end is
 *       resolved first and then moved one past, so {@code xs[0..=-1]} is the whole list.</li>
 *   <li>{@code map[k]}: a missing key is a KeyError whose message is the key's repr (as Python's).</li>
 * </ul>
 * Strings are immutable, and slices cannot be assigned; both are TypeErrors.
 */
public final class Indexing {
    private Indexing() {}

    /** {@code target[index]}. */
    public static Object get(Object target, Object index) {
        if (target instanceof PList list) {
            if (index instanceof Long i) {
                return list.get(position(i, list.size(), "list"));
            }
            if (index instanceof PRange r) {
                return sliceList(list, r);
            }
            throw badIndex("list", index);
        }
        if (target instanceof PMap map) {
            PMap.Entry e = map.entry(index);
            if (e == null) {
                throw PollenException.of(ErrorKind.KEY, Printer.repr(index));
            }
            return e.getValue();
        }
        if (target instanceof String s) {
            if (index instanceof Long i) {
                return charAt(s, i);
            }
            if (index instanceof PRange r) {
                return sliceString(s, r);
            }
            throw badIndex("string", index);
        }
        throw PollenException.typeError(Values.typeOf(target) + " is not indexable");
    }

    /** {@code target[index] = value}. */
    public static void set(Object target, Object index, Object value) {
        if (target instanceof PList list) {
            if (index instanceof Long i) {
                list.set(position(i, list.size(), "list"), value);
                return;
            }
            if (index instanceof PRange) {
                throw PollenException.typeError("cannot assign to a list slice");
            }
            throw badIndex("list", index);
        }
        if (target instanceof PMap map) {
            SizeLimits.collection(map.size() + 1L);
            map.put(index, value);
            return;
        }
        if (target instanceof String) {
            throw PollenException.typeError("strings are immutable: cannot assign to string[i]");
        }
        throw PollenException.typeError(Values.typeOf(target) + " does not support item assignment");
    }

    /** Resolves a possibly negative index against {@code length}; IndexError when out of range. */
    public static int position(long index, int length, String what) {
        long i = index < 0 ? index + length : index;
        if (i < 0 || i >= length) {
            throw PollenException.of(ErrorKind.INDEX,
                    what + " index " + index + " out of range for length " + length);
        }
        return (int) i;
    }

    private static PollenException badIndex(String what, Object index) {
        return PollenException.typeError(
                what + " index must be an int or a range, not " + Values.typeOf(index));
    }

    /** The {@code [from, to)} bounds of a slice of a sequence of {@code length}, clamped. */
    private static long[] sliceBounds(PRange r, int length) {
        long from = clamp(r.start(), length);
        long to;
        if (r.inclusive()) {
            long end = r.end() < 0 ? r.end() + length : r.end();
            to = end < 0 ? 0 : Math.min(end, length - 1L) + 1;
        } else {
            to = clamp(r.end(), length);
        }
        return new long[] {from, Math.max(from, to)};
    }

    private static long clamp(long bound, int length) {
        long b = bound < 0 ? bound + length : bound;
        return Math.max(0, Math.min(b, length));
    }

    private static PList sliceList(PList list, PRange r) {
        long[] b = sliceBounds(r, list.size());
        List<Object> items = list.items();
        return new PList(items.subList((int) b[0], (int) b[1]));
    }

    /** Code points of {@code s}; equals {@code s.length()} when the string has no surrogates. */
    public static int codePointLength(String s) {
        return s.codePointCount(0, s.length());
    }

    private static String charAt(String s, long index) {
        int length = codePointLength(s);
        int i = position(index, length, "string");
        if (length == s.length()) {
            return String.valueOf(s.charAt(i));
        }
        int offset = s.offsetByCodePoints(0, i);
        return s.substring(offset, s.offsetByCodePoints(offset, 1));
    }

    private static String sliceString(String s, PRange r) {
        int length = codePointLength(s);
        long[] b = sliceBounds(r, length);
        if (length == s.length()) {
            return s.substring((int) b[0], (int) b[1]);
        }
        int from = s.offsetByCodePoints(0, (int) b[0]);
        int to = s.offsetByCodePoints(from, (int) (b[1] - b[0]));
        return s.substring(from, to);
    }
}
