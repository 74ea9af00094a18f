package dev.pollen.runtime.async;

import java.lang.invoke.VarHandle;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * The threads and queues of a {@link MultiThreadExecutor}: starts and stops the {@link Worker}s,
 * routes a scheduled task to the right queue (its home worker's pinned queue with affinity, else the
 * current worker's own queue, else the shared injection queue), lets idle workers steal, and
 * unparks a parked worker when work arrives.
 *
 * <p>Lost-wakeup freedom: a pusher publishes the task and then reads the workers' {@code parked}
 * flags; a worker sets {@code parked} and then re-reads the queues before parking. The flag is
 * volatile and the shared queues publish with an atomic update; a worker's own queue publishes
 * with a release store only, so the push there is followed by a full fence before the flags are
 * read (and with one worker there is nobody to unpark, so neither happens). At least one side
 * sees the other.
 */
final class WorkerPool {
    private final MultiThreadExecutor executor;
    private final int size;
    private final boolean affinity;
    final ConcurrentLinkedQueue<Task> injection = new ConcurrentLinkedQueue<>();
    private volatile Worker[] workers;
    private volatile boolean stopping;
    private final AtomicInteger unparkCursor = new AtomicInteger();

    WorkerPool(MultiThreadExecutor executor, int size, boolean affinity) {
        this.executor = executor;
        this.size = size;
        this.affinity = affinity;
    }

    int size() {
        return size;
    }

    boolean affinity() {
        return affinity;
    }

    boolean isStopping() {
        return stopping;
    }

    /** Starts the workers if they are not running, and unparks them all (a run begins). */
    synchronized void startAndUnpark() {
        Worker[] ws = workers;
        if (ws == null) {
            stopping = false;
            ws = new Worker[size];
            for (int i = 0; i < size; i++) {
                ws[i] = new Worker(executor, this, i);
            }
            workers = ws;
            for (Worker w : ws) {
                w.start();
            }
        }
        for (Worker w : ws) {
            LockSupport.unpark(w);
        }
    }

    /**
     * Stops and joins the workers. Tasks still queued on them move to the injection queue; their
     * homes stay valid because the next start creates the same number of workers.
     */
    synchronized void stop() {
        Worker[] ws = workers;
        if (ws == null) {
            return;
        }
        stopping = true;
        boolean interrupted = false;
        for (Worker w : ws) {
            LockSupport.unpark(w);
        }
        for (Worker w : ws) {
            while (w.isAlive()) {
                try {
                    w.join();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        }
        workers = null;
        for (Worker w : ws) {
            injection.addAll(w.pinned);
            w.local.drainTo(injection);
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** Drops every queued entry (after shutdown, all of them are completed tasks). */
    void clearQueues() {
        injection.clear();
        Worker[] ws = workers;
        if (ws != null) {
            for (Worker w : ws) {
                w.local.clear();
                w.pinned.clear();
            }
        }
    }

    /** The calling thread's worker, or null when it is not one of ours. */
    Worker currentWorker() {
        Worker[] ws = workers;
        return Thread.currentThread() instanceof Worker w && ws != null && w.index < ws.length && ws[w.index] == w
                ? w : null;
    }

    /** Queues a task that has just become scheduled. */
    void schedule(Task task) {
        Worker self = currentWorker();
        Worker[] ws = workers;
        if (affinity && task.homeWorker >= 0 && ws != null) {
            Worker home = ws[task.homeWorker];
            home.pinned.add(task);
            if (home != self) {
                home.unparkIfParked();
            }
        } else if (self != null) {
            addLocal(task, self);
        } else {
            injection.add(task);
            unparkOne(null);
        }
    }

    /** A task woken during its poll goes back to its home (affinity) or the worker that ran it. */
    void requeue(Task task, Worker self) {
        if (affinity && task.homeWorker >= 0) {
            workers[task.homeWorker].pinned.add(task);
        } else {
            addLocal(task, self);
        }
    }

    /** Queues on the calling worker's own queue, where another worker may steal it. */
    private void addLocal(Task task, Worker self) {
        self.local.add(task);
        if (size > 1) {
            VarHandle.fullFence();  // the release store of the push must not pass the reads of parked
            unparkOne(self);
        }
    }

    /** Takes the oldest stealable task of another worker, or null. Pinned queues are never stolen. */
    Task stealFor(Worker thief) {
        Worker[] ws = workers;
        if (ws == null) {
            return null;  // stopping
        }
        for (int i = 1; i < ws.length; i++) {
            Worker victim = ws[(thief.index + i) % ws.length];
            Task task = victim.local.steal();
            if (task != null) {
                thief.stolenFrom = victim.index;
                return task;
            }
        }
        return null;
    }

    /**
     * Whether {@code worker} has anything it may run: its own queues, the injection queue, or a
     * stealable task of another worker. Other workers' pinned tasks (affinity) do not count: they
     * are not this worker's to run, and counting them kept idle workers from ever parking.
     */
    boolean hasWorkFor(Worker worker) {
        if (!injection.isEmpty() || worker.hasQueuedWork()) {
            return true;
        }
        Worker[] ws = workers;
        if (ws != null) {
            for (Worker w : ws) {
                if (!w.local.isEmpty()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether a worker other than {@code worker} is running (not parked), so it may hand out work. */
    boolean anyRunningBesides(Worker worker) {
        Worker[] ws = workers;
        if (ws != null) {
            for (Worker w : ws) {
                if (w != worker && !w.parked) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether any queue holds a task, pinned ones included. */
    boolean hasQueuedWork() {
        if (!injection.isEmpty()) {
            return true;
        }
        Worker[] ws = workers;
        if (ws != null) {
            for (Worker w : ws) {
                if (w.hasQueuedWork()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Unparks one parked worker other than {@code except}, so new work is picked up. */
    void unparkOne(Worker except) {
        Worker[] ws = workers;
        if (ws == null || !anyParkedBesides(ws, except)) {
            return;  // the usual case while all work: no shared counter is touched
        }
        int start = unparkCursor.getAndIncrement();
        for (int i = 0; i < ws.length; i++) {
            Worker w = ws[Math.floorMod(start + i, ws.length)];
            if (w != except && w.parked) {
                LockSupport.unpark(w);
                return;
            }
        }
    }

    private static boolean anyParkedBesides(Worker[] ws, Worker except) {
        for (Worker w : ws) {
            if (w != except && w.parked) {
                return true;
            }
        }
        return false;
    }
}
