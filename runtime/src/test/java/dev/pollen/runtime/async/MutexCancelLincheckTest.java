package dev.pollen.runtime.async;

import dev.pollen.runtime.lincheck.ModelChecks;
import java.util.concurrent.atomic.AtomicInteger;
import org.jetbrains.kotlinx.lincheck.annotations.Operation;
import org.jetbrains.kotlinx.lincheck.annotations.Validate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A mutex's lock racing with cancellation: three tasks lock, unlock and cancel their pending
 * {@code lock()} on two threads, so a waiter is often cancelled while the lock is being handed to
 * it. Each task's operations stay on one thread (a task is never polled by two threads, and its
 * cancellation runs on the thread that runs it); the hand-over and the other tasks' operations
 * race with them. Checked: never two holders at once, and the lock is never lost: once every woken
 * task has run and every holder has unlocked, no task still waits and a new {@code lock()} gets the
 * lock at once.
 */
public class MutexCancelLincheckTest {
    private final Mutex mutex = new Mutex(0L);
    private final AtomicInteger holders = new AtomicInteger();
    private volatile String violation;
    private final Locker a = new Locker("a");
    private final Locker b = new Locker("b");
    private final Locker c = new Locker("c");

    /** One task that locks the mutex: its root future polls its current {@code lock()}. */
    private final class Locker {
        private Future lock;
        private Mutex.Guard guard;
        private final Task task;

        Locker(String name) {
            task = new Task(1, name, cx -> {
                if (lock != null) {
                    Object r = lock.poll(cx);
                    if (r != Future.PENDING) {
                        lock = null;
                        guard = (Mutex.Guard) r;
                        if (holders.incrementAndGet() > 1) {
                            violation = "two holders at once";
                        }
                    }
                }
                return Future.PENDING;
            }, new PrimitivesLincheck.IdleScheduler());
        }

        /** Starts a {@code lock()} unless one is under way or the lock is held, and polls it. */
        void lock() {
            if (lock == null && guard == null) {
                lock = mutex.lock();
            }
            task.run();
        }

        /** Polls the pending {@code lock()} again, as a wake would have the executor do. */
        void runIfWoken() {
            if (task.isScheduledForTest()) {
                task.run();
            }
        }

        void unlock() {
            if (guard != null) {
                holders.decrementAndGet();
                guard.unlock();
                guard = null;
            }
        }

        /** Drops the pending {@code lock()}, as an aborted task's run does. */
        void cancel() {
            if (lock != null) {
                lock.cancel();
                lock = null;
            }
        }

        boolean waits() {
            return lock != null;
        }

        boolean holds() {
            return guard != null;
        }
    }

    @Operation(nonParallelGroup = "a")
    public void lockA() {
        a.lock();
    }

    @Operation(nonParallelGroup = "a")
    public void unlockA() {
        a.unlock();
    }

    @Operation(nonParallelGroup = "a")
    public void cancelA() {
        a.cancel();
    }

    @Operation(nonParallelGroup = "b")
    public void lockB() {
        b.lock();
    }

    @Operation(nonParallelGroup = "b")
    public void unlockB() {
        b.unlock();
    }

    @Operation(nonParallelGroup = "b")
    public void cancelB() {
        b.cancel();
    }

    @Operation(nonParallelGroup = "c")
    public void lockC() {
        c.lock();
    }

    @Operation(nonParallelGroup = "c")
    public void cancelC() {
        c.cancel();
    }

    @Operation(nonParallelGroup = "c")
    public void unlockC() {
        c.unlock();
    }

    /**
     * Runs the scenario out: woken tasks run, a holder unlocks, until nothing moves. Then no task
     * may still wait (a waiter left behind by a free lock lost it) and a fresh lock must succeed
     * (a permit kept by a cancelled waiter would make it wait forever).
     */
    @Validate
    public void theLockIsNeitherDoubledNorLost() {
        Locker[] lockers = {a, b, c};
        for (int round = 0; round < 2 * lockers.length + 2; round++) {
            for (Locker l : lockers) {
                l.runIfWoken();
            }
            check();
            for (Locker l : lockers) {
                l.unlock();
            }
        }
        for (Locker l : lockers) {
            if (l.waits() || l.holds()) {
                throw new IllegalStateException("task " + l.task.name() + " still waits with the lock free");
            }
        }
        Object fresh = mutex.lock().poll(PrimitivesLincheck.context());
        if (fresh == Future.PENDING) {
            throw new IllegalStateException("the lock was lost: nobody holds it and a new lock() waits");
        }
    }

    private void check() {
        if (violation != null) {
            throw new IllegalStateException(violation);
        }
    }

    @Test
    @Timeout(300)
    void neverTwoHolders_andACancelledWaiterPassesTheLockOn() {
        ModelChecks.run(MutexCancelLincheckTest.class, 30, 30);
    }
}
