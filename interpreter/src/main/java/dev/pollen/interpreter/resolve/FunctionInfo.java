package dev.pollen.interpreter.resolve;

import java.util.ArrayList;
import java.util.List;

/**
 * What the resolver learnt about one function body (a {@code fn}, a closure, an async block or
 * the top level): how many frame slots it needs, its parameters, whether it is async, and which
 * variables of enclosing functions it captures — each capture copies the outer variable's Cell
 * into an inner slot when the closure is created.
 */
public final class FunctionInfo {
    /** An outer variable and the slot of this function that receives its Cell. */
    public record Capture(LocalVar outer, LocalVar inner) {}

    private final String name;
    private final boolean async;
    private final FunctionInfo enclosing;
    private final List<LocalVar> params = new ArrayList<>();
    private final List<LocalVar> locals = new ArrayList<>();
    private final List<Capture> captures = new ArrayList<>();

    FunctionInfo(String name, boolean async, FunctionInfo enclosing) {
        this.name = name;
        this.async = async;
        this.enclosing = enclosing;
    }

    /** The name shown in traces and {@code <fn name>}; null for closures and async blocks. */
    public String name() {
        return name;
    }

    public boolean async() {
        return async;
    }

    public FunctionInfo enclosing() {
        return enclosing;
    }

    public List<LocalVar> params() {
        return params;
    }

    public List<LocalVar> locals() {
        return locals;
    }

    public List<Capture> captures() {
        return captures;
    }

    public int slotCount() {
        return locals.size();
    }

    LocalVar newLocal(String varName, boolean mutable, dev.pollen.interpreter.diagnostics.Span at) {
        LocalVar v = new LocalVar(varName, locals.size(), mutable, at);
        locals.add(v);
        return v;
    }

    /** A fresh slot for a compiler temporary (await results, saved completions, iterators). */
    public int newTemp(String purpose) {
        return newLocal("%" + purpose, true, null).slot();
    }
}
