package dev.pollen.interpreter.embed;

import dev.pollen.runtime.async.Context;
import dev.pollen.runtime.async.Future;
import dev.pollen.runtime.value.PollenException;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * The root of a task that awaits a script future for Java and completes a
 * {@code CompletableFuture} with its outcome. It never fails itself, so the outcome is reported
 * once, to the Java side.
 */
final class Completing implements Future {
    private final Future future;
    private final CompletableFuture<Object> result;
    private final Function<Object, Object> toJava;
    private final Function<PollenException, RuntimeException> failure;

    Completing(Future future, CompletableFuture<Object> result, Function<Object, Object> toJava,
               Function<PollenException, RuntimeException> failure) {
        this.future = future;
        this.result = result;
        this.toJava = toJava;
        this.failure = failure;
    }

    @Override
    public Object poll(Context cx) {
        Object r;
        try {
            r = future.poll(cx);
        } catch (PollenException e) {
            if (e.endsRun()) {
                throw e;  // a limit ends the evaluation; the host hears of it there
            }
            result.completeExceptionally(failure.apply(e));
            return null;
        }
        if (r == PENDING) {
            return PENDING;
        }
        result.complete(toJava.apply(r));
        return null;
    }

    @Override
    public void cancel() {
        future.cancel();
        result.cancel(false);
    }
}
