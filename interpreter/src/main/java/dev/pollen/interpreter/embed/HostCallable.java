package dev.pollen.interpreter.embed;

import dev.pollen.runtime.value.Arity;
import dev.pollen.runtime.value.Callable;
import dev.pollen.runtime.value.PollenException;

/**
 * A Java function (a {@code Function}, {@code BiFunction}, {@code Supplier}, {@link HostFunction})
 * as a script function: arguments converted to Java, the result converted back, and a Java
 * exception turned into a catchable {@code HostError} that carries it.
 */
final class HostCallable implements Callable {
    /** The call itself, on Java values. */
    @FunctionalInterface
    interface Body {
        Object call(Object[] javaArgs) throws Exception;
    }

    private final String name;
    private final int arity;  // -1: any number
    private final Body body;
    private final Conversions conversions;

    HostCallable(String name, int arity, Body body, Conversions conversions) {
        this.name = name;
        this.arity = arity;
        this.body = body;
        this.conversions = conversions;
    }

    @Override
    public Object call(Object[] args) {
        if (arity >= 0 && args.length != arity) {
            throw PollenException.typeError(Arity.message(displayName(), arity, arity, args.length));
        }
        Object[] javaArgs = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            javaArgs[i] = conversions.toJava(args[i]);
        }
        Object result;
        try {
            result = body.call(javaArgs);
        } catch (PollenException e) {
            throw e;
        } catch (StackOverflowError | OutOfMemoryError e) {
            throw e;
        } catch (Exception | Error e) {
            throw PollenException.fromHost(e);
        }
        try {
            return conversions.toScript(result);
        } catch (IllegalArgumentException e) {
            throw PollenException.fromHost(e);
        }
    }

    private String displayName() {
        return name == null ? "host function" : name;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String toString() {
        return "<fn " + displayName() + ">";
    }
}
