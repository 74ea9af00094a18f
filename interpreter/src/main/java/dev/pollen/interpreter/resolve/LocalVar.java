package dev.pollen.interpreter.resolve;

import dev.pollen.interpreter.diagnostics.Span;

/**
 * A local variable of one function: its frame slot, and whether closures capture it. A captured
 * variable's slot holds a {@code Cell} shared with the closures, so that they see assignments
 * (capture by reference); the flag is settled once the whole file has been resolved.
 */
public final class LocalVar {
    private final String name;
    private final int slot;
    private final boolean mutable;
    private final Span declaredAt;
    private boolean captured;

    LocalVar(String name, int slot, boolean mutable, Span declaredAt) {
        this.name = name;
        this.slot = slot;
        this.mutable = mutable;
        this.declaredAt = declaredAt;
    }

    public String name() {
        return name;
    }

    public int slot() {
        return slot;
    }

    public boolean mutable() {
        return mutable;
    }

    public Span declaredAt() {
        return declaredAt;
    }

    /** True when some closure refers to this variable: its slot then holds a Cell. */
    public boolean captured() {
        return captured;
    }

    void markCaptured() {
        captured = true;
    }
}
