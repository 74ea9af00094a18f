package dev.pollen.runtime.value;

/**
 * Java's own ceilings on what a script may build: a string or a list holds at most
 * {@link #MAX_LENGTH} characters or elements (the JVM's largest array). A result the script asks
 * to be longer is refused before anything is allocated, with a catchable ValueError ("result
 * would be too long"), instead of an OutOfMemoryError that would end the run. The bounds an
 * embedder sets ({@link SizeLimits}: {@code --max-string}, {@code --max-collection}) are checked
 * here too, first, so every place that grows a string or a list asks one class.
 */
public final class Sizes {
    /** The largest array the JVM allocates, so the longest string or list. */
    public static final int MAX_LENGTH = Integer.MAX_VALUE - 8;

    /** Strings at least this long may hold UTF-16 characters past what Java can store. */
    private static final int UTF16_LIMIT = MAX_LENGTH / 2;

    private Sizes() {}

    /** {@code a + b}, or a ValueError when the result would be too long. */
    public static String concat(String a, String b, String what) {
        long length = (long) a.length() + b.length();
        SizeLimits.string(length);
        if (length < UTF16_LIMIT) {
            return a.concat(b);
        }
        return build(length, what, () -> a.concat(b));
    }

    /** Appends {@code part} to {@code out}, or throws the ValueError when the result would be too long. */
    public static void append(StringBuilder out, String part, String what) {
        long length = (long) out.length() + part.length();
        SizeLimits.string(length);
        if (length < UTF16_LIMIT) {
            out.append(part);
            return;
        }
        build(length, what, () -> {
            out.append(part);
            return null;
        });
    }

    /**
     * Builds a string of {@code length} characters with {@code make}, or throws the ValueError
     * when it cannot exist: past {@link #MAX_LENGTH} at once, and past half of it when Java
     * cannot allocate it (two bytes per character of a non-Latin-1 string; the heap itself).
     */
    public static String build(long length, String what, java.util.function.Supplier<String> make) {
        stringLength(length, what);
        try {
            return make.get();
        } catch (OutOfMemoryError e) {
            if (length >= UTF16_LIMIT) {
                throw PollenException.valueError(what + " result would be too long (" + length
                        + " characters: more than this JVM can hold)");
            }
            throw e;
        }
    }

    /**
     * {@code length} as an int when a string of that many characters can exist.
     *
     * @param what the operation, for the message: {@code "string.repeat()"}, {@code "+"}
     */
    public static int stringLength(long length, String what) {
        SizeLimits.string(length);
        if (length < 0 || length > MAX_LENGTH) {
            throw tooLong(what, "characters", length);
        }
        return (int) length;
    }

    /** {@code size} as an int when a list of that many elements can exist. */
    public static int listSize(long size, String what) {
        SizeLimits.collection(size);
        if (size < 0 || size > MAX_LENGTH) {
            throw tooLong(what, "elements", size);
        }
        return (int) size;
    }

    private static PollenException tooLong(String what, String unit, long length) {
        String count = length < 0 ? "more than " + Long.MAX_VALUE : Long.toString(length);
        return PollenException.valueError(what + " result would be too long (" + count + " " + unit
                + "; at most " + MAX_LENGTH + ")");
    }
}
