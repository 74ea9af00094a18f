package dev.pollen.runtime.async;

import java.util.Arrays;
import java.util.function.Predicate;

/**
 * A min-heap of timers ordered by (deadline, creation sequence), for {@link TimerQueue}.
 *
 * <p>Four children per node, and each entry's two keys kept in primitive arrays beside the timer:
 * sifting compares array elements that sit next to each other in memory and never loads a timer
 * object. With a million timers armed (they do not fit in any cache) the comparisons of a binary
 * heap of objects spend their time waiting for memory; a sift here touches half as many levels and
 * reads one cache line per level.
 */
final class TimerHeap {
    private static final int ARITY_SHIFT = 2;  // four children per node

    private long[] deadlines = new long[16];
    private long[] sequences = new long[16];
    private Timer[] timers = new Timer[16];
    private int size;

    int size() {
        return size;
    }

    boolean isEmpty() {
        return size == 0;
    }

    /** The earliest timer, or null. */
    Timer peek() {
        return size == 0 ? null : timers[0];
    }

    void add(Timer timer) {
        if (size == timers.length) {
            int n = size * 2;
            deadlines = Arrays.copyOf(deadlines, n);
            sequences = Arrays.copyOf(sequences, n);
            timers = Arrays.copyOf(timers, n);
        }
        siftUp(size++, timer, timer.deadlineNanos(), timer.sequence());
    }

    /** Removes and returns the earliest timer, or null. */
    Timer poll() {
        if (size == 0) {
            return null;
        }
        Timer top = timers[0];
        int last = --size;
        Timer moved = timers[last];
        long d = deadlines[last];
        long s = sequences[last];
        timers[last] = null;
        if (last > 0) {
            siftDown(0, moved, d, s);
        }
        return top;
    }

    /** Whether {@code test} accepts some timer, in no particular order. */
    boolean anyMatch(Predicate<Timer> test) {
        for (int i = 0; i < size; i++) {
            if (test.test(timers[i])) {
                return true;
            }
        }
        return false;
    }

    /** Removes every timer {@code dead} accepts, then restores the order in linear time. */
    void removeIf(Predicate<Timer> dead) {
        int kept = 0;
        for (int i = 0; i < size; i++) {
            Timer t = timers[i];
            if (!dead.test(t)) {
                timers[kept] = t;
                deadlines[kept] = deadlines[i];
                sequences[kept] = sequences[i];
                kept++;
            }
        }
        Arrays.fill(timers, kept, size, null);
        size = kept;
        for (int i = size == 0 ? -1 : (size - 2) >>> ARITY_SHIFT; i >= 0; i--) {
            siftDown(i, timers[i], deadlines[i], sequences[i]);
        }
    }

    /** Whether key (d, s) comes before the entry at {@code j}. */
    private boolean before(long d, long s, int j) {
        return isBefore(d, s, deadlines[j], sequences[j]);
    }

    private void siftUp(int i, Timer timer, long d, long s) {
        while (i > 0) {
            int parent = (i - 1) >>> ARITY_SHIFT;
            if (!before(d, s, parent)) {
                break;
            }
            place(i, timers[parent], deadlines[parent], sequences[parent]);
            i = parent;
        }
        place(i, timer, d, s);
    }

    private void siftDown(int i, Timer timer, long d, long s) {
        while (true) {
            int first = (i << ARITY_SHIFT) + 1;
            if (first >= size) {
                break;
            }
            int best = first;
            int end = Math.min(first + (1 << ARITY_SHIFT), size);
            for (int c = first + 1; c < end; c++) {
                if (before(deadlines[c], sequences[c], best)) {
                    best = c;
                }
            }
            if (!isBefore(deadlines[best], sequences[best], d, s)) {
                break;
            }
            place(i, timers[best], deadlines[best], sequences[best]);
            i = best;
        }
        place(i, timer, d, s);
    }

    private static boolean isBefore(long d1, long s1, long d2, long s2) {
        return d1 < d2 || (d1 == d2 && s1 < s2);
    }

    private void place(int i, Timer timer, long d, long s) {
        timers[i] = timer;
        deadlines[i] = d;
        sequences[i] = s;
    }
}
