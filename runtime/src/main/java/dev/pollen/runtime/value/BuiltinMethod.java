package dev.pollen.runtime.value;

/** A method of a built-in value type ({@code xs.push(1)}, {@code s.upper()}, {@code h.abort()}). */
@FunctionalInterface
public interface BuiltinMethod {
    Object invoke(Object self, Object[] args);
}
