package dev.pollen.cli;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * The one thread that drives a Pollen engine: every compile, run and executor call happens here.
 *
 * <p>Why a thread of its own: its stack is {@value #STACK_BYTES} bytes, so deep script recursion
 * reaches the interpreter's own depth limit (a catchable {@code StackOverflow}) long before the
 * JVM's, whatever {@code -Xss} the launcher used. It also keeps the engine on one thread while the
 * REPL's terminal thread reads input and takes Ctrl-C.
 *
 * <p>Jobs run in submission order. Between jobs the thread runs the optional idle work, which is
 * how the REPL keeps spawned tasks and real-clock timers going while the user types: the idle work
 * runs a short slice of the executor and returns, and the next job waits at most that long.
 */
final class EngineThread implements AutoCloseable {
    static final long STACK_BYTES = 1L << 30;

    /** Work to do while no job is queued; returns false when it has nothing to do (then the thread blocks). */
    interface IdleWork {
        boolean runSlice();
    }

    private final BlockingQueue<Runnable> jobs = new LinkedBlockingQueue<>();
    private final Thread thread;
    private volatile IdleWork idle;
    private volatile boolean stopping;

    EngineThread(String name) {
        thread = new Thread(null, this::loop, name, STACK_BYTES);
        thread.setDaemon(true);  // never keeps the JVM alive on its own; the command exits explicitly
        thread.start();
    }

    /** Sets (or, with null, clears) what the thread does between jobs. */
    void setIdleWork(IdleWork work) {
        idle = work;
    }

    /** Queues {@code job} and returns its outcome as a future. */
    <T> CompletableFuture<T> submit(Callable<T> job) {
        CompletableFuture<T> result = new CompletableFuture<>();
        jobs.add(() -> {
            try {
                result.complete(job.call());
            } catch (Throwable t) {
                result.completeExceptionally(t);
            }
        });
        return result;
    }

    /**
     * Runs {@code job} on this thread and waits for it. Whatever it throws is rethrown here as is
     * (checked exceptions wrapped in an unchecked one), so callers handle engine errors as if the
     * job had run on their own thread.
     */
    <T> T call(Callable<T> job) {
        return await(submit(job));
    }

    /** Waits for a submitted job, ignoring interrupts (Ctrl-C reaches the engine another way). */
    static <T> T await(CompletableFuture<T> pending) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return pending.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException e) {
                    Throwable cause = e.getCause();
                    if (cause instanceof RuntimeException r) {
                        throw r;
                    } else if (cause instanceof Error err) {
                        throw err;
                    }
                    throw new JobFailedException(cause);
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void loop() {
        while (!stopping) {
            try {
                Runnable job = jobs.poll();
                if (job == null) {
                    IdleWork work = idle;
                    if (work == null || !work.runSlice()) {
                        job = jobs.take();
                    }
                }
                if (job != null) {
                    job.run();
                }
            } catch (InterruptedException e) {
                // Only close() interrupts this thread; the loop condition decides.
            } catch (Throwable t) {
                // Idle work failed (an internal error outside any job). Stop idling rather than spin
                // on the same failure; the next job reports whatever is still wrong.
                idle = null;
            }
        }
    }

    /** Stops the thread after the job it is running, if any. */
    @Override
    public void close() {
        stopping = true;
        jobs.add(() -> { });
    }

    /** A job threw a checked exception; {@link #getCause()} is it. */
    static final class JobFailedException extends RuntimeException {
        JobFailedException(Throwable cause) {
            super(cause);
        }
    }
}
