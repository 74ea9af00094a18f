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
}
