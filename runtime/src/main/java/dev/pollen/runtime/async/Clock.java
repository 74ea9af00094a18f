package dev.pollen.runtime.async;

/**
 * An executor's notion of time, in nanoseconds since the executor started (so it starts at 0).
 * One clock belongs to one executor.
 *
 * <p>{@link VirtualClock} jumps straight to the next deadline when the executor is idle, so a
 * program that sleeps for an hour finishes at once; {@link RealClock} follows
 * {@code System.nanoTime()} and parks the idle thread until the deadline.
 */
public sealed interface Clock permits VirtualClock, RealClock {
    /** "No timer": wait until a cross-thread wake arrives. */
    long NO_DEADLINE = Long.MAX_VALUE;

    long nowNanos();

    /** Whole milliseconds since the start, rounded down (the script's {@code now()}). */
    default long nowMillis() {
        return Math.floorDiv(nowNanos(), 1_000_000L);
    }

    boolean isVirtual();

    /**
     * Called by an executor on its own thread when nothing is runnable: lets time pass until
     * {@code deadlineNanos}, or until the thread is unparked by a cross-thread wake. May return
     * early; the executor re-checks its queues either way. With {@link #NO_DEADLINE} it parks until
     * unparked.
     */
    void awaitDeadline(long deadlineNanos);
}
