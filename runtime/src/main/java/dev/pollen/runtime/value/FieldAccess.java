package dev.pollen.runtime.value;

/**
 * A runtime object with named fields a script reads and assigns ({@code g.value},
 * {@code g.value = x}), as struct instances have: a mutex guard, say.
 */
public interface FieldAccess {
    /** {@code obj.name}; a script error (never a Java exception) when there is no such field. */
    Object getField(String name);

    /** {@code obj.name = value}; a script error when the field is missing or read-only. */
    void setField(String name, Object value);
}
