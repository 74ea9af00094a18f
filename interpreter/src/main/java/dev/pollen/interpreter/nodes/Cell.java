package dev.pollen.interpreter.nodes;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * A variable shared between a frame and the closures that capture it (capture by reference). Tasks
 * on other workers may read and write it at once (LANGUAGE.md §6.7): a write is released and a read
 * acquired, so a reader sees some value that was written, fully built.
 */
public final class Cell {
    private static final VarHandle VALUE;

    static {
        try {
            VALUE = MethodHandles.lookup().findVarHandle(Cell.class, "value", Object.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    @SuppressWarnings("unused") // accessed through VALUE
    private Object value;

    public Cell(Object value) {
        VALUE.setRelease(this, value);
    }

    public Object get() {
        return VALUE.getAcquire(this);
    }

    public void set(Object v) {
        VALUE.setRelease(this, v);
    }
}
