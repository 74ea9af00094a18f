package dev.pollen.runtime.async;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An executor's tasks: hands out ids (1, 2, ... in spawn order), keeps the live ones in id order for
 * shutdown, deadlock reports and {@code :tasks}, and remembers the ones that failed so that
 * unobserved failures can be reported at exit. Thread-safe.
 *
 * <p>Live tasks sit in an array in spawn order (which is id order, since ids are handed out under
 * the same lock as the append); finished ones are dropped lazily, when they make up half of the
 * array. That keeps the per-task cost to one array slot — a million pending tasks are common.
 */
final class TaskRegistry {
    private final AtomicInteger lastId = new AtomicInteger();
    private final ConcurrentLinkedQueue<Task> failed = new ConcurrentLinkedQueue<>();
    private Task[] tasks = new Task[16];
    private int size;
    private int finished;

    int nextId() {
        return lastId.incrementAndGet();
    }

    synchronized void added(Task task) {
        if (size > 0 && tasks[size - 1].id() > task.id()) {
            insertInOrder(task);  // spawned concurrently from another thread: keep id order
            return;
        }
        if (size == tasks.length) {
            grow();
        }
        tasks[size++] = task;
    }

    void finished(Task task) {
        if (task.hasFailed()) {
            failed.add(task);
        }
        synchronized (this) {
            if (++finished * 2 > size && size > 64) {
                compact();
            }
        }
    }

    synchronized List<Task> liveInIdOrder() {
        // `finished` is only a hint: a task's report can arrive after a compaction already dropped
        // it (workers mark a task finished before they report it), so it may exceed what is left.
        List<Task> live = new ArrayList<>(Math.max(0, size - finished));
        for (int i = 0; i < size; i++) {
            if (!tasks[i].isFinished()) {
                live.add(tasks[i]);
            }
        }
        return live;
    }

    List<Task> unobservedFailures() {
        List<Task> result = new ArrayList<>();
        for (Task task : failed) {
            if (!task.isFailureObserved()) {
                result.add(task);
            }
        }
        result.sort(Comparator.comparingInt(Task::id));
        return result;
    }

    private void grow() {
        Task[] bigger = new Task[tasks.length * 2];
        System.arraycopy(tasks, 0, bigger, 0, size);
        tasks = bigger;
    }

    private void insertInOrder(Task task) {
        if (size == tasks.length) {
            grow();
        }
        int i = size;
        while (i > 0 && tasks[i - 1].id() > task.id()) {
            tasks[i] = tasks[i - 1];
            i--;
        }
        tasks[i] = task;
        size++;
    }

    /** Drops finished tasks, keeping the rest in order. */
    private void compact() {
        int kept = 0;
        for (int i = 0; i < size; i++) {
            if (!tasks[i].isFinished()) {
                tasks[kept++] = tasks[i];
            }
        }
        for (int i = kept; i < size; i++) {
            tasks[i] = null;
        }
        size = kept;
        finished = 0;
    }
}
