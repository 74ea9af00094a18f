package dev.pollen.runtime.async;

/**
 * What a {@link Task} needs from the executor that owns it. Kept out of the public
 * {@link Executor} interface so that scripts and hosts cannot queue a task by hand.
 */
interface Scheduler {
    /** The public face of this scheduler. */
    Executor executor();

    /** Puts a task that has just gained SCHEDULED into a ready queue (from any thread). */
    void schedule(Task task);

    /** Called once, after a task's outcome is fixed, on the thread that ran it. */
    void finished(Task task);

    /** The task being polled on the calling thread, or null outside a poll. */
    Task currentTask();

    /** True when the calling thread is one of this executor's loop threads. */
    boolean onOwnThread();

    /** The trace listener, or null when tracing is off. */
    TraceListener tracer();

    long nowNanos();

    /** A live source closed: the loop must re-check whether anything can still wake it. */
    void sourceClosed();
}
