package dev.pollen.runtime.value;

/**
 * A value of a {@link StructType}: {@code type_of} is the struct's name. Fields are mutable and
 * stored by slot ({@link StructType#fieldIndex}); there are exactly {@code type.fieldCount()}
 * slots. Equality is identity ({@code P(1) == P(1)} is false).
 */
public final class StructInstance {
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
        return fields[slot];
    }

    public void set(int slot, Object value) {
        fields[slot] = value;
    }

    /** The field named {@code field}; KeyError when the struct has none. */
    public Object getField(String field) {
        return fields[slotOf(field)];
    }

    /** Sets the field named {@code field}; KeyError when the struct has none (no new fields). */
    public void setField(String field, Object value) {
        fields[slotOf(field)] = value;
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
