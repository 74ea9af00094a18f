package dev.pollen.runtime.async;

import dev.pollen.runtime.value.SharedValues;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * {@code --executor=multi --threads=N [--affinity]}: N worker threads with work stealing (a queue
 * per worker plus a shared injection queue for wakes and spawns from other threads; see {@link
 * WorkerPool}). With affinity a task stays on the worker that first polled it. The task state word
 * guarantees a task is never polled by two threads at once. Scheduling order is not deterministic.
 *
 * <p>Workers poll only while a run method ({@link #blockOn}, {@link #runUntilFinished}, {@link
 * #runUntilIdle}, {@link #runFor}) is active; the calling thread waits meanwhile, and when the run
 * ends it waits until no worker is inside a poll. With a {@link VirtualClock}, time advances only
 * when every worker is idle and every queue is empty; that last idle worker also detects deadlocks.
 * {@link #shutdown()} runs the final cancellations on the calling thread (in id order, as the
 * single-threaded executor does) and stops the workers; a later run starts them again.
 */
public final class MultiThreadExecutor extends ExecutorBase implements AutoCloseable {
    private final WorkerPool pool;
    private final Scheduler scheduler = new PoolScheduler();

    private volatile LoopRun activeRun;
    /** Workers inside a poll step; a run returns only once this is zero. */
    private final AtomicInteger polling = new AtomicInteger();
    /** Bumped when a timer becomes the earliest or a source closes, so a parking worker re-checks. */
    private final AtomicLong wakeEpoch = new AtomicLong();
    /** Guards idle accounting, virtual time advances and the start and end of runs. */
    private final Object idleLock = new Object();
    private int idleWorkers;
    /** The thread running {@link #shutdown()}, which polls tasks itself. */
    private volatile Thread shutdownThread;
    private Task shutdownCurrent;

    public MultiThreadExecutor(Clock clock, int threads, boolean affinity) {
        super(clock);
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        this.pool = new WorkerPool(this, threads, affinity);
        SharedValues.enable();  // before any worker exists: tasks will share values across threads
    }

    // ---- run methods (the host's side)

    @Override
    Scheduler scheduler() {
        return scheduler;
    }

    @Override
    public Object blockOn(Future root, String name) {
        requireHostThread();
        return runUntilFinished(spawn(root, name));
    }

    @Override
    public Object runUntilFinished(Task task) {
        requireOwn(task);
        if (!task.isFinished()) {
            drive(new LoopRun(task, Clock.NO_DEADLINE, true));
        }
        return task.result();
    }

    @Override
    public void runUntilIdle() {
        drive(new LoopRun(null, Clock.NO_DEADLINE, false));
    }

    @Override
    public void runFor(long durationNanos) {
        drive(new LoopRun(null, Millis.deadline(clock.nowNanos(), Math.max(0, durationNanos)), true));
    }

    private void drive(LoopRun run) {
        requireHostThread();
        synchronized (idleLock) {
            if (activeRun != null) {
                throw new IllegalStateException("the executor is already running");
            }
            activeRun = run;
        }
        pool.startAndUnpark();
        boolean interrupted = false;
        while (!run.isEnded()) {
            LockSupport.park(this);
            interrupted |= Thread.interrupted();  // else park would return at once: a busy loop
        }
        synchronized (idleLock) {
            activeRun = null;
        }
        while (polling.get() != 0) {
            LockSupport.parkNanos(this, 50_000);  // a worker finishing its last poll
            interrupted |= Thread.interrupted();
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        Throwable failure = run.failure();
        if (failure instanceof RuntimeException r) {
            throw r;
        }
        if (failure instanceof Error e) {
            throw e;
        }
    }

    private void requireHostThread() {
        if (pool.currentWorker() != null || shutdownThread == Thread.currentThread()) {
            throw new IllegalStateException("the executor's loop cannot be re-entered from inside a poll");
        }
    }

    @Override
    public void shutdown() {
        requireHostThread();
        if (activeRun != null) {
            throw new IllegalStateException("the executor is already running");
        }
        shutdownThread = Thread.currentThread();
        try {
            cancelLiveTasks(this::runDuringShutdown);
            pool.clearQueues();
        } finally {
            shutdownThread = null;
        }
        pool.stop();
    }

    private void runDuringShutdown(Task task) {
        TraceListener t = tracer;
        long start = t != null ? clock.nowNanos() : 0;
        shutdownCurrent = task;
        try {
            task.run();  // an aborted task's run always completes it
        } finally {
            shutdownCurrent = null;
        }
        if (t != null) {
            t.onPoll(task, start, clock.nowNanos(), task.isFinished());
        }
    }

    /**
     * Stops the worker threads (they restart on the next run). Live tasks stay as they are.
     *
     * @throws IllegalStateException while a run method is active (abort its task instead)
     */
    @Override
    public void close() {
        if (activeRun != null) {
            throw new IllegalStateException("cannot stop the workers while the executor is running");
        }
        pool.stop();
    }

    // ---- the workers' side

    LoopRun activeRun() {
        return activeRun;
    }

    TraceListener tracer() {
        return tracer;
    }

    long wakeEpoch() {
        return wakeEpoch.get();
    }

    void enterPolling() {
        polling.incrementAndGet();
    }

    void exitPolling() {
        polling.decrementAndGet();
    }

    /** Fires the due timers; with none armed it does not even read the clock. */
    void fireDueTimers() {
        if (timers.nextDeadline() != Clock.NO_DEADLINE) {
            timers.fireDue(clock.nowNanos(), tracer);
        }
    }

    /**
     * Called by a worker that found no work. Decides, under the idle lock, what happens next: fires
     * due timers or advances virtual time (returns -1: look for work again), ends the run (idle,
     * deadline reached, or deadlock; returns -1), or returns how long to park (a deadline, or {@link
     * Clock#NO_DEADLINE}). When it returns a park deadline the worker counts as idle until it calls
     * {@link #leaveIdle()}.
     */
    long decideIdle(LoopRun run, Worker worker) {
        int sources = openSources.get();  // before the queue check; see SingleThreadExecutor
        synchronized (idleLock) {
            if (activeRun != run || run.isEnded() || pool.hasWorkFor(worker)) {
                return -1;
            }
            long now = clock.nowNanos();
            long next = timers.nextDeadline();
            if (next <= now) {
                timers.fireDue(now, tracer);
                return -1;
            }
            // Others still run, or one is waking up for a task pinned to it (the pusher unparked
            // it): the last one to go idle decides. Looping here instead would burn this core
            // and contend for this lock until that worker got going.
            if (idleWorkers + 1 < pool.size() || pool.hasQueuedWork()) {
                idleWorkers++;
                return clock.isVirtual() ? Clock.NO_DEADLINE : next;
            }
            Task target = run.target();
            if (target != null && target.isFinished()) {
                run.end(null);
                return -1;
            }
            if (!run.mayWait() || (run.until() != Clock.NO_DEADLINE && now >= run.until())) {
                run.end(null);
                return -1;
            }
            long wakeAt = Math.min(next, run.until());
            if (wakeAt == Clock.NO_DEADLINE && sources == 0) {
                run.end(target == null ? null : DeadlockException.of(target, registry.liveInIdOrder()));
                return -1;
            }
            if (clock instanceof VirtualClock virtual && wakeAt != Clock.NO_DEADLINE) {
                virtual.advanceTo(wakeAt);
                timers.fireDue(wakeAt, tracer);
                return -1;
            }
            idleWorkers++;
            return wakeAt;
        }
    }

    void leaveIdle() {
        synchronized (idleLock) {
            idleWorkers--;
        }
    }

    @Override
    void onTimersOrSourcesChanged() {
        wakeEpoch.incrementAndGet();
        pool.unparkOne(pool.currentWorker());
    }

    // ---- the rest of Executor

    @Override
    public Task currentTask() {
        Worker w = pool.currentWorker();
        if (w != null) {
            return w.current;
        }
        return shutdownThread == Thread.currentThread() ? shutdownCurrent : null;
    }

    public int threads() {
        return pool.size();
    }

    @Override
    public String toString() {
        return "multi-threaded executor (" + pool.size() + " threads" + (pool.affinity() ? ", affinity" : "")
                + ", " + clock + ")";
    }

    /** The executor as its tasks see it. */
    private final class PoolScheduler extends BaseScheduler {
        @Override
        public void schedule(Task task) {
            pool.schedule(task);
        }

        @Override
        public boolean onOwnThread() {
            return pool.currentWorker() != null || shutdownThread == Thread.currentThread();
        }
    }
}
