package dev.pollen.runtime.value;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/**
 * The script's mutable, ordered list. The list methods scripts call ({@code push}, {@code sort},
 * ...) live in the standard library on top of the operations here.
 *
 * <p>Every public operation is one atomic step (LANGUAGE.md §6.7): once {@link SharedValues} is on,
 * each takes this list's monitor; before, it takes none. No operation calls script code or locks
 * another value while holding the monitor (so two lists can never deadlock each other): work that
 * does (printing, equality, {@code contains}, callbacks) runs on a {@link #toArray() snapshot} or
 * walks the live list one {@link #getOr element} at a time.
 */
public final class PList {
    private final ArrayList<Object> items;

    public PList() {
        this.items = new ArrayList<>();
    }

    public PList(int capacity) {
        this.items = new ArrayList<>(capacity);
    }

    /** A list of the given values (copied). */
    public PList(Collection<?> values) {
        this.items = new ArrayList<>(values);
    }

    public static PList of(Object... values) {
        return new PList(Arrays.asList(values));
    }

    /** A read-only copy of the elements, for hosts and library code that read the whole list. */
    public List<Object> items() {
        return Collections.unmodifiableList(Arrays.asList(toArray()));
    }

    /** The elements at this instant, as a fresh array. */
    public Object[] toArray() {
        if (SharedValues.guarded()) {
            synchronized (this) {
                return items.toArray();
            }
        }
        return items.toArray();
    }

    public int size() {
        if (SharedValues.guarded()) {
            synchronized (this) {
                return items.size();
            }
        }
        return items.size();
    }

    /** {@code xs[i]}: a negative index counts from the end; IndexError when out of range. */
    public Object get(long index) {
        if (SharedValues.guarded()) {
            synchronized (this) {
                return items.get(position(index));
            }
        }
        return items.get(position(index));
    }

    /** The element at {@code i} (from the front), or {@code absent} when the list is shorter now. */
    public Object getOr(int i, Object absent) {
        if (SharedValues.guarded()) {
            synchronized (this) {
                return i < items.size() ? items.get(i) : absent;
            }
        }
        return i < items.size() ? items.get(i) : absent;
    }

    /** {@code xs[i] = v}: a negative index counts from the end; IndexError when out of range. */
    public void set(long index, Object v) {
        if (SharedValues.guarded()) {
            synchronized (this) {
                items.set(position(index), v);
            }
            return;
        }
        items.set(position(index), v);
    }

    public void add(Object v) {
        if (SharedValues.guarded()) {
            synchronized (this) {
                items.add(v);
            }
            return;
        }
        items.add(v);
    }

    /** Appends every element of {@code other} as it is at this instant ({@code xs + ys}). */
    public void addAll(PList other) {
        Object[] more = other.toArray();
        if (SharedValues.guarded()) {
            synchronized (this) {
                items.addAll(Arrays.asList(more));
            }
            return;
        }
        items.addAll(Arrays.asList(more));
    }

    /** Removes and returns the last element, or null (nil) when the list is empty. */
    public Object pop() {
        if (SharedValues.guarded()) {
            synchronized (this) {
                return popUnguarded();
            }
        }
        return popUnguarded();
    }

    private Object popUnguarded() {
        return items.isEmpty() ? null : items.remove(items.size() - 1);
    }

    /** Inserts before {@code index}, clamped like Python's {@code list.insert}. */
    public void insert(long index, Object v) {
        if (SharedValues.guarded()) {
            synchronized (this) {
                items.add(insertPosition(index, items.size()), v);
            }
            return;
        }
        items.add(insertPosition(index, items.size()), v);
    }

    /** Removes and returns the element at {@code index}; IndexError when out of range. */
    public Object removeAt(long index) {
        if (SharedValues.guarded()) {
            synchronized (this) {
                return items.remove(position(index));
            }
        }
        return items.remove(position(index));
    }

    public void reverse() {
        if (SharedValues.guarded()) {
            synchronized (this) {
                Collections.reverse(items);
            }
            return;
        }
        Collections.reverse(items);
    }

    /**
     * Sorts stably, as one step. {@code order} must not run script code or lock another value (it
     * compares numbers and strings). When it throws, the list is left as it was: a copy is sorted
     * and written back only on success.
     */
    public void sort(Comparator<Object> order) {
        if (SharedValues.guarded()) {
            synchronized (this) {
                sortUnguarded(order);
            }
            return;
        }
        sortUnguarded(order);
    }

    private void sortUnguarded(Comparator<Object> order) {
        Object[] copy = items.toArray();
        Arrays.sort(copy, order);
        for (int i = 0; i < copy.length; i++) {
            items.set(i, copy[i]);
        }
    }

    /**
     * Replaces the elements by {@code values} if the list still holds exactly {@code expected} (the
     * same elements, by identity, in that order); false, and no change, otherwise.
     */
    public boolean replaceIfUnchanged(Object[] expected, Object[] values) {
        if (SharedValues.guarded()) {
            synchronized (this) {
                return replaceUnguarded(expected, values);
            }
        }
        return replaceUnguarded(expected, values);
    }

    private boolean replaceUnguarded(Object[] expected, Object[] values) {
        if (items.size() != expected.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if (items.get(i) != expected[i]) {
                return false;
            }
        }
        for (int i = 0; i < values.length; i++) {
            items.set(i, values[i]);
        }
        return true;
    }

    /** The elements {@code [from, to)} after clamping {@code range} to the length, as a new list. */
    public PList slice(PRange range) {
        if (SharedValues.guarded()) {
            synchronized (this) {
                return sliceUnguarded(range);
            }
        }
        return sliceUnguarded(range);
    }

    private PList sliceUnguarded(PRange range) {
        long[] b = Indexing.sliceBounds(range, items.size());
        return new PList(items.subList((int) b[0], (int) b[1]));
    }

    private int position(long index) {
        return Indexing.position(index, items.size(), "list");
    }

    /** Where {@code insert(i, v)} puts the value in a list of {@code size}: Python's clamping. */
    private static int insertPosition(long i, int size) {
        long at = i < 0 ? Math.max(0, i + size) : Math.min(i, size);
        return (int) at;
    }

    /** The printed form ({@code [1, "a"]}), for debugging and Java hosts. */
    @Override
    public String toString() {
        return Printer.str(this);
    }
}
