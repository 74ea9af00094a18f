package dev.pollen.runtime.value;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * A module: an imported file ({@code import "m.pln" as m}) or a native module ({@code math},
 * {@code rand}, {@code sensors}). {@code type_of} is "module"; it prints as {@code <module name>}.
 *
 * <p>Holds the exported names in the order they were defined. An imported file's module is filled
 * in while the file runs, and a native module is filled once at install; either may be read by
 * tasks on several threads, so access is guarded by a read-write lock (reads do not contend).
 */
public final class ModuleValue {
    private final String name;
    private final LinkedHashMap<String, Object> fields = new LinkedHashMap<>();
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();

    public ModuleValue(String name) {
        this.name = name;
    }

    public String name() {
        return name;
    }

    /** Defines or replaces an exported name (re-defining keeps its original position). */
    public ModuleValue define(String field, Object value) {
        lock.writeLock().lock();
        try {
            fields.put(field, value);
        } finally {
            lock.writeLock().unlock();
        }
        return this;
    }

    public boolean has(String field) {
        lock.readLock().lock();
        try {
            return fields.containsKey(field);
        } finally {
            lock.readLock().unlock();
        }
    }

    /** The value of {@code field}, or null both for nil and for a missing name; see {@link #has}. */
    public Object getOrNull(String field) {
        lock.readLock().lock();
        try {
            return fields.get(field);
        } finally {
            lock.readLock().unlock();
        }
    }

    /** The value of {@code field}; KeyError ("module math has no field tau") when it is missing. */
    public Object get(String field) {
        lock.readLock().lock();
        try {
            Object v = fields.get(field);
            if (v == null && !fields.containsKey(field)) {
                throw PollenException.of(ErrorKind.KEY, "module " + name + " has no field " + field);
            }
            return v;
        } finally {
            lock.readLock().unlock();
        }
    }

    /** A snapshot of the exported names, in definition order. */
    public List<String> names() {
        lock.readLock().lock();
        try {
            return List.copyOf(fields.keySet());
        } finally {
            lock.readLock().unlock();
        }
    }

    /** A snapshot of the exported names and values, in definition order. */
    public Map<String, Object> snapshot() {
        lock.readLock().lock();
        try {
            return new LinkedHashMap<>(fields);
        } finally {
            lock.readLock().unlock();
        }
    }

    @Override
    public String toString() {
        return "<module " + name + ">";
    }
}
