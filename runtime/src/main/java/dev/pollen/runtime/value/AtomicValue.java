package dev.pollen.runtime.value;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;

/**
 * {@code atomic(v)} (LANGUAGE.md §6.7): one value that tasks on several workers read and change
 * without losing an update. Every method is a single atomic step; {@link #update} retries a
 * compare-and-set, so its function may run more than once.
 */
public final class AtomicValue implements HostValue {
    private final AtomicReference<Object> value;

    public AtomicValue(Object initial) {
        this.value = new AtomicReference<>(initial);
    }

    public Object get() {
        return value.get();
    }

    public void set(Object v) {
        value.set(v);
    }

    /**
     * Adds {@code n} (int or float) and returns the new value: ints stay ints (ArithmeticError on
     * overflow, and then nothing is stored), a float on either side gives a float.
     */
    public Object add(Object n) {
        if (!Values.isNumber(n)) {
            throw PollenException.typeError("atomic.add() needs an int or a float, not " + Values.typeOf(n));
        }
        return update(current -> sum(current, n));
    }

    private static Object sum(Object current, Object n) {
        if (!Values.isNumber(current)) {
            throw PollenException.typeError("atomic.add() needs a number in the atomic, found " + Values.typeOf(current));
        }
        if (current instanceof Long a && n instanceof Long b) {
            try {
                return Math.addExact(a, b);
            } catch (ArithmeticException e) {
                throw PollenException.of(ErrorKind.ARITHMETIC, "integer overflow");
            }
        }
        return ((Number) current).doubleValue() + ((Number) n).doubleValue();
    }

    /**
     * Stores {@code replacement} if the value is {@code ==} to {@code expected} (the language's
     * equality, so {@code 1} matches {@code 1.0}); true when it did.
     */
    public boolean compareAndSet(Object expected, Object replacement) {
        while (true) {
            Object current = value.get();
            if (!Values.equals(current, expected)) {
                return false;
            }
            if (value.compareAndSet(current, replacement)) {
                return true;
            }
        }
    }

    /**
     * Applies {@code f} to the current value and stores the result, retrying when another task
     * changed the value meanwhile; returns the stored value. An error thrown by {@code f} stores
     * nothing.
     */
    public Object update(UnaryOperator<Object> f) {
        while (true) {
            Object current = value.get();
            Object next = f.apply(current);
            if (value.compareAndSet(current, next)) {
                return next;
            }
        }
    }

    @Override
    public String typeName() {
        return "atomic";
    }

    @Override
    public String display() {
        return "<atomic " + Printer.repr(value.get()) + ">";
    }
}
