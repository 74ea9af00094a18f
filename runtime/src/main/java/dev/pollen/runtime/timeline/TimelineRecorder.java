package dev.pollen.runtime.timeline;

import dev.pollen.runtime.async.Task;
import dev.pollen.runtime.async.Timer;
import dev.pollen.runtime.async.TraceListener;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Keeps an executor's trace events in memory for a timeline, and links each wake to the poll it
 * caused. A task reports a wake only when the wake schedules it (a second wake before it runs
 * adds nothing), so each wake is followed by exactly one run of the task: a task's first poll
 * comes from its spawn, and its k-th poll after that from its k-th wake. Each event gets a
 * sequence number so that events at the same instant (the virtual clock stands still while code
 * runs) keep their order. Thread-safe.
 */
public final class TimelineRecorder implements TraceListener {
    /** A task's lane: its id and how the trace names it. */
    public record TaskInfo(int id, String name) {}

    /** One poll: {@code order} places its start among events at the same instant. */
    public record Poll(int index, int task, String worker, long start, long end, boolean ready, double startOrder,
                       long endOrder) {}

    /** A wake of {@code task}; {@code poll} is the index of the poll it caused, or -1 if none followed. */
    public record Wake(int task, long at, boolean fromOtherThread, long order, int poll) {}

    /** A timer firing ({@code task} it wakes, or -1) or a source's interrupt. */
    public record Mark(String kind, String label, long at, int task, long order) {}

    /** Everything recorded, in the order it happened. */
    public record Events(List<TaskInfo> tasks, List<Poll> polls, List<Wake> wakes, List<Mark> marks) {}

    private final Map<Integer, TaskInfo> tasks = new LinkedHashMap<>();
    private final List<Poll> polls = new ArrayList<>();
    private final List<Wake> wakes = new ArrayList<>();
    private final List<Mark> marks = new ArrayList<>();
    private final Map<Integer, Deque<Integer>> unansweredWakes = new HashMap<>();
    private final Map<Integer, Long> spawnOrder = new HashMap<>();
    private final Set<Integer> polled = new HashSet<>();
    private final Map<Integer, Long> lastPollEnd = new HashMap<>();
    private long order;

    @Override
    public synchronized void onSpawn(Task task, long atNanos) {
        seen(task);
        spawnOrder.put(task.id(), order++);
    }

    @Override
    public void onPoll(Task task, long startNanos, long endNanos, boolean ready) {
        poll(task, Thread.currentThread().getName(), startNanos, endNanos, ready);
    }

    /** A poll made by {@code worker} (the name of the thread or worker that ran it). */
    public synchronized void poll(Task task, String worker, long startNanos, long endNanos, boolean ready) {
        seen(task);
        int index = polls.size();
        boolean first = polled.add(task.id());
        Deque<Integer> waiting = unansweredWakes.get(task.id());
        boolean fromSpawn = first && spawnOrder.containsKey(task.id());
        Integer cause = waiting == null || fromSpawn ? null : waiting.pollFirst();
        double startOrder;
        if (cause != null) {
            Wake w = wakes.get(cause);
            wakes.set(cause, new Wake(w.task(), w.at(), w.fromOtherThread(), w.order(), index));
            startOrder = w.order() + 0.5;
        } else if (fromSpawn) {
            startOrder = spawnOrder.get(task.id()) + 0.5;
        } else {
            startOrder = order - 0.5;
        }
        Long previousEnd = lastPollEnd.get(task.id());
        if (previousEnd != null) {
            startOrder = Math.max(startOrder, previousEnd + 0.5);  // woken during its previous poll: starts after it
        }
        lastPollEnd.put(task.id(), order);
        polls.add(new Poll(index, task.id(), worker, startNanos, Math.max(startNanos, endNanos), ready, startOrder,
                order++));
    }

    @Override
    public synchronized void onWake(Task task, boolean fromOtherThread, long atNanos) {
        seen(task);
        unansweredWakes.computeIfAbsent(task.id(), k -> new ArrayDeque<>()).addLast(wakes.size());
        wakes.add(new Wake(task.id(), atNanos, fromOtherThread, order++, -1));
    }

    @Override
    public synchronized void onTimerFired(Timer timer, Task woken, long atNanos) {
        marks.add(new Mark("timer", "timer " + timer.label(), atNanos, woken == null ? -1 : woken.id(), order++));
    }

    @Override
    public synchronized void onInterrupt(String source, long atNanos) {
        marks.add(new Mark("interrupt", "interrupt " + source, atNanos, -1, order++));
    }

    private void seen(Task task) {
        tasks.computeIfAbsent(task.id(), id -> new TaskInfo(id, task.describe()));
    }

    /** A copy of what has been recorded so far. */
    public synchronized Events events() {
        return new Events(List.copyOf(tasks.values()), List.copyOf(polls), List.copyOf(wakes), List.copyOf(marks));
    }
}
