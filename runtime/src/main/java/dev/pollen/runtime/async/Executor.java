package dev.pollen.runtime.async;

import java.util.List;

/**
 * Runs tasks: the Pollen event loop (LANGUAGE.md §6.3). Implementations: {@link
 * SingleThreadExecutor} (the default, deterministic with a {@link VirtualClock}) and {@link
 * MultiThreadExecutor} (work-stealing).
 *
 * <p>All state is per executor. An executor is reusable: after {@link #blockOn} returns, spawned
 * tasks stay live and progress on the next {@code blockOn}, {@link #runUntilIdle()} or {@link
 * #runFor} (a REPL runs one {@code blockOn} per entry). The run methods must not be called from
 * inside a poll.
 */
public interface Executor {
    /**
     * Creates a task for {@code root} at the back of the ready queue and returns it at once; it first
     * runs when the caller next suspends. Callable from any thread.
     *
     * @param nameOrNull the task's name; null uses {@code root.name()}
     */
    Task spawn(Future root, String nameOrNull);

    /**
     * Spawns {@code root} and runs the loop on the calling thread until that task finishes.
     *
     * @return the task's value
     * @throws dev.pollen.runtime.value.PollenException the task's error
     * @throws DeadlockException if the task waits and nothing can ever wake it
     */
    Object blockOn(Future root, String name);

    /** Like {@link #blockOn}, for a task spawned earlier (so the host can abort it meanwhile). */
    Object runUntilFinished(Task task);

    /**
     * Runs every task that is ready and fires every timer that is due now, until none is left.
     * Never waits and never advances a virtual clock. For a REPL between entries.
     */
    void runUntilIdle();

    /**
     * Runs the loop for {@code durationNanos} of this executor's time, waiting for timers as needed:
     * a real clock really waits, a virtual clock jumps to each deadline and finally to the end.
     */
    void runFor(long durationNanos);

    /**
     * Main-exit behaviour: every live task is aborted, in id order, then each is run once more, in
     * id order, so its cancellation and finally blocks run. Tasks spawned meanwhile are cancelled
     * the same way (never having run). Afterwards no task is live.
     */
    void shutdown();

    /** Tasks that failed with an error other than Cancelled that nobody observed, in id order. */
    List<Task> unobservedFailures();

    /** Tasks not yet finished, in id order (for {@code :tasks} and reports). */
    List<Task> liveTasks();

    /** The task being polled on the calling thread, or null. */
    Task currentTask();

    Clock clock();

    default long nowNanos() {
        return clock().nowNanos();
    }

    /** The script's {@code now()}: whole milliseconds since the executor started. */
    default long nowMillis() {
        return clock().nowMillis();
    }

    /**
     * Creates an unarmed timer due at {@code deadlineNanos}; its creation sequence is taken now, so
     * equal deadlines fire in creation order. Arm it with a waker or an action.
     */
    Timer newTimer(long deadlineNanos, String label);

    /** Registers a source that may wake tasks from outside; see {@link LiveSource}. */
    LiveSource registerSource(String name);

    /** Sets the listener for scheduling events; null turns tracing off. */
    void setTraceListener(TraceListener listenerOrNull);
}
