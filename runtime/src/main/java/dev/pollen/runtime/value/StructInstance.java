package dev.pollen.runtime.value;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * A value of a {@link StructType}: {@code type_of} is the struct's name. Fields are mutable and
 * stored by slot ({@link StructType#fieldIndex}); there are exactly {@code type.fieldCount()}
 * slots. Equality is identity ({@code P(1) == P(1)} is false).
 *
 * <p>A field read or write is atomic (LANGUAGE.md §6.7): a reference is written whole, and the
 * release/acquire order of {@link #FIELD} makes a value stored by one task fully built when another
 * reads it. On x86 and ARM both are plain loads and stores with a compiler fence, so the
 * single-threaded executor pays nothing measurable.
 */
public final class StructInstance {
    private static final VarHandle FIELD = MethodHandles.arrayElementVarHandle(Object[].class);

    private final StructType type;
    private final Object[] fields;

    /** Takes ownership of {@code fields}, whose length must equal the type's field count. */
    public StructInstance(StructType type, Object[] fields) {
        if (fields.length != type.fieldCount()) {
            throw new IllegalArgumentException(type.name() + " has " + type.fieldCount() + " fields, got " + fields.length);
        }
        this.type = type;
        this.fields = fields;
    }

    public StructType type() {
        return type;
    }

    public Object get(int slot) {
        return FIELD.getAcquire(fields, slot);
    }

    public void set(int slot, Object value) {
        FIELD.setRelease(fields, slot, value);
    }

    /** The field named {@code field}; KeyError when the struct has none. */
    public Object getField(String field) {
        return get(slotOf(field));
    }

    /** Sets the field named {@code field}; KeyError when the struct has none (no new fields). */
    public void setField(String field, Object value) {
        set(slotOf(field), value);
    }

    private int slotOf(String field) {
        int slot = type.fieldIndex(field);
        if (slot < 0) {
            throw PollenException.of(ErrorKind.KEY, type.name() + " has no field " + field);
        }
        return slot;
    }

    @Override
    public String toString() {
        return Printer.str(this);
    }
}
