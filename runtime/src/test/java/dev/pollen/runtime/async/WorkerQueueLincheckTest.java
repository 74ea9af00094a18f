package dev.pollen.runtime.async;

import dev.pollen.runtime.lincheck.ModelChecks;
import org.jetbrains.kotlinx.lincheck.annotations.Operation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A worker's queue is a linearizable FIFO: the owner adds and takes on its thread while a thief
 * steals on another, and no task is lost, taken twice or taken out of order; also while the ring
 * grows under the steals.
 */
public class WorkerQueueLincheckTest {
    /** The operations, on a queue that starts with {@code prefilled} tasks. */
    public static class Subject {
        private final WorkerQueue queue = new WorkerQueue();
        private int added;

        Subject(int prefilled) {
            while (added < prefilled) {
                add();
            }
        }

        @Operation(nonParallelGroup = "owner")
        public void add() {
            queue.add(new Task(added++, null, new PendingFuture(), new PrimitivesLincheck.IdleScheduler()));
        }

        @Operation(nonParallelGroup = "owner")
        public Integer take() {
            return id(queue.take());
        }

        @Operation
        public Integer steal() {
            return id(queue.steal());
        }

        @Operation
        public boolean isEmpty() {
            return queue.isEmpty();
        }

        private static Integer id(Task task) {
            return task == null ? null : task.id();
        }
    }

    public static class Empty extends Subject {
        public Empty() {
            super(0);
        }
    }

    /** One slot short of a full first ring: two adds grow it. */
    public static class NearlyFull extends Subject {
        public NearlyFull() {
            super(63);
        }
    }

    @Test
    @Timeout(300)
    void isLinearizable() {
        ModelChecks.run(Empty.class);
    }

    @Test
    @Timeout(300)
    void isLinearizable_whileTheRingGrows() {
        ModelChecks.run(NearlyFull.class);
    }
}
