package dev.pollen.runtime.async;

/**
 * Receives an executor's scheduling events (for {@code --trace} and {@code --trace-out}). Times are
 * the executor's clock in nanoseconds. Calls may come from any thread (wakes cross threads), so
 * implementations must be thread-safe. With no listener set, an executor pays one null check per
 * event.
 */
public interface TraceListener {
    /** A task was spawned. */
    default void onSpawn(Task task, long atNanos) {}

    /** A task was polled (or, if aborted, cancelled) once; {@code ready} when it finished. */
    default void onPoll(Task task, long startNanos, long endNanos, boolean ready) {}

    /**
     * A worker of a multi-threaded executor is about to poll a task ({@code worker} counts from 1).
     * Exactly one {@link #onPoll(Task, int, long, long, boolean)} follows, from the same thread.
     */
    default void onPollStart(Task task, int worker, long startNanos) {}

    /**
     * A poll on a worker of a multi-threaded executor ({@code worker} counts from 1); by default
     * the same as a poll without a worker.
     */
    default void onPoll(Task task, int worker, long startNanos, long endNanos, boolean ready) {
        onPoll(task, startNanos, endNanos, ready);
    }

    /** An idle worker {@code thief} took {@code task} from the queue of worker {@code victim}. */
    default void onSteal(Task task, int thief, int victim, long atNanos) {}

    /** A wake scheduled a task; {@code fromOtherThread} when it came from outside the executor. */
    default void onWake(Task task, boolean fromOtherThread, long atNanos) {}

    /** A timer fired; {@code woken} is the task it wakes, null for an action timer. */
    default void onTimerFired(Timer timer, Task woken, long atNanos) {}

    /** A live source raised an interrupt (see {@link LiveSource#noteInterrupt()}). */
    default void onInterrupt(String source, long atNanos) {}
}
