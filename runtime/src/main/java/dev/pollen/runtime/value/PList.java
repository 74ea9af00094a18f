package dev.pollen.runtime.value;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The script's mutable, ordered list. A thin owner of an {@link ArrayList}; the list methods
 * scripts call ({@code push}, {@code sort}, ...) live in the standard library.
 */
public final class PList {
    private final ArrayList<Object> items;

    public PList() {
        this.items = new ArrayList<>();
    }

    public PList(int capacity) {
        this.items = new ArrayList<>(capacity);
    }

    public PList(Collection<?> values) {
        this.items = new ArrayList<>(values);
    }

    public static PList of(Object... values) {
        PList list = new PList(values.length);
        for (Object v : values) {
            list.items.add(v);
        }
        return list;
    }

    /** The backing list, for code that works on it in place. */
    public List<Object> items() {
        return items;
    }

    public int size() {
        return items.size();
    }

    public Object get(int i) {
        return items.get(i);
    }

    public void set(int i, Object v) {
        items.set(i, v);
    }

    public void add(Object v) {
        items.add(v);
    }

    /** The printed form ({@code [1, "a"]}), for debugging and Java hosts. */
    @Override
    public String toString() {
        return Printer.str(this);
    }
}
