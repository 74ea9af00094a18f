package dev.pollen.runtime.async;

import dev.pollen.runtime.lincheck.ModelChecks;
import java.util.concurrent.atomic.AtomicInteger;
import org.jetbrains.kotlinx.lincheck.annotations.Operation;
import org.jetbrains.kotlinx.lincheck.annotations.Validate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The task state word: a wake racing with a poll is never lost and never doubles a queue entry.
 * The queue is a counter of entries; a worker runs the task only when it takes an entry.
 */
public class TaskStateLincheckTest {
    private final AtomicInteger queued = new AtomicInteger();
    private final AtomicInteger polls = new AtomicInteger();
    private final Task task = new Task(1, "t", cx -> {
        polls.incrementAndGet();
        return Future.PENDING;
    }, new PrimitivesLincheck.IdleScheduler() {
        @Override
        public void schedule(Task t) {
            queued.incrementAndGet();
        }
    });

    @Operation
    public void wake() {
        task.wake();
    }

    /**
     * Takes one queue entry, if any, and polls the task; a wake during the poll puts it back once
     * the poll ends. (No result: a wake during a poll is owed, not queued, until the poll ends, so
     * whether an entry was there is not a linearizable question; {@link #oneEntryPerOwedRun} checks
     * the entries instead.)
     */
    @Operation
    public void runIfQueued() {
        if (takeEntry() && task.run()) {
            queued.incrementAndGet();
        }
    }

    private boolean takeEntry() {
        int q;
        do {
            q = queued.get();
            if (q == 0) {
                return false;
            }
        } while (!queued.compareAndSet(q, q - 1));
        return true;
    }

    /**
     * Checked whenever no operation runs: the task is owed a run exactly when it has exactly one
     * queue entry (a lost wake would leave SCHEDULED without an entry, a doubled one two entries).
     */
    @Validate
    public void oneEntryPerOwedRun() {
        int entries = queued.get();
        boolean owed = !task.isFinished() && task.isScheduledForTest();
        if (entries != (owed ? 1 : 0)) {
            throw new IllegalStateException(entries + " queue entries for a task " + (owed ? "owed" : "not owed") + " a run");
        }
    }

    @Test
    @Timeout(300)
    void isLinearizable() {
        ModelChecks.run(TaskStateLincheckTest.class);
    }
}
