package dev.pollen.runtime.value;

/**
 * A function value: script functions, closures and natives. {@code type_of} is "function".
 * Errors are reported by throwing {@link PollenException} (wrong arity is a TypeError).
 */
public interface Callable {
    Object call(Object[] args);

    /**
     * The name printed as {@code <fn name>}; null for an anonymous closure (printed {@code <fn>}).
     * Defaults to null so a host can pass a Java lambda as a script function.
     */
    default String name() {
        return null;
    }

    /**
     * Whether calling it may run script code (it is a script function, or calls one back). A
     * call site marks its call depth for such a callee; one that says false is called without
     * the mark. Defaults to true, so a host's function may call back into scripts.
     */
    default boolean mayRunScript() {
        return true;
    }
}
