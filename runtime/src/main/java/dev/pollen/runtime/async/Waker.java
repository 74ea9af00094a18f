package dev.pollen.runtime.async;

/**
 * Schedules one task to be polled again. Each task owns exactly one waker, created with the task,
 * so handing out {@code cx.waker()} never allocates.
 *
 * <p>Safe to call from any thread. Waking a task that is waiting queues it at the back of the
 * ready queue; waking one that is queued or being polled queues it at most once (a wake during a
 * poll is never lost); waking a finished task does nothing.
 */
public final class Waker {
    private final Task task;

    Waker(Task task) {
        this.task = task;
    }

    /** Schedules the task. */
    public void wake() {
        task.wake();
    }

    /** Same as {@link #wake()}; exists for parity with Rust's {@code wake_by_ref}. */
    public void wakeByRef() {
        task.wake();
    }

    /** A waker for the same task. Wakers are immutable, so this is the waker itself. */
    @Override
    public Waker clone() {
        return this;
    }

    /** True when {@code other} wakes the same task as this waker. */
    public boolean willWake(Waker other) {
        return other != null && other.task == task;
    }

    /** The task this waker schedules. */
    public Task task() {
        return task;
    }

    @Override
    public String toString() {
        return "<waker " + task.describe() + ">";
    }
}
