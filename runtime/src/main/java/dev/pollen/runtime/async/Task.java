package dev.pollen.runtime.async;

import dev.pollen.runtime.value.ErrorKind;
import dev.pollen.runtime.value.PollenException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.ArrayList;

/**
 * A spawned root future together with its scheduling state; also the handle scripts hold.
 *
 * <p>As a task it is driven by its executor through {@link #run()}, guarded by the state word
 * described in {@link TaskState}: queued at most once, never polled by two threads at once, never
 * polled after completion. As a {@link Future} it is a handle: {@link #poll} yields the task's value
 * or throws its error, the same outcome any number of times; while the task runs it registers the
 * caller's waker, and waiters are woken once each, in the order they began to wait.
 * {@link #cancel()} on the handle only forgets the calling task's waiter: dropping a handle never
 * cancels the task. {@link #abort()} cancels it (LANGUAGE.md §6.4).
 */
public final class Task implements Future {
    private static final VarHandle STATE;

    static {
        try {
            STATE = MethodHandles.lookup().findVarHandle(Task.class, "state", int.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final int id;
    private final String name;
    private final Future root;
    private final Scheduler scheduler;
    private final Waker waker;
    private final Context context;

    /** See {@link TaskState}; written only through {@link #STATE}. */
    private volatile int state;
    /** Touched only inside {@link #run()}, which the state word serialises. */
    private boolean rootPolled;

    /** Null until the task finishes; written once under the monitor. */
    private volatile TaskOutcome outcome;
    /** Wakers of tasks awaiting this handle, in the order they began to wait; guarded by this. */
    private ArrayList<Waker> waiters;

    /** Worker that first polled this task, for the multi-threaded executor's affinity; -1 if none. */
    volatile int homeWorker = -1;
    /** The worker (numbered from 1) that last polled this task under a multi-threaded executor; 0 if none. */
    volatile int lastWorker;

    Task(int id, String nameOrNull, Future root, Scheduler scheduler) {
        this.id = id;
        this.root = root;
        this.scheduler = scheduler;
        this.name = nameOrNull != null ? nameOrNull : root.name();
        this.waker = new Waker(this);
        this.context = new Context(this);
    }

    /** The task's id: 1 for the first task an executor spawns, counting up in spawn order. */
    public int id() {
        return id;
    }

    /** As a handle it never calls out (a task's own code runs in its own polls): no depth mark. */
    @Override
    public boolean mayRunScript() {
        return false;
    }

    /** The name given at spawn, else the root future's name. */
    @Override
    public String name() {
        return name;
    }

    /**
     * What the task's future is waiting on ({@code "recv at app.pln:4"}), for deadlock reports and
     * task listings; its name when the future cannot say, so a report never fails on one task.
     */
    public String waitingOn() {
        try {
            return root.describeWait();
        } catch (RuntimeException e) {
            return root.name();
        }
    }

    /** The future this task drives: only the executors poll it, so it stays in this package. */
    Future root() {
        return root;
    }

    public Executor executor() {
        return scheduler.executor();
    }

    public Waker waker() {
        return waker;
    }

    public Context context() {
        return context;
    }

    public boolean isFinished() {
        return outcome != null;
    }

    /** True while the task is owed a run (woken and not yet polled); for tests of the state word. */
    boolean isScheduledForTest() {
        return (state & TaskState.SCHEDULED) != 0;
    }

    /** True once {@link #abort()} was called before the task finished. */
    public boolean isCancelled() {
        return (state & TaskState.CANCELLED) != 0;
    }

    /** True when the task finished with an error other than Cancelled. */
    public boolean hasFailed() {
        TaskOutcome o = outcome;
        return o != null && o.hasFailed();
    }

    /** True when the task's error reached somebody (a handle poll or {@link #result()}). */
    public boolean isFailureObserved() {
        TaskOutcome o = outcome;
        return o != null && o.isFailureObserved();
    }

    /** The error the task finished with, or null (for the unobserved-failure warning). */
    public PollenException failure() {
        TaskOutcome o = outcome;
        return o == null ? null : o.failure();
    }

    /**
     * The worker thread (numbered from 1) that last polled this task under {@code --executor=multi},
     * or 0 when it never ran on one (the single-threaded executor has no workers).
     */
    public int lastWorker() {
        return lastWorker;
    }

    /** Used in traces and deadlock reports: {@code task 2 (worker)}. */
    public String describe() {
        return "task " + id + " (" + name + ")";
    }

    /** The printed form of a task value: {@code <task 2 worker>}. */
    @Override
    public String toString() {
        return "<task " + id + " " + name + ">";
    }

    /**
     * Marks the task cancelled and wakes it; its next run cancels the root (which runs the pending
     * finally blocks) and the task completes with Cancelled. Does nothing once finished.
     */
    public void abort() {
        int s;
        do {
            s = state;
            if ((s & (TaskState.COMPLETE | TaskState.CANCELLED)) != 0) {
                return;
            }
        } while (!STATE.compareAndSet(this, s, s | TaskState.CANCELLED));
        wake();
    }

    /** Schedules the task unless it is queued, will be re-queued, or is complete. */
    void wake() {
        TraceListener tracer = scheduler.tracer();
        int s;
        do {
            s = state;
            if ((s & (TaskState.COMPLETE | TaskState.SCHEDULED)) != 0) {
                return;  // finished, or already owed exactly one run
            }
        } while (!STATE.compareAndSet(this, s, s | TaskState.SCHEDULED));
        if (tracer != null) {
            tracer.onWake(this, !scheduler.onOwnThread(), scheduler.nowNanos());
        }
        if ((s & TaskState.RUNNING) == 0) {
            scheduler.schedule(this);
        }
        // else: the thread running it sees SCHEDULED when the poll ends and re-queues it.
    }

    /** Queues a freshly spawned task; the spawner calls this exactly once. */
    void scheduleFirst() {
        STATE.setVolatile(this, TaskState.SCHEDULED);
        scheduler.schedule(this);
    }

    /**
     * Polls the root once (or cancels it, for an aborted task). Called by the executor with a task
     * it took from a ready queue, or directly during shutdown.
     *
     * @return true when the task was woken during the poll and must be queued again
     */
    boolean run() {
        int s;
        do {
            s = state;
            if ((s & TaskState.COMPLETE) != 0 || (s & TaskState.RUNNING) != 0) {
                return false;  // a stale queue entry: completed by shutdown, or never possible
            }
        } while (!STATE.compareAndSet(this, s, (s & ~TaskState.SCHEDULED) | TaskState.RUNNING));

        if ((s & TaskState.CANCELLED) != 0) {
            runCancellation();
            return false;
        }
        Object result;
        try {
            rootPolled = true;
            result = root.poll(context);
        } catch (PollenException e) {
            finish(null, e, null);
            return false;
        } catch (RuntimeException | Error e) {
            finish(null, null, e);
            throw e;
        }
        if (result != PENDING) {
            finish(result, null, null);
            return false;
        }
        do {
            s = state;
        } while (!STATE.compareAndSet(this, s, s & ~TaskState.RUNNING));
        return (s & TaskState.SCHEDULED) != 0;
    }

    private void runCancellation() {
        if (rootPolled) {
            try {
                root.cancel();
            } catch (PollenException ignored) {
                // The outcome of an aborted task is Cancelled whatever its cleanup threw.
            } catch (RuntimeException | Error e) {
                finish(null, null, e);
                throw e;
            }
        }
        finish(null, null, null);  // Cancelled, made when somebody asks (see TaskOutcome)
    }

    /** Fixes the outcome, then wakes the waiters in the order they began to wait. */
    private void finish(Object result, PollenException error, Throwable internal) {
        int s;
        do {
            s = state;
        } while (!STATE.compareAndSet(this, s, TaskState.COMPLETE | (s & TaskState.CANCELLED)));
        boolean cancelled = (s & TaskState.CANCELLED) != 0 && internal == null;
        if (cancelled) {
            // Awaiting an aborted task throws Cancelled, whatever it did after the abort.
            result = null;
            error = error != null && error.isKind(ErrorKind.CANCELLED) ? error : null;
        }
        ArrayList<Waker> toWake;
        synchronized (this) {
            outcome = new TaskOutcome(result, error, internal, cancelled);
            toWake = waiters;
            waiters = null;
        }
        scheduler.finished(this);
        if (toWake != null) {
            for (Waker w : toWake) {
                w.wake();
            }
        }
    }

    /**
     * As a handle: the task's value, or its error thrown; PENDING (with the caller's waker
     * registered) while it runs.
     */
    @Override
    public Object poll(Context cx) {
        TaskOutcome o = outcome;
        if (o == null) {
            synchronized (this) {
                o = outcome;
                if (o == null) {
                    addWaiter(cx.waker());
                    return PENDING;
                }
            }
        }
        return o.take();
    }

    private void addWaiter(Waker w) {
        if (waiters == null) {
            waiters = new ArrayList<>(2);
        }
        for (Waker existing : waiters) {
            if (existing == w) {
                return;  // one waker per task, so identity finds the same waiter
            }
        }
        waiters.add(w);
    }

    /** Forgets the calling task's waiter. Never cancels the task itself. */
    @Override
    public void cancel() {
        Task caller = scheduler.currentTask();
        if (caller == null) {
            return;
        }
        synchronized (this) {
            if (waiters != null) {
                waiters.remove(caller.waker());
            }
        }
    }

    @Override
    public String describeWait() {
        return describe();
    }

    /**
     * The outcome of a finished task: its value, or its error thrown (marking it observed).
     *
     * @throws IllegalStateException if the task has not finished
     */
    public Object result() {
        TaskOutcome o = outcome;
        if (o == null) {
            throw new IllegalStateException(describe() + " has not finished");
        }
        return o.take();
    }
}
