package dev.pollen.interpreter.embed;

import dev.pollen.runtime.async.Context;
import dev.pollen.runtime.async.Future;
import dev.pollen.runtime.async.LiveSource;
import dev.pollen.runtime.async.Waker;
import dev.pollen.runtime.value.PollenException;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * A Java {@link CompletableFuture} as a Pollen future a script can {@code .await}. Whichever thread
 * completes it wakes the awaiting task; while it is pending it counts as a live source, so the
 * executor waits for it rather than calling the program deadlocked. A failure is a catchable
 * {@code HostError} carrying the Java exception.
 */
final class JavaFuture implements Future {
    private final CompletableFuture<?> pending;
    private final Conversions conversions;
    private volatile Waker waker;
    private LiveSource source;

    JavaFuture(CompletableFuture<?> pending, Conversions conversions) {
        this.pending = pending;
        this.conversions = conversions;
    }

    @Override
    public Object poll(Context cx) {
        if (pending.isDone()) {
            return outcome();
        }
        waker = cx.waker();
        if (source == null) {
            LiveSource live = cx.executor().registerSource("host future");
            source = live;
            pending.whenComplete((v, e) -> {
                Waker w = waker;
                if (w != null) {
                    w.wake();
                }
                live.close();  // after the last wake, as a source must
            });
        }
        return PENDING;
    }

    private Object outcome() {
        if (source != null) {
            source.close();
        }
        try {
            return conversions.toScript(pending.get());
        } catch (ExecutionException | CompletionException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw cause instanceof PollenException p ? p : PollenException.fromHost(cause);
        } catch (CancellationException e) {
            throw PollenException.fromHost(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw PollenException.fromHost(e);  // never: the future is done
        }
    }

    @Override
    public void cancel() {
        waker = null;
        if (source != null) {
            source.close();
        }
    }

    @Override
    public String name() {
        return "host future";
    }
}
