package dev.pollen.interpreter.embed;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;

/**
 * The one thread an engine runs scripts on, made on first use and stopped with the engine.
 *
 * <p>Its stack is {@value #STACK_BYTES} bytes, so deep recursion meets the interpreter's own depth
 * limit (12 000, or {@code maxDepth}) long before the JVM's, whatever thread the host calls from.
 * Jobs run one at a time in submission order: that is how calls from several host threads are
 * serialised. A job submitted from this thread (a host function calling back into its engine)
 * runs at once.
 */
final class EngineDriver implements AutoCloseable {
    static final long STACK_BYTES = 1L << 30;

    private final String name;
    private ExecutorService jobs;
    private volatile Thread thread;

    EngineDriver(String name) {
        this.name = name;
    }

    private synchronized ExecutorService jobs() {
        if (jobs == null) {
            jobs = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(null, r, name, STACK_BYTES);
                t.setDaemon(true);  // an engine the host forgot to close never keeps the JVM alive
                thread = t;
                return t;
            });
        }
        return jobs;
    }

    boolean onDriverThread() {
        return Thread.currentThread() == thread;
    }

    /** Queues {@code job}; the future completes on the driver thread with its outcome. */
    <T> CompletableFuture<T> submit(Callable<T> job) {
        CompletableFuture<T> result = new CompletableFuture<>();
        try {
            jobs().execute(() -> {
                try {
                    result.complete(job.call());
                } catch (Throwable t) {
                    result.completeExceptionally(t);
                }
            });
        } catch (RejectedExecutionException e) {
            result.completeExceptionally(new IllegalStateException("the engine is closed"));
        }
        return result;
    }

    /** Runs {@code job} on the driver thread (at once when already there) and returns its outcome. */
    <T> T call(Callable<T> job) throws Exception {
        if (onDriverThread()) {
            return job.call();
        }
        CompletableFuture<T> pending = submit(job);
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return pending.get();
                } catch (InterruptedException e) {
                    interrupted = true;  // the engine stops through Pollen.interrupt(), not here
                } catch (ExecutionException e) {
                    Throwable cause = e.getCause();
                    if (cause instanceof Exception checked) {
                        throw checked;
                    }
                    throw (Error) cause;
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public synchronized void close() {
        if (jobs != null) {
            jobs.shutdown();
        }
    }
}
