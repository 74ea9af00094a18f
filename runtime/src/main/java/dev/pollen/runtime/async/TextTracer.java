package dev.pollen.runtime.async;

import java.io.PrintStream;
import java.util.Locale;
import java.util.PriorityQueue;
import java.util.TreeMap;

/**
 * {@code --trace}: one line per scheduling event, stamped with the executor's clock in
 * milliseconds, e.g. {@code [   10.000 ms] poll task 2 (worker) -> Pending}. Under a
 * multi-threaded executor a poll line names its worker ({@code ... on worker 2}) and a steal has
 * a line of its own ({@code steal task 3 (w) by worker 1 from worker 2}).
 *
 * <p>Lines come out in time order. A poll's line is stamped when the poll began but known only
 * when it ended, and meanwhile other workers report later events; so while a worker's poll is in
 * flight ({@link #onPollStart}), lines stamped after its start wait in a queue, and go out once
 * no poll that began earlier is still running. A stamp is taken just before its event reaches
 * the tracer, so another thread may print a later one in between: such a stamp is moved up to
 * the last one printed (by the width of that race, microseconds). With one thread nothing ever
 * waits or moves. Thread-safe: all of this happens under the tracer's monitor, and each line is
 * printed with a single call.
 */
public final class TextTracer implements TraceListener {
    private final PrintStream out;
    /** Start times of the polls in flight, with how many began at each instant. */
    private final TreeMap<Long, Integer> inFlight = new TreeMap<>();
    private final PriorityQueue<Line> held = new PriorityQueue<>();
    /** The start, as registered, of the poll in flight on the calling worker. */
    private final ThreadLocal<long[]> pollStart = ThreadLocal.withInitial(() -> new long[1]);
    private long sequence;
    private long lastPrinted = Long.MIN_VALUE;

    public TextTracer(PrintStream out) {
        this.out = out;
    }

    private record Line(long atNanos, long sequence, String event) implements Comparable<Line> {
        @Override
        public int compareTo(Line o) {
            int byTime = Long.compare(atNanos, o.atNanos);
            return byTime != 0 ? byTime : Long.compare(sequence, o.sequence);
        }
    }

    @Override
    public void onSpawn(Task task, long atNanos) {
        line(atNanos, "spawn " + task.describe());
    }

    @Override
    public void onPoll(Task task, long startNanos, long endNanos, boolean ready) {
        line(startNanos, "poll " + task.describe() + (ready ? " -> Ready" : " -> Pending"));
    }

    @Override
    public synchronized void onPollStart(Task task, int worker, long startNanos) {
        long at = Math.max(startNanos, lastPrinted);
        pollStart.get()[0] = at;
        inFlight.merge(at, 1, Integer::sum);
    }

    @Override
    public synchronized void onPoll(Task task, int worker, long startNanos, long endNanos, boolean ready) {
        long at = pollStart.get()[0];
        inFlight.computeIfPresent(at, (k, n) -> n == 1 ? null : n - 1);
        line(at, "poll " + task.describe() + " on worker " + worker + (ready ? " -> Ready" : " -> Pending"));
    }

    @Override
    public void onSteal(Task task, int thief, int victim, long atNanos) {
        line(atNanos, "steal " + task.describe() + " by worker " + thief + " from worker " + victim);
    }

    @Override
    public void onWake(Task task, boolean fromOtherThread, long atNanos) {
        line(atNanos, "wake " + task.describe() + (fromOtherThread ? " from another thread" : ""));
    }

    @Override
    public void onTimerFired(Timer timer, Task woken, long atNanos) {
        String target = woken != null ? " -> " + woken.describe() : "";
        line(atNanos, "timer " + timer.label() + " fires (due " + Millis.format(timer.deadlineNanos())
                + " ms)" + target);
    }

    @Override
    public void onInterrupt(String source, long atNanos) {
        line(atNanos, "interrupt " + source);
    }

    private synchronized void line(long atNanos, String event) {
        held.add(new Line(Math.max(atNanos, lastPrinted), sequence++, event));
        long horizon = inFlight.isEmpty() ? Long.MAX_VALUE : inFlight.firstKey();
        while (!held.isEmpty() && held.peek().atNanos() <= horizon) {
            Line line = held.poll();
            lastPrinted = line.atNanos();
            out.println(String.format(Locale.ROOT, "[%9.3f ms] %s", line.atNanos() / 1e6, line.event()));
        }
    }
}
