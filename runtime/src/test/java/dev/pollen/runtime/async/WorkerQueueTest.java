package dev.pollen.runtime.async;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A worker's queue of stealable tasks: FIFO through growth, every task taken once, none kept. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class WorkerQueueTest {
    private final WorkerQueue queue = new WorkerQueue();

    private static Task task(int id) {
        return new Task(id, null, new PendingFuture(), new PrimitivesLincheck.IdleScheduler());
    }

    @Test
    void tasksComeOutOldestFirst_acrossManyGrowths_andWraps() {
        int next = 0;
        int expected = 0;
        for (int round = 0; round < 50; round++) {
            for (int i = 0; i < 300; i++) {
                queue.add(task(next++));
            }
            for (int i = 0; i < 250; i++) {
                Task t = (i % 2 == 0) ? queue.take() : queue.steal();
                assertThat(t.id()).isEqualTo(expected++);
            }
        }
        Task t;
        while ((t = queue.take()) != null) {
            assertThat(t.id()).isEqualTo(expected++);
        }
        assertThat(expected).isEqualTo(next);
        assertThat(queue.isEmpty()).isTrue();
    }

    @Test
    void aTakenTask_isNotKeptByTheQueue() throws InterruptedException {
        WeakReference<Task> taken = addAndTake();
        for (int i = 0; i < 20 && taken.get() != null; i++) {
            System.gc();
            Thread.sleep(10);
        }
        assertThat(taken.get()).as("the queue still holds a taken task").isNull();
    }

    private WeakReference<Task> addAndTake() {
        queue.add(task(1));
        queue.add(task(2));
        WeakReference<Task> first = new WeakReference<>(queue.steal());
        queue.take();
        return first;
    }

    @Test
    void drainTo_movesTheTasksOldestFirst() {
        for (int i = 0; i < 100; i++) {
            queue.add(task(i));
        }
        queue.take();
        ConcurrentLinkedQueue<Task> to = new ConcurrentLinkedQueue<>();
        queue.drainTo(to);
        assertThat(to).extracting(Task::id).startsWith(1, 2, 3).endsWith(99).hasSize(99);
        assertThat(queue.isEmpty()).isTrue();
    }

    /** The owner adds and takes while two thieves steal: every task is taken exactly once. */
    @Test
    void ownerAndThieves_takeEveryTaskExactlyOnce() throws InterruptedException {
        int count = 200_000;
        List<Task> tasks = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            tasks.add(task(i));
        }
        AtomicBoolean done = new AtomicBoolean();
        List<List<Integer>> stolen = List.of(new ArrayList<>(), new ArrayList<>());
        List<Thread> thieves = new ArrayList<>();
        for (List<Integer> mine : stolen) {
            Thread thief = new Thread(() -> {
                while (!done.get() || !queue.isEmpty()) {
                    Task t = queue.steal();
                    if (t != null) {
                        mine.add(t.id());
                    }
                }
            });
            thief.start();
            thieves.add(thief);
        }
        List<Integer> takenByOwner = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            queue.add(tasks.get(i));
            if (i % 3 == 0) {
                Task t = queue.take();
                if (t != null) {
                    takenByOwner.add(t.id());
                }
            }
        }
        done.set(true);
        for (Thread thief : thieves) {
            thief.join();
        }
        Set<Integer> all = new HashSet<>(takenByOwner);
        int total = takenByOwner.size();
        for (List<Integer> mine : stolen) {
            assertThat(mine).isSorted();  // each taker sees the queue's order
            all.addAll(mine);
            total += mine.size();
        }
        assertThat(total).as("tasks taken, duplicates counted").isEqualTo(count);
        assertThat(all).hasSize(count);
    }
}
