package dev.pollen.stdlib;

import dev.pollen.runtime.value.Callable;

/**
 * A function written in Java and called from scripts ({@code print}, {@code math.sqrt}).
 * {@code type_of} is "function"; it prints as {@code <fn name>}. The body checks its own arity and
 * argument types (see {@link Args}) and reports errors as {@code PollenException}s.
 *
 * @param name the name as scripts see it (printed, and used in error messages)
 * @param body the implementation; must not keep per-call state in fields, since one function
 *             value is shared by every task of its engine, possibly across threads
 */
public record NativeFunction(String name, Body body, boolean mayRunScript) implements Callable {
    /** A native that may call script code: a callback it is given, a value's own method. */
    public NativeFunction(String name, Body body) {
        this(name, body, true);
    }

    /**
     * A native that never calls script code (it makes a value or a future and returns), so its
     * call sites skip marking the call depth ({@link Callable#mayRunScript}).
     */
    public static NativeFunction neverRunningScript(String name, Body body) {
        return new NativeFunction(name, body, false);
    }

    /** The implementation of a native function. */
    @FunctionalInterface
    public interface Body {
        Object call(Object[] args);
    }

    @Override
    public Object call(Object[] args) {
        return body.call(args);
    }

    @Override
    public String toString() {
        return "<fn " + name + ">";
    }
}
