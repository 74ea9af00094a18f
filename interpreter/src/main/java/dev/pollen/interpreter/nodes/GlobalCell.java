package dev.pollen.interpreter.nodes;

import dev.pollen.runtime.value.ModuleValue;

/**
 * One module-level variable. Nodes that read or write a global hold its cell directly (found
 * once, when compiled), so a global access is a field read plus a definedness check.
 */
public final class GlobalCell {
    private final String name;
    private Object value;
    private boolean defined;
    private ModuleValue mirror;

    GlobalCell(String name) {
        this.name = name;
    }

    public String name() {
        return name;
    }

    public boolean isDefined() {
        return defined;
    }

    public Object get() {
        return value;
    }

    public void define(Object v) {
        value = v;
        defined = true;
        if (mirror != null) {
            mirror.define(name, v);
        }
    }

    /** Makes the global undefined again (a host removed it): reading it is a NameError. */
    public void undefine() {
        value = null;
        defined = false;
    }

    /**
     * Keeps {@code module}'s field of this name equal to the global from now on: an imported
     * module's fields stay live when its code assigns its globals later.
     */
    public void mirrorInto(ModuleValue module) {
        mirror = module;
        if (defined) {
            module.define(name, value);
        }
    }
}
