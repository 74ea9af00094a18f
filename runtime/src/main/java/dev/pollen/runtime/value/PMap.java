package dev.pollen.runtime.value;

import java.util.ArrayList;
import java.util.ConcurrentModificationException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.NoSuchElementException;

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
 * <p>Every public operation is one atomic step (LANGUAGE.md §6.7): once {@link SharedValues} is on,
 * each takes this map's monitor, and never calls script code or locks another value while holding
 * it. Iteration takes the monitor for each step; a walk whose map changed size meanwhile throws
 * ValueError ("map changed size during iteration"), from this task or any other.
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
    private static final class Entry {
        private final Object key;
        private Object value;

        Entry(Object key, Object value) {
            this.key = key;
            this.value = value;
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

    /** What {@link #getOrDefault} returns for a missing key when asked to tell absence apart. */
    public static final Object ABSENT = new Object();

    public int size() {
        if (SharedValues.guarded()) {
            synchronized (this) {
                return entries.size();
            }
        }
        return entries.size();
    }

    public boolean isEmpty() {
        return size() == 0;
    }

    public boolean containsKey(Object key) {
        Object hashKey = normalise(key);
        if (SharedValues.guarded()) {
            synchronized (this) {
                return entries.containsKey(hashKey);
            }
        }
        return entries.containsKey(hashKey);
    }

    /** The value stored under {@code key}, or null (nil) when absent; see {@link #containsKey}. */
    public Object get(Object key) {
        return getOrDefault(key, null);
    }

    /** The value stored under {@code key}, or {@code fallback} when the key is absent. */
    public Object getOrDefault(Object key, Object fallback) {
        Object hashKey = normalise(key);
        if (SharedValues.guarded()) {
            synchronized (this) {
                Entry e = entries.get(hashKey);
                return e == null ? fallback : e.value;
            }
        }
        Entry e = entries.get(hashKey);
        return e == null ? fallback : e.value;
    }

    /** Stores {@code value}; an existing key keeps its original form and its position. */
    public void put(Object key, Object value) {
        Object hashKey = normalise(key);
        if (SharedValues.guarded()) {
            synchronized (this) {
                putUnguarded(hashKey, key, value);
            }
            return;
        }
        putUnguarded(hashKey, key, value);
    }

    private void putUnguarded(Object hashKey, Object key, Object value) {
        Entry e = entries.get(hashKey);
        if (e == null) {
            entries.put(hashKey, new Entry(key, value));
        } else {
            e.value = value;
        }
    }

    /** Removes {@code key}; returns the removed value, or null (nil) when it was absent. */
    public Object remove(Object key) {
        Object hashKey = normalise(key);
        Entry e;
        if (SharedValues.guarded()) {
            synchronized (this) {
                e = entries.remove(hashKey);
            }
        } else {
            e = entries.remove(hashKey);
        }
        return e == null ? null : e.value;
    }

    public void clear() {
        if (SharedValues.guarded()) {
            synchronized (this) {
                entries.clear();
            }
            return;
        }
        entries.clear();
    }

    /**
     * The [key, value] pairs in insertion order, each a fresh two-element array, taken one at a
     * time from the live map. Changing the map's size while iterating throws a ValueError ("map
     * changed size during iteration"), never a Java exception.
     */
    public Iterator<Object[]> pairs() {
        return new GuardedIterator(entries.values().iterator());
    }

    /** The [key, value] pairs at this instant, in insertion order. */
    public List<Object[]> pairSnapshot() {
        if (SharedValues.guarded()) {
            synchronized (this) {
                return pairsUnguarded();
            }
        }
        return pairsUnguarded();
    }

    private List<Object[]> pairsUnguarded() {
        List<Object[]> out = new ArrayList<>(entries.size());
        for (Entry e : entries.values()) {
            out.add(new Object[] {e.key, e.value});
        }
        return out;
    }

    /** The keys in insertion order, as a fresh list. */
    public List<Object> keys() {
        List<Object> out = new ArrayList<>();
        for (Object[] pair : pairSnapshot()) {
            out.add(pair[0]);
        }
        return out;
    }

    /** The values in insertion order, as a fresh list. */
    public List<Object> values() {
        List<Object> out = new ArrayList<>();
        for (Object[] pair : pairSnapshot()) {
            out.add(pair[1]);
        }
        return out;
    }

    /**
     * Walks the live map, one step under the monitor at a time. The JDK's fail-fast check (a
     * structural change since the walk began) becomes a script error a user can read and catch.
     */
    private final class GuardedIterator implements Iterator<Object[]> {
        private final Iterator<Entry> inner;

        GuardedIterator(Iterator<Entry> inner) {
            this.inner = inner;
        }

        @Override
        public boolean hasNext() {
            if (SharedValues.guarded()) {
                synchronized (PMap.this) {
                    return inner.hasNext();
                }
            }
            return inner.hasNext();
        }

        @Override
        public Object[] next() {
            if (SharedValues.guarded()) {
                synchronized (PMap.this) {
                    return step();
                }
            }
            return step();
        }

        private Object[] step() {
            try {
                Entry e = inner.next();
                return new Object[] {e.key, e.value};
            } catch (ConcurrentModificationException | NoSuchElementException e) {
                throw PollenException.valueError("map changed size during iteration");
            }
        }
    }

    @Override
    public String toString() {
        return Printer.str(this);
    }
}
