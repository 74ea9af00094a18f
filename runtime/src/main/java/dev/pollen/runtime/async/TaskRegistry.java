package dev.pollen.runtime.async;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An executor's tasks: hands out ids (1, 2, ... in spawn order), keeps the live ones in id order for
 * shutdown, deadlock reports and {@code :tasks}, and remembers the ones that failed so that
 * unobserved failures can be reported at exit. Thread-safe.
 */
final class TaskRegistry {
    private final AtomicInteger lastId = new AtomicInteger();
    private final ConcurrentSkipListMap<Integer, Task> live = new ConcurrentSkipListMap<>();
    private final ConcurrentLinkedQueue<Task> failed = new ConcurrentLinkedQueue<>();

    int nextId() {
        return lastId.incrementAndGet();
    }

    void added(Task task) {
        live.put(task.id(), task);
    }

    void finished(Task task) {
        live.remove(task.id());
        if (task.hasFailed()) {
            failed.add(task);
        }
    }

    List<Task> liveInIdOrder() {
        return new ArrayList<>(live.values());
    }

    boolean hasLive() {
        return !live.isEmpty();
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
}
