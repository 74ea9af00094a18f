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
    /**
     * Runs the function for a script's call.
     *
     * @param args the script's arguments, converted to Java
     * @return the result, converted to a script value; null is {@code nil}
     * @throws Exception anything: the script sees it as a {@code HostError}
     */
    Object call(Object... args) throws Exception;
}
