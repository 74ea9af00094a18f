package dev.pollen.interpreter.embed;

import dev.pollen.runtime.value.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A host function that always runs on one thread of its own, whichever worker calls it: for Java
 * code that is not thread-safe (a GUI toolkit, a connection, a plain {@code HashMap}). Calls from
 * several workers queue up and run one at a time, in arrival order; the calling task's worker
 * waits meanwhile. Made by {@link Pollen#defineConfined}; its thread stops with the engine.
 */
final class ConfinedFunction implements Callable, AutoCloseable {
    private final String name;
    private final Callable body;
    private final ExecutorService thread;

    ConfinedFunction(String name, Callable body) {
        this.name = name;
        this.body = body;
        this.thread = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "pollen-host-" + name);
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public Object call(Object[] args) {
        Future<Object> result = thread.submit(() -> body.call(args));
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return result.get();
                } catch (InterruptedException e) {
                    interrupted = true;  // the call is under way: its result is still the caller's
                }
            }
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;  // a PollenException reaches the script as thrown
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(name + " failed", cause);
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public String name() {
        return body.name() != null ? body.name() : name;
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }
}
