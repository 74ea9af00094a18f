package dev.pollen.runtime.async;

import java.util.List;

/**
 * Thrown by {@link Executor#blockOn} when its task waits and nothing can ever wake it: no task is
 * queued, no timer is armed and no {@link LiveSource} is open. Not a script error: the runner
 * reports it as {@code error: deadlock: MESSAGE} and exits 1.
 *
 * <p>The message names each waiting task and what it awaits, the blocked-on task first, e.g.
 * {@code main task (main) waits on recv at app.pln:4; task 2 (worker) waits on sleep}. The tasks
 * stay live: abort them, or call {@link Executor#shutdown()}.
 */
public final class DeadlockException extends RuntimeException {
    private final transient List<Task> waiting;

    private DeadlockException(String message, List<Task> waiting) {
        super(message, null, false, false);
        this.waiting = waiting;
    }

    /** Builds the report for {@code target} and every other live task, in id order. */
    static DeadlockException of(Task target, List<Task> live) {
        StringBuilder message = new StringBuilder();
        message.append("main task (").append(target.name()).append(") waits on ").append(waitOf(target));
        for (Task task : live) {
            if (task != target) {
                message.append("; ").append(task.describe()).append(" waits on ").append(waitOf(task));
            }
        }
        return new DeadlockException(message.toString(), List.copyOf(live));
    }

    private static String waitOf(Task task) {
        return task.waitingOn();
    }

    /** The live tasks at the time of the deadlock, in id order. */
    public List<Task> waitingTasks() {
        return waiting;
    }
}
