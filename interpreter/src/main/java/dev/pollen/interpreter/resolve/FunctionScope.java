package dev.pollen.interpreter.resolve;

import dev.pollen.interpreter.diagnostics.Span;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The resolver's view of one function while it is being resolved: its stack of block scopes,
 * its loop depth, and the captures it has taken from enclosing functions.
 */
final class FunctionScope {
    private final FunctionInfo info;
    private final FunctionScope enclosing;
    private final boolean topLevel;
    private final Deque<Map<String, LocalVar>> scopes = new ArrayDeque<>();
    private final Map<LocalVar, LocalVar> captureOf = new IdentityHashMap<>();
    private int loopDepth;

    FunctionScope(FunctionInfo info, FunctionScope enclosing, boolean topLevel) {
        this.info = info;
        this.enclosing = enclosing;
        this.topLevel = topLevel;
        scopes.push(new HashMap<>());
    }

    FunctionInfo info() {
        return info;
    }

    /** True for the file's top level (the main task's body). */
    boolean isTopLevel() {
        return topLevel;
    }

    void push() {
        scopes.push(new HashMap<>());
    }

    void pop() {
        scopes.pop();
    }

    void enterLoop() {
        loopDepth++;
    }

    void exitLoop() {
        loopDepth--;
    }

    int loopDepth() {
        return loopDepth;
    }

    LocalVar declare(String name, boolean mutable, Span at) {
        LocalVar v = info.newLocal(name, mutable, at);
        scopes.peek().put(name, v);
        return v;
    }

    /** The variable of that name in the innermost scope only, or null. */
    LocalVar lookupHere(String name) {
        return scopes.peek().get(name);
    }

    /**
     * Finds a local by name, searching enclosing functions too: a variable found there is
     * captured, and each function in between gets a slot that receives its Cell.
     */
    LocalVar lookup(String name) {
        for (Map<String, LocalVar> scope : scopes) {
            LocalVar v = scope.get(name);
            if (v != null) {
                return v;
            }
        }
        if (enclosing == null) {
            return null;
        }
        LocalVar outer = enclosing.lookup(name);
        if (outer == null) {
            return null;
        }
        LocalVar inner = captureOf.get(outer);
        if (inner == null) {
            outer.markCaptured();
            inner = info.newLocal(name, outer.mutable(), outer.declaredAt());
            inner.markCaptured();
            captureOf.put(outer, inner);
            info.captures().add(new FunctionInfo.Capture(outer, inner));
        }
        return inner;
    }
}
