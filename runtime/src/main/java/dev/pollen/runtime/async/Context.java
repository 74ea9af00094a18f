package dev.pollen.runtime.async;

/**
 * What a future receives when it is polled: the waker of the task doing the polling. Each task owns
 * exactly one context, created with the task, so a poll never allocates one.
 */
public final class Context {
    private final Task task;

    Context(Task task) {
        this.task = task;
    }

    /** The waker that schedules the task being polled. */
    public Waker waker() {
        return task.waker();
    }

    /** The task being polled. */
    public Task task() {
        return task;
    }

    /** True when the task was aborted: an {@code .await} must throw Cancelled instead of waiting. */
    public boolean isCancelled() {
        return task.isCancelled();
    }

    /** The executor running the task (for futures that need its clock or timers). */
    public Executor executor() {
        return task.executor();
    }
}
