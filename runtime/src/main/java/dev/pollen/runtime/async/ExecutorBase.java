package dev.pollen.runtime.async;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * What the single- and multi-threaded executors share: the clock, the timers, the task registry,
 * the count of open live sources and the trace listener, and the operations on them that do not
 * depend on how tasks are queued and polled (spawning, main-exit cancellation, the accessors).
 * A subclass supplies the {@link Scheduler} its tasks see and says how a waiting loop is told
 * that timers or sources changed.
 */
abstract class ExecutorBase implements Executor {
    final Clock clock;
    final TimerQueue timers;
    final TaskRegistry registry = new TaskRegistry();
    final AtomicInteger openSources = new AtomicInteger();
    volatile TraceListener tracer;

    ExecutorBase(Clock clock) {
        this.clock = Objects.requireNonNull(clock);
        this.timers = new TimerQueue(() -> onTimersOrSourcesChanged());
    }

    /** The executor as its tasks see it. */
    abstract Scheduler scheduler();

    /** A timer became the earliest, or a live source closed: a waiting loop must look again. */
    abstract void onTimersOrSourcesChanged();

    @Override
    public Task spawn(Future root, String nameOrNull) {
        Objects.requireNonNull(root, "root");
        Task task = new Task(registry.nextId(), nameOrNull, root, scheduler());
        registry.added(task);
        TraceListener t = tracer;
        if (t != null) {
            t.onSpawn(task, clock.nowNanos());
        }
        task.scheduleFirst();
        return task;
    }

    /** Refuses a task spawned by another executor. */
    void requireOwn(Task task) {
        if (task.executor() != this) {
            throw new IllegalArgumentException(task.describe() + " belongs to another executor");
        }
    }

    /**
     * Main-exit cancellation (LANGUAGE.md §6.3): aborts every live task in id order, then runs each
     * once more in id order ({@code runOnce} completes an aborted task, running its finally
     * blocks), until no task is left (a finally block may spawn).
     */
    void cancelLiveTasks(Consumer<Task> runOnce) {
        List<Task> live;
        while (!(live = registry.liveInIdOrder()).isEmpty()) {
            for (Task task : live) {
                task.abort();
            }
            for (int i = 0; i < live.size(); i++) {
                runOnce.accept(live.get(i));  // completes it: an aborted task's run always finishes it
                live.set(i, null);            // and lets it go, so a million of them are never all kept
            }
        }
    }

    @Override
    public List<Task> unobservedFailures() {
        return registry.unobservedFailures();
    }

    @Override
    public List<Task> liveTasks() {
        return registry.liveInIdOrder();
    }

    @Override
    public Clock clock() {
        return clock;
    }

    @Override
    public Timer newTimer(long deadlineNanos, String label) {
        return timers.create(deadlineNanos, label);
    }

    @Override
    public LiveSource registerSource(String name) {
        openSources.incrementAndGet();
        return new LiveSource(name, scheduler());
    }

    @Override
    public void setTraceListener(TraceListener listenerOrNull) {
        tracer = listenerOrNull;
    }

    /** The scheduler methods that are the same for both executors. */
    abstract class BaseScheduler implements Scheduler {
        @Override
        public Executor executor() {
            return ExecutorBase.this;
        }

        @Override
        public void finished(Task task) {
            registry.finished(task);
        }

        @Override
        public Task currentTask() {
            return ExecutorBase.this.currentTask();
        }

        @Override
        public TraceListener tracer() {
            return tracer;
        }

        @Override
        public long nowNanos() {
            return clock.nowNanos();
        }

        @Override
        public void sourceClosed() {
            openSources.decrementAndGet();
            onTimersOrSourcesChanged();
        }
    }
}
