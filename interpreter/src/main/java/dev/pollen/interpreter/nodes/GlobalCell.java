package dev.pollen.interpreter.nodes;

import dev.pollen.runtime.value.ModuleValue;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * One module-level variable. Nodes that read or write a global hold its cell directly (found
 * once, when compiled), so a global access is a field read plus a definedness check.
 *
 * <p>Tasks on several workers read and write globals at once (LANGUAGE.md §6.7): the value and
 * its definedness are one field ({@link #UNDEFINED} until the first definition), written with
 * release and read with acquire, so a reader sees some value that was written, fully built. A
 * mirrored global updates its module field under this cell's monitor, so the two never disagree.
 */
public final class GlobalCell {
    private static final Object UNDEFINED = new Object();
    private static final VarHandle VALUE;

    static {
        try {
            VALUE = MethodHandles.lookup().findVarHandle(GlobalCell.class, "value", Object.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final String name;
    @SuppressWarnings("unused") // accessed through VALUE
    private Object value = UNDEFINED;
    private volatile ModuleValue mirror;

    GlobalCell(String name) {
        this.name = name;
    }

    public String name() {
        return name;
    }

    public boolean isDefined() {
        return VALUE.getAcquire(this) != UNDEFINED;
    }

    /** The value, or null when not defined yet (see {@link #isDefined}). */
    public Object get() {
        Object v = VALUE.getAcquire(this);
        return v == UNDEFINED ? null : v;
    }

    /**
     * The value, or {@code undefined} when the global is not defined yet: one read for a node
     * that must tell the two apart.
     */
    public Object getOr(Object undefined) {
        Object v = VALUE.getAcquire(this);
        return v == UNDEFINED ? undefined : v;
    }

    public void define(Object v) {
        if (mirror == null) {
            VALUE.setRelease(this, v);
            return;
        }
        synchronized (this) {
            VALUE.setRelease(this, v);
            mirror.define(name, v);
        }
    }

    /** Makes the global undefined again (a host removed it): reading it is a NameError. */
    public void undefine() {
        VALUE.setRelease(this, UNDEFINED);
    }

    /**
     * Keeps {@code module}'s field of this name equal to the global from now on: an imported
     * module's fields stay live when its code assigns its globals later.
     */
    public synchronized void mirrorInto(ModuleValue module) {
        mirror = module;
        Object v = VALUE.getAcquire(this);
        if (v != UNDEFINED) {
            module.define(name, v);
        }
    }
}
