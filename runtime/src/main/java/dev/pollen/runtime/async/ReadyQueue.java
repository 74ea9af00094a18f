package dev.pollen.runtime.async;

import java.util.ArrayDeque;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The single-threaded executor's FIFO of tasks to poll: a plain deque that only the loop thread
 * touches, and a thread-safe inbox for tasks woken (or spawned) from any other thread. The inbox is
 * moved to the back of the deque before each take, so cross-thread wakes cannot be starved.
 */
final class ReadyQueue {
    private final ArrayDeque<Task> local = new ArrayDeque<>();
    private final ConcurrentLinkedQueue<Task> inbox = new ConcurrentLinkedQueue<>();

    /** Loop thread only. */
    void push(Task task) {
        local.addLast(task);
    }

    /** Any thread. */
    void pushFromOtherThread(Task task) {
        inbox.add(task);
    }

    /** Loop thread only: the front task, or null when both the deque and the inbox are empty. */
    Task pop() {
        if (!inbox.isEmpty()) {
            Task task;
            while ((task = inbox.poll()) != null) {
                local.addLast(task);
            }
        }
        return local.pollFirst();
    }

    /** Loop thread only. */
    boolean isEmpty() {
        return local.isEmpty() && inbox.isEmpty();
    }

    /** Loop thread only: drops stale entries (tasks completed by shutdown). */
    void clear() {
        local.clear();
        inbox.clear();
    }
}
