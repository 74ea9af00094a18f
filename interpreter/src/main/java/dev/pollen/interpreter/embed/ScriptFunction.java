package dev.pollen.interpreter.embed;

import java.util.concurrent.CompletableFuture;

/**
 * A script function handed to Java (the value of {@code fn f() {}} or a closure): call it like
 * any Java function. The call runs on the engine's thread, under its limits, one at a time with
 * every other call into the engine. An async fn's call returns its future as a
 * {@link CompletableFuture}; {@link #callAsync} never blocks the caller.
 */
public interface ScriptFunction {
    /** Calls the function with arguments converted by {@link Conversions}; its converted result. */
    Object call(Object... args);

    /** Calls it on the engine's thread; the future completes with the result (awaited for an async fn). */
    CompletableFuture<Object> callAsync(Object... args);

    /** The name scripts know it by, or null for a closure. */
    String name();
}
