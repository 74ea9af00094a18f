package dev.pollen.runtime.value;

/** A method of a built-in value type ({@code xs.push(1)}, {@code s.upper()}, {@code h.abort()}). */
@FunctionalInterface
public interface BuiltinMethod {
    Object invoke(Object self, Object[] args);

    /**
     * Whether the method may run script code (a callback it is given, a struct's own method).
     * A call site marks its call depth for such a method; one that says false is called
     * without the mark.
     */
    default boolean mayRunScript() {
        return true;
    }
}
