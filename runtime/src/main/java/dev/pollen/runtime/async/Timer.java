package dev.pollen.runtime.async;

/**
 * One deadline in an executor's {@link TimerQueue}. Created unarmed by
 * {@link Executor#newTimer}, which fixes its deadline and its creation sequence; armed with the
 * waker to wake (or an action to run) when it fires; disarmed by {@link #cancel()}.
 *
 * <p>Timers fire in (deadline, creation sequence) order, so equal deadlines fire in the order the
 * timers were created. Only armed timers keep an executor from reporting a deadlock. A periodic
 * source re-arms by creating a new timer, which therefore counts as created then.
 */
public final class Timer implements Comparable<Timer> {
    private final TimerQueue queue;
    private final long deadline;
    private final long sequence;
    private final String label;

    // Written under the queue's lock; volatile so that the fast paths may read them without it.
    volatile Waker waker;
    volatile Runnable action;
    /** For an action timer: whether firing it may wake a task now; null means it may. */
    volatile java.util.function.BooleanSupplier wakesATask;
    volatile boolean armed;
    /** Whether the queue's heap holds this timer (a cancelled one may stay until it surfaces). */
    boolean inHeap;

    Timer(TimerQueue queue, long deadline, long sequence, String label) {
        this.queue = queue;
        this.deadline = deadline;
        this.sequence = sequence;
        this.label = label;
    }

    /** Arms the timer to wake {@code waker} when due, or switches an armed timer to this waker. */
    public void arm(Waker waker) {
        if (armed && this.waker == waker) {
            return;  // re-polled by the same task: nothing to change
        }
        queue.arm(this, waker, null);
    }

    /**
     * Arms the timer to run {@code action} on the executor's thread when due (for clock-driven
     * sources such as simulated sensors).
     */
    public void arm(Runnable action) {
        queue.arm(this, null, action);
    }

    /**
     * Like {@link #arm(Runnable)}, for a source that wakes tasks only while it holds their wakers
     * (a sensor with pending reads): when {@code wakesATask} says false, this timer alone does not
     * keep a waiting program from being reported as deadlocked.
     */
    public void arm(Runnable action, java.util.function.BooleanSupplier wakesATask) {
        this.wakesATask = wakesATask;
        queue.arm(this, null, action);
    }

    /** Whether firing this armed timer may make some task runnable. */
    boolean mayWakeATask() {
        java.util.function.BooleanSupplier holds = wakesATask;
        return action == null || holds == null || holds.getAsBoolean();
    }

    /** Removes the timer from the queue; it will not fire. Harmless if unarmed or fired. */
    public void cancel() {
        if (armed) {
            queue.disarm(this);
        }
    }

    public boolean isArmed() {
        return armed;
    }

    public long deadlineNanos() {
        return deadline;
    }

    /** What created the timer ("sleep", "timeout", a sensor's name...), for traces. */
    public String label() {
        return label;
    }

    /** The task this timer wakes when it fires, or null for an action timer. */
    public Task task() {
        Waker w = waker;
        return w == null ? null : w.task();
    }

    long sequence() {
        return sequence;
    }

    void fire() {
        Runnable a = action;
        if (a != null) {
            a.run();
            return;
        }
        Waker w = waker;
        if (w != null) {
            w.wake();
        }
    }

    @Override
    public int compareTo(Timer other) {
        int byDeadline = Long.compare(deadline, other.deadline);
        return byDeadline != 0 ? byDeadline : Long.compare(sequence, other.sequence);
    }

    @Override
    public String toString() {
        return "timer " + label + " due at " + Millis.format(deadline) + " ms";
    }
}
