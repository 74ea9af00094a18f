package dev.pollen.stdlib;

import dev.pollen.runtime.value.BuiltinMethod;
import dev.pollen.runtime.value.Indexing;
import dev.pollen.runtime.value.PList;
import dev.pollen.runtime.value.PollenException;
import dev.pollen.runtime.value.Sizes;
import java.util.Locale;
import java.util.Map;

/**
 * The methods of strings (LANGUAGE.md §8): {@code len upper lower trim split(sep) contains
 * starts_with ends_with replace(a, b) chars repeat(n) index_of(s)}.
 *
 * <p>Lengths and positions count code points, never UTF-16 units. {@code split} splits on a
 * literal separator and keeps empty pieces ({@code "a,,b".split(",")} has three); with no argument
 * it splits on runs of whitespace and drops empty pieces, as Python does. {@code trim} removes
 * Unicode whitespace at both ends. {@code repeat} of a negative count is {@code ""} (as in Python).
 */
final class StringMethods {
    private StringMethods() {}

    static final Map<String, BuiltinMethod> TABLE = table();

    private static Map<String, BuiltinMethod> table() {
        MethodTable t = new MethodTable("string");
        t.add("len", 0, (self, a) -> (long) Indexing.codePointLength((String) self));
        t.add("upper", 0, (self, a) -> ((String) self).toUpperCase(Locale.ROOT));
        t.add("lower", 0, (self, a) -> ((String) self).toLowerCase(Locale.ROOT));
        t.add("trim", 0, (self, a) -> trim((String) self));
        t.add("split", 0, 1, (self, a) -> a.length == 0
                ? splitWhitespace((String) self)
                : split((String) self, Args.string(t.label("split"), a, 0)));
        t.add("contains", 1, (self, a) -> ((String) self).contains(Args.string(t.label("contains"), a, 0)));
        t.add("starts_with", 1, (self, a) -> ((String) self).startsWith(Args.string(t.label("starts_with"), a, 0)));
        t.add("ends_with", 1, (self, a) -> ((String) self).endsWith(Args.string(t.label("ends_with"), a, 0)));
        t.add("replace", 2, (self, a) -> replace((String) self,
                Args.string(t.label("replace"), a, 0), Args.string(t.label("replace"), a, 1)));
        t.add("chars", 0, (self, a) -> chars((String) self));
        t.add("repeat", 1, (self, a) -> repeat((String) self, Args.toLong(t.label("repeat"), a, 0)));
        t.add("index_of", 1, (self, a) -> indexOf((String) self, Args.string(t.label("index_of"), a, 0)));
        return t.build();
    }

    static PList split(String s, String sep) {
        if (sep.isEmpty()) {
            throw PollenException.valueError("string.split() separator must not be empty");
        }
        PList out = new PList();
        int from = 0;
        int at;
        while ((at = s.indexOf(sep, from)) >= 0) {
            out.add(s.substring(from, at));
            from = at + sep.length();
        }
        out.add(s.substring(from));
        return out;
    }

    static PList splitWhitespace(String s) {
        PList out = new PList();
        for (String piece : s.strip().split("\\s+")) {
            if (!piece.isEmpty()) {
                out.add(piece);
            }
        }
        return out;
    }

    /** Replaces every occurrence; an empty pattern inserts between code points (never inside a pair). */
    static String replace(String s, String from, String to) {
        if (!from.isEmpty()) {
            return s.replace(from, to);
        }
        long length = s.length() + (long) to.length() * (s.codePointCount(0, s.length()) + 1);
        return Sizes.build(length, "string.replace()", () -> {
            StringBuilder out = new StringBuilder(Sizes.stringLength(length, "string.replace()"));
            out.append(to);
            s.codePoints().forEach(cp -> out.appendCodePoint(cp).append(to));
            return out.toString();
        });
    }

    static PList chars(String s) {
        PList out = new PList(s.length());
        s.codePoints().forEach(cp -> out.add(new String(Character.toChars(cp))));
        return out;
    }

    static String repeat(String s, long n) {
        if (n <= 0 || s.isEmpty()) {
            return "";
        }
        if (n > Sizes.MAX_LENGTH / s.length()) {
            throw PollenException.valueError("string.repeat() result would be too long");
        }
        return Sizes.build(n * s.length(), "string.repeat()", () -> s.repeat((int) n));
    }

    /** The code-point position of the first occurrence, or -1. */
    static long indexOf(String s, String part) {
        int at = s.indexOf(part);
        return at < 0 ? -1 : s.codePointCount(0, at);
    }

    /**
     * Removes Unicode whitespace at both ends, no-break spaces included, as Python's {@code strip}
     * and Rust's {@code trim} do ({@link String#strip} keeps U+00A0, U+2007 and U+202F).
     */
    static String trim(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isSpace(s.codePointAt(start))) {
            start += Character.charCount(s.codePointAt(start));
        }
        while (end > start && isSpace(s.codePointBefore(end))) {
            end -= Character.charCount(s.codePointBefore(end));
        }
        return s.substring(start, end);
    }

    private static boolean isSpace(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp);
    }
}
