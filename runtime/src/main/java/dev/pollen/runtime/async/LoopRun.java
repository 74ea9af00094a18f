package dev.pollen.runtime.async;

import java.util.concurrent.locks.LockSupport;

/**
 * One call of a {@link MultiThreadExecutor} run method: what ends it (a target task finishing, an
 * idle moment, a deadline) and how it ended. The host thread parks until {@link #end} is called by
 * whichever worker sees the end first.
 */
final class LoopRun {
    private final Task target;
    private final long until;
    private final boolean mayWait;
    private final Thread caller = Thread.currentThread();
    private volatile boolean ended;
    private volatile Throwable failure;

    /**
     * @param target  the task whose completion ends the run, or null
     * @param until   the clock time that ends the run, or {@link Clock#NO_DEADLINE}
     * @param mayWait false to end as soon as nothing is ready (never waiting for a timer)
     */
    LoopRun(Task target, long until, boolean mayWait) {
        this.target = target;
        this.until = until;
        this.mayWait = mayWait;
    }

    Task target() {
        return target;
    }

    long until() {
        return until;
    }

    boolean mayWait() {
        return mayWait;
    }

    boolean isEnded() {
        return ended;
    }

    /** Why the run ended abnormally (a deadlock, an internal error), or null. */
    Throwable failure() {
        return failure;
    }

    /** Ends the run (the first reason wins) and wakes the host thread. */
    synchronized void end(Throwable reason) {
        if (!ended) {
            failure = reason;
            ended = true;
            LockSupport.unpark(caller);
        }
    }
}
