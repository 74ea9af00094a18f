package dev.pollen.runtime.async;

import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.LockSupport;

/**
 * One thread of a {@link MultiThreadExecutor}. It takes work from, in turn: its pinned queue
 * (tasks homed here, with affinity), its own queue, the shared injection queue, and finally the
 * queues of other workers (stealing their oldest task). Pinned queues are never stolen from.
 *
 * <p>A worker polls only while a run is active; otherwise it parks until the next run starts.
 */
final class Worker extends Thread {
    /** How often the injection queue goes first, so cross-thread wakes are not starved. */
    private static final int INJECTION_EVERY = 31;
    /**
     * How many times a worker that runs out of work yields its core and looks again before it
     * parks, while another worker still runs and may hand it work. Tasks pinned to two workers that
     * exchange messages then mostly skip the park, unpark and context switch per message. Measured
     * on a loaded two-core machine, yielding beat spinning on {@code Thread.onSpinWait}: the waker
     * often needs the very core the spinner holds. Bounded, so an idle worker still parks soon.
     */
    private static final int YIELDS_BEFORE_PARK = 64;

    private final MultiThreadExecutor executor;
    private final WorkerPool pool;
    final int index;
    /** Tasks anyone may run: spawned or woken on this worker. */
    final WorkerQueue local = new WorkerQueue();
    /** Tasks homed on this worker (affinity); only this worker takes from it. */
    final ConcurrentLinkedQueue<Task> pinned = new ConcurrentLinkedQueue<>();
    /** True while parked or about to park; pushers unpark a worker they see parked. */
    volatile boolean parked;
    /** The task being polled by this thread; this thread only. */
    Task current;
    /** The worker the last {@link WorkerPool#stealFor} took from; this thread only. */
    int stolenFrom = -1;
    private int tick;

    Worker(MultiThreadExecutor executor, WorkerPool pool, int index) {
        super("pollen-worker-" + (index + 1));
        this.executor = executor;
        this.pool = pool;
        this.index = index;
        setDaemon(true);
    }

    @Override
    public void run() {
        while (!pool.isStopping()) {
            LoopRun run = executor.activeRun();
            if (run == null || run.isEnded()) {
                parkBetweenRuns();
            } else if (!pollWhileWork(run)) {
                idle(run);
            }
        }
    }

    private void parkBetweenRuns() {
        parked = true;
        LoopRun run = executor.activeRun();
        if ((run == null || run.isEnded()) && !pool.isStopping()) {
            LockSupport.park(this);
        }
        parked = false;
    }

    /**
     * Runs tasks one after another while there are some and the run goes on; false when no work
     * was found. The worker counts as polling for the whole stretch, not per task: entering and
     * leaving is an atomic update each, which cost as much as a short poll.
     */
    private boolean pollWhileWork(LoopRun run) {
        boolean realTime = !executor.clock().isVirtual();
        executor.enterPolling();
        try {
            while (executor.activeRun() == run && !run.isEnded()) {
                if (realTime) {
                    executor.fireDueTimers();
                }
                Task task = findWork();
                if (task == null) {
                    return false;
                }
                runOne(task, run);
            }
            return true;  // the run changed or ended under us: start over
        } finally {
            executor.exitPolling();
        }
    }

    private Task findWork() {
        tick++;
        Task task = null;
        if (tick % INJECTION_EVERY == 0) {
            task = pool.injection.poll();
        }
        if (task == null) {
            // Alternate pinned and local so neither can starve the other.
            if ((tick & 1) == 0) {
                task = pinned.poll();
                if (task == null) {
                    task = local.take();
                }
            } else {
                task = local.take();
                if (task == null) {
                    task = pinned.poll();
                }
            }
        }
        if (task == null) {
            task = pool.injection.poll();
        }
        if (task == null) {
            task = pool.stealFor(this);
            if (task != null) {
                TraceListener tracer = executor.tracer();
                if (tracer != null) {
                    tracer.onSteal(task, number(), stolenFrom + 1, executor.nowNanos());
                }
            }
        }
        return task;
    }

    private void runOne(Task task, LoopRun run) {
        if (pool.affinity() && task.homeWorker < 0) {
            task.homeWorker = index;
        }
        TraceListener tracer = executor.tracer();
        long start = 0;
        if (tracer != null) {
            start = executor.nowNanos();
            tracer.onPollStart(task, number(), start);
        }
        if (task.lastWorker != number()) {
            task.lastWorker = number();  // a volatile write is a fence: only when the task moved
        }
        boolean again;
        current = task;
        try {
            again = task.run();
        } catch (RuntimeException | Error e) {
            run.end(e);  // not a script error: the host sees it from its run method
            return;
        } finally {
            current = null;
            if (tracer != null) {
                tracer.onPoll(task, number(), start, executor.nowNanos(), task.isFinished());
            }
        }
        if (again) {
            pool.requeue(task, this);
        }
        if (task == run.target() && task.isFinished()) {
            run.end(null);
        }
    }

    WorkerPool pool() {
        return pool;
    }

    /** This worker's number in traces and in the REPL's {@code :tasks}: 1 to N. */
    int number() {
        return index + 1;
    }

    private void idle(LoopRun run) {
        if (yieldForWork(run)) {
            return;
        }
        long epoch = executor.wakeEpoch();
        long parkUntil = executor.decideIdle(run, this);
        if (parkUntil < 0) {
            return;  // something changed (time advanced, timers fired, run ended): look again
        }
        parked = true;
        try {
            if (!pool.hasWorkFor(this) && executor.wakeEpoch() == epoch && executor.activeRun() == run && !run.isEnded()) {
                if (parkUntil == Clock.NO_DEADLINE) {
                    LockSupport.park(this);
                } else {
                    long wait = parkUntil - executor.nowNanos();
                    if (wait > 0) {
                        LockSupport.parkNanos(this, wait);
                    }
                }
            }
        } finally {
            parked = false;
            executor.leaveIdle();
        }
    }

    /**
     * Yields up to {@link #YIELDS_BEFORE_PARK} times looking for work before the worker parks; true
     * when some arrived or the run changed. Only while another worker runs: a parked pool hands
     * out no work.
     */
    private boolean yieldForWork(LoopRun run) {
        if (!pool.anyRunningBesides(this)) {
            return false;
        }
        for (int i = 0; i < YIELDS_BEFORE_PARK; i++) {
            Thread.yield();
            if (pool.hasWorkFor(this) || executor.activeRun() != run || run.isEnded()) {
                return true;
            }
        }
        return false;
    }

    boolean hasQueuedWork() {
        return !local.isEmpty() || !pinned.isEmpty();
    }

    void unparkIfParked() {
        if (parked) {
            LockSupport.unpark(this);
        }
    }
}
