package dev.pollen.runtime.value;

import java.util.ArrayList;
import java.util.ConcurrentModificationException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The script's mutable, insertion-ordered map ({@code #{a: 1}}).
 *
 * <p>Keys are nil, bool, int, float or string and are compared with the language's {@code ==}:
 * {@code 1} and {@code 1.0} are one key. Every key is stored under a <em>normalised</em> hash key
 * (an integral float becomes the equal {@code Long}) while the entry keeps the form that was
 * inserted first, so {@code m[1] = "a"; m[1.0] = "b"} leaves one entry whose key prints as
 * {@code 1}. Any other key (a list, a map, a struct...) throws {@code TypeError}: those values are
 * mutable or compared by identity, so hashing them would break lookups.
 *
 * <p>Invariant: {@code entries} maps normalised keys to entries in insertion order; an entry's
 * {@code key} is the original key, which normalises to the map key it is stored under.
 * NaN is one key equal to itself here (as in {@link Double#equals}), even though {@code nan == nan}
 * is false: this keeps a NaN key retrievable rather than unreachable.
 *
 * <p>Not thread-safe; scripts that share a map between threads of the multi-threaded executor
 * must coordinate (as with lists).
 */
public final class PMap {
    private final LinkedHashMap<Object, Entry> entries;

    public PMap() {
        this.entries = new LinkedHashMap<>();
    }

    public PMap(int capacity) {
        this.entries = new LinkedHashMap<>(Math.max(4, capacity * 4 / 3 + 1));
    }

    /** One key/value pair; the key is the form inserted first, the value is mutable. */
    public static final class Entry implements Map.Entry<Object, Object> {
        private final Object key;
        private Object value;

        Entry(Object key, Object value) {
            this.key = key;
            this.value = value;
        }

        @Override
        public Object getKey() {
            return key;
        }

        @Override
        public Object getValue() {
            return value;
        }

        @Override
        public Object setValue(Object v) {
            Object old = value;
            value = v;
            return old;
        }
    }

    /**
     * The hash key standing for {@code key}: equal (by {@code ==}) keys give equal hash keys.
     * Throws TypeError for a value that cannot be a key.
     */
    static Object normalise(Object key) {
        if (key == null || key instanceof String || key instanceof Long || key instanceof Boolean) {
            return key;
        }
        if (key instanceof Double d) {
            double v = d;
            // Integral doubles inside the long range equal the long with that value, so they must
            // share its hash key; -0.0 lands on 0 here as well, since -0.0 == 0.
            if (v == Math.rint(v) && v >= -0x1p63 && v < 0x1p63) {
                return (long) v;
            }
            return d;
        }
        throw PollenException.typeError(Values.typeOf(key) + " cannot be a map key");
    }

    public int size() {
        return entries.size();
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    public boolean containsKey(Object key) {
        return entries.containsKey(normalise(key));
    }

    /** The value stored under {@code key}, or null (nil) when absent; see {@link #containsKey}. */
    public Object get(Object key) {
        Entry e = entries.get(normalise(key));
        return e == null ? null : e.value;
    }

    /** The value stored under {@code key}, or {@code fallback} when the key is absent. */
    public Object getOrDefault(Object key, Object fallback) {
        Entry e = entries.get(normalise(key));
        return e == null ? fallback : e.value;
    }

    /** The entry for {@code key}, or null when absent (one lookup for read-modify-write). */
    public Entry entry(Object key) {
        return entries.get(normalise(key));
    }

    /** Stores {@code value}; an existing key keeps its original form and its position. */
    public void put(Object key, Object value) {
        Object hashKey = normalise(key);
        Entry e = entries.get(hashKey);
        if (e == null) {
            entries.put(hashKey, new Entry(key, value));
        } else {
            e.value = value;
        }
    }

    /** Removes {@code key}; returns the removed value, or null (nil) when it was absent. */
    public Object remove(Object key) {
        Entry e = entries.remove(normalise(key));
        return e == null ? null : e.value;
    }

    public void clear() {
        entries.clear();
    }

    /**
     * The entries in insertion order. Changing the map's keys while iterating throws a
     * ValueError ("map changed size during iteration"), never a Java exception.
     */
    public Iterable<Entry> entries() {
        return () -> new GuardedIterator<>(entries.values().iterator());
    }

    /** The keys in insertion order, as a fresh list. */
    public List<Object> keys() {
        List<Object> out = new ArrayList<>(entries.size());
        for (Entry e : entries.values()) {
            out.add(e.key);
        }
        return out;
    }

    /** The values in insertion order, as a fresh list. */
    public List<Object> values() {
        List<Object> out = new ArrayList<>(entries.size());
        for (Entry e : entries.values()) {
            out.add(e.value);
        }
        return out;
    }

    /** Turns the JDK's fail-fast exception into a script error a user can read and catch. */
    private static final class GuardedIterator<T> implements Iterator<T> {
        private final Iterator<T> inner;

        GuardedIterator(Iterator<T> inner) {
            this.inner = inner;
        }

        @Override
        public boolean hasNext() {
            return inner.hasNext();
        }

        @Override
        public T next() {
            try {
                return inner.next();
            } catch (ConcurrentModificationException e) {
                throw PollenException.valueError("map changed size during iteration");
            }
        }
    }

    @Override
    public String toString() {
        return Printer.str(this);
    }
}
