package dev.pollen.interpreter.embed;

/**
 * A Java function that scripts call with any number of arguments, for
 * {@link Pollen#define(String, Object)}. Arguments arrive converted to Java (see
 * {@link Conversions}); the result is converted back. A {@code CompletableFuture} or
 * {@code CompletionStage} result is a future the script can {@code .await}.
 *
 * <pre>{@code
 * pollen.define("sum", (HostFunction) args -> Arrays.stream(args).mapToLong(a -> (Long) a).sum());
 * }</pre>
 *
 * An exception it throws reaches the script as a catchable {@code HostError} carrying the
 * exception as its cause.
 */
@FunctionalInterface
public interface HostFunction {
    Object call(Object... args) throws Exception;
}
