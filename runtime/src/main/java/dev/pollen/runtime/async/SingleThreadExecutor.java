package dev.pollen.runtime.async;

import java.util.concurrent.locks.LockSupport;

/**
 * The default executor: one FIFO ready queue, polled on the thread that calls a run method.
 *
 * <p>The loop repeats three steps: fire the due timers, drain the ready queue, wait for the next
 * deadline. With a {@link VirtualClock} every timer due at one instant fires (queueing its task)
 * before any task runs, and waiting is a jump in time. With a {@link RealClock} due timers also
 * fire between polls, so a task that keeps yielding cannot starve them, and waiting parks the
 * thread until the deadline or a cross-thread wake. Wakes from other threads go to a thread-safe
 * inbox and unpark the loop.
 *
 * <p>Invariants: only the loop thread polls tasks and touches the local queue; at most one run
 * method is active at a time.
 */
public final class SingleThreadExecutor extends ExecutorBase {
    private final ReadyQueue ready = new ReadyQueue();
    private final Scheduler scheduler = new LoopScheduler();
    /** The thread inside a run method, or null between runs. */
    private volatile Thread loopThread;
    /** The task being polled; loop thread only. */
    private Task current;
    /** The loop thread was interrupted while waiting; restored when the run method returns. */
    private boolean interrupted;

    public SingleThreadExecutor(Clock clock) {
        super(clock);
    }

    /** An executor on a fresh {@link VirtualClock}. */
    public static SingleThreadExecutor withVirtualClock() {
        return new SingleThreadExecutor(new VirtualClock());
    }

    /** An executor on a fresh {@link RealClock}. */
    public static SingleThreadExecutor withRealClock() {
        return new SingleThreadExecutor(new RealClock());
    }

    @Override
    Scheduler scheduler() {
        return scheduler;
    }

    @Override
    public Object blockOn(Future root, String name) {
        requireNotRunning();  // before spawning, so a refused call leaves no task behind
        return runUntilFinished(spawn(root, name));
    }

    @Override
    public Object runUntilFinished(Task task) {
        requireOwn(task);
        enterLoop();
        try {
            loop(task, Clock.NO_DEADLINE, true);
        } finally {
            exitLoop();
        }
        return task.result();
    }

    @Override
    public void runUntilIdle() {
        enterLoop();
        try {
            loop(null, Clock.NO_DEADLINE, false);
        } finally {
            exitLoop();
        }
    }

    @Override
    public void runFor(long durationNanos) {
        enterLoop();
        try {
            loop(null, Millis.deadline(clock.nowNanos(), Math.max(0, durationNanos)), true);
        } finally {
            exitLoop();
        }
    }

    private void loop(Task target, long until, boolean mayWait) {
        do {
            fireDueTimers();
            if (drainReadyQueue(target)) {
                return;
            }
        } while (waitForNextDeadline(target, until, mayWait));
    }

    /** Step 1: fires every timer due now, in (deadline, creation) order, before any task runs. */
    private void fireDueTimers() {
        timers.fireDue(clock.nowNanos(), tracer);
    }

    /** Step 2: polls tasks front to back; true once the target has finished. */
    private boolean drainReadyQueue(Task target) {
        boolean realTime = !clock.isVirtual();
        while (true) {
            if (target != null && target.isFinished()) {
                return true;
            }
            if (realTime && timers.nextDeadline() != Clock.NO_DEADLINE) {
                fireDueTimers();  // no timer armed: skip reading the clock between polls
            }
            Task task = ready.pop();
            if (task == null) {
                return false;
            }
            runOne(task);
        }
    }

    private void runOne(Task task) {
        TraceListener t = tracer;
        long start = t != null ? clock.nowNanos() : 0;
        boolean again;
        current = task;
        try {
            again = task.run();
        } finally {
            current = null;
        }
        if (t != null) {
            t.onPoll(task, start, clock.nowNanos(), task.isFinished());
        }
        if (again) {
            ready.push(task);
        }
    }

    /** Step 3: lets time pass until something may be ready; false when the loop should stop. */
    private boolean waitForNextDeadline(Task target, long until, boolean mayWait) {
        // Read the sources first: a source delivers its last wake before it closes, so if we see
        // zero open sources, the inbox check below sees that wake.
        int sources = openSources.get();
        if (!ready.isEmpty()) {
            return true;
        }
        long next = timers.nextDeadline();
        long now = clock.nowNanos();
        if (!mayWait) {
            return next <= now;
        }
        if (until != Clock.NO_DEADLINE && now >= until) {
            return false;
        }
        long wakeAt = Math.min(next, until);
        if (wakeAt == Clock.NO_DEADLINE && sources == 0) {
            if (target == null) {
                return false;
            }
            throw DeadlockException.of(target, registry.liveInIdOrder());
        }
        if (target != null && until == Clock.NO_DEADLINE && sources == 0 && clock.isVirtual()
                && !timers.mayWakeATask()) {
            // Only sources nobody listens to are left (a sensor without a pending read): their
            // timers would fire forever without waking a task. On the real clock a sensor is a
            // live source whose hardware thread decides, so this applies to the virtual clock.
            throw DeadlockException.of(target, registry.liveInIdOrder());
        }
        // An interrupt status would make every park return at once (a busy loop): hold it until
        // the run method returns.
        interrupted |= Thread.interrupted();
        clock.awaitDeadline(wakeAt);
        return true;
    }

    @Override
    public void shutdown() {
        enterLoop();
        try {
            cancelLiveTasks(this::runOne);
            ready.clear();
        } finally {
            exitLoop();
        }
    }

    private synchronized void enterLoop() {
        requireNotRunning();
        loopThread = Thread.currentThread();
    }

    private void requireNotRunning() {
        Thread running = loopThread;
        if (running != null) {
            throw new IllegalStateException(running == Thread.currentThread()
                    ? "the executor's loop cannot be re-entered from inside a poll"
                    : "the executor is already running on " + running.getName());
        }
    }

    private void exitLoop() {
        loopThread = null;
        if (interrupted) {
            interrupted = false;
            Thread.currentThread().interrupt();
        }
    }

    @Override
    void onTimersOrSourcesChanged() {
        unparkLoopFromOtherThread();
    }

    private void unparkLoopFromOtherThread() {
        Thread loop = loopThread;
        if (loop != null && loop != Thread.currentThread()) {
            LockSupport.unpark(loop);
        }
    }

    @Override
    public Task currentTask() {
        return loopThread == Thread.currentThread() ? current : null;
    }

    @Override
    public String toString() {
        return "single-threaded executor (" + clock + ")";
    }

    /** The executor as its tasks see it: wakes from other threads go to the inbox. */
    private final class LoopScheduler extends BaseScheduler {
        @Override
        public void schedule(Task task) {
            if (loopThread == Thread.currentThread()) {
                ready.push(task);
            } else {
                ready.pushFromOtherThread(task);
                unparkLoopFromOtherThread();
            }
        }

        @Override
        public boolean onOwnThread() {
            return loopThread == Thread.currentThread();
        }
    }
}
