package dev.pollen.runtime.value;

import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * An integer range: {@code start..end} (end excluded) or {@code start..=end} (end included).
 * {@code type_of} is "range". Immutable; a range whose end lies before its start is empty
 * (ranges never count down). Iterating never overflows, even for {@code ..=9223372036854775807}.
 */
public record PRange(long start, long end, boolean inclusive) implements Iterable<Object> {

    /** The number of ints in the range; a ValueError if it does not fit in a long. */
    public long length() {
        if (inclusive ? end < start : end <= start) {
            return 0;
        }
        try {
            long span = Math.subtractExact(end, start);
            return inclusive ? Math.addExact(span, 1) : span;
        } catch (ArithmeticException e) {
            throw PollenException.valueError("range " + this + " is too long");
        }
    }

    public boolean isEmpty() {
        return inclusive ? end < start : end <= start;
    }

    public boolean contains(long v) {
        return v >= start && (inclusive ? v <= end : v < end);
    }

    /** Iterates the ints as {@code Long}s, in ascending order. */
    @Override
    public Iterator<Object> iterator() {
        return new Iterator<>() {
            private long next = start;
            // Tracked separately so an inclusive range ending at Long.MAX_VALUE stops cleanly.
            private boolean done = PRange.this.isEmpty();

            @Override
            public boolean hasNext() {
                return !done;
            }

            @Override
            public Object next() {
                if (done) {
                    throw new NoSuchElementException();
                }
                long v = next;
                if (inclusive ? v == end : v + 1 == end) {
                    done = true;
                } else {
                    next = v + 1;
                }
                return v;
            }
        };
    }

    @Override
    public String toString() {
        return start + (inclusive ? "..=" : "..") + end;
    }
}
