package dev.pollen.runtime.async;

import java.io.Closeable;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * {@code --trace-out=FILE.json}: writes the Chrome trace-event format (opened by Perfetto and
 * chrome://tracing). Each task is a track (its id is the {@code tid}, named after the task); each
 * poll is a complete ("X") slice; wakes are instant events on the woken task's track; timers and
 * source interrupts are instant events on track 0. Under a multi-threaded executor each worker
 * has a track as well (process 2, "workers"): its polls are slices named after the task, and a
 * steal is an instant event on the thief's track. Times are microseconds of the executor's clock.
 *
 * <p>Events stream out as they happen; {@link #close()} ends the JSON document. Thread-safe. Write
 * errors are not thrown into the program being traced: check {@link #checkError()} after closing.
 */
public final class ChromeTraceWriter implements TraceListener, Closeable {
    private static final int SCHEDULER_TRACK = 0;
    private static final int WORKERS_PROCESS = 2;

    private final PrintWriter out;
    private final Set<Integer> namedTracks = new HashSet<>();
    private final Set<Integer> namedWorkers = new HashSet<>();
    private boolean first = true;
    private boolean closed;

    public ChromeTraceWriter(Writer out) {
        this.out = new PrintWriter(out);
        this.out.print("{\"traceEvents\":[");
        metadata("process_name", SCHEDULER_TRACK, "pollen");
        metadata("thread_name", SCHEDULER_TRACK, "timers and sources");
    }

    @Override
    public synchronized void onSpawn(Task task, long atNanos) {
        nameTrack(task);
        event("{\"name\":\"spawn\",\"ph\":\"i\",\"s\":\"t\",\"ts\":" + micros(atNanos)
                + ",\"pid\":1,\"tid\":" + task.id() + "}");
    }

    @Override
    public synchronized void onPoll(Task task, long startNanos, long endNanos, boolean ready) {
        nameTrack(task);
        event("{\"name\":\"poll\",\"cat\":\"task\",\"ph\":\"X\",\"ts\":" + micros(startNanos)
                + ",\"dur\":" + micros(Math.max(0, endNanos - startNanos)) + ",\"pid\":1,\"tid\":" + task.id()
                + ",\"args\":{\"result\":\"" + (ready ? "Ready" : "Pending") + "\"}}");
    }

    @Override
    public synchronized void onPoll(Task task, int worker, long startNanos, long endNanos, boolean ready) {
        onPoll(task, startNanos, endNanos, ready);
        nameWorker(worker);
        event("{\"name\":" + quote(task.describe()) + ",\"cat\":\"worker\",\"ph\":\"X\",\"ts\":"
                + micros(startNanos) + ",\"dur\":" + micros(Math.max(0, endNanos - startNanos)) + ",\"pid\":"
                + WORKERS_PROCESS + ",\"tid\":" + worker + ",\"args\":{\"result\":\""
                + (ready ? "Ready" : "Pending") + "\"}}");
    }

    @Override
    public synchronized void onSteal(Task task, int thief, int victim, long atNanos) {
        nameWorker(thief);
        event("{\"name\":" + quote("steal " + task.describe() + " from worker " + victim)
                + ",\"cat\":\"worker\",\"ph\":\"i\",\"s\":\"t\",\"ts\":" + micros(atNanos) + ",\"pid\":"
                + WORKERS_PROCESS + ",\"tid\":" + thief + "}");
    }

    @Override
    public synchronized void onWake(Task task, boolean fromOtherThread, long atNanos) {
        nameTrack(task);
        event("{\"name\":\"wake\",\"cat\":\"task\",\"ph\":\"i\",\"s\":\"t\",\"ts\":" + micros(atNanos)
                + ",\"pid\":1,\"tid\":" + task.id() + ",\"args\":{\"from_other_thread\":" + fromOtherThread + "}}");
    }

    @Override
    public synchronized void onTimerFired(Timer timer, Task woken, long atNanos) {
        String wakes = woken == null ? "" : ",\"wakes\":" + quote(woken.describe());
        event("{\"name\":" + quote("timer " + timer.label()) + ",\"cat\":\"timer\",\"ph\":\"i\",\"s\":\"t\",\"ts\":"
                + micros(atNanos) + ",\"pid\":1,\"tid\":" + SCHEDULER_TRACK + ",\"args\":{\"due_ms\":"
                + Millis.format(timer.deadlineNanos()) + wakes + "}}");
    }

    @Override
    public synchronized void onInterrupt(String source, long atNanos) {
        event("{\"name\":" + quote("interrupt " + source) + ",\"cat\":\"source\",\"ph\":\"i\",\"s\":\"t\",\"ts\":"
                + micros(atNanos) + ",\"pid\":1,\"tid\":" + SCHEDULER_TRACK + "}");
    }

    /** Ends the JSON document and closes the underlying writer. Idempotent. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        out.print("\n],\"displayTimeUnit\":\"ms\"}\n");
        out.close();
    }

    /** True if writing failed at some point (the trace is then incomplete). */
    public boolean checkError() {
        return out.checkError();
    }

    private void nameTrack(Task task) {
        if (namedTracks.add(task.id())) {
            metadata("thread_name", task.id(), task.describe());
            event("{\"name\":\"thread_sort_index\",\"ph\":\"M\",\"pid\":1,\"tid\":" + task.id()
                    + ",\"args\":{\"sort_index\":" + task.id() + "}}");
        }
    }

    private void nameWorker(int worker) {
        if (namedWorkers.isEmpty()) {
            event("{\"name\":\"process_name\",\"ph\":\"M\",\"pid\":" + WORKERS_PROCESS
                    + ",\"args\":{\"name\":\"workers\"}}");
        }
        if (namedWorkers.add(worker)) {
            event("{\"name\":\"thread_name\",\"ph\":\"M\",\"pid\":" + WORKERS_PROCESS + ",\"tid\":" + worker
                    + ",\"args\":{\"name\":\"worker " + worker + "\"}}");
        }
    }

    private void metadata(String kind, int tid, String name) {
        event("{\"name\":\"" + kind + "\",\"ph\":\"M\",\"pid\":1,\"tid\":" + tid + ",\"args\":{\"name\":"
                + quote(name) + "}}");
    }

    private void event(String json) {
        if (closed) {
            return;
        }
        out.print(first ? "\n" : ",\n");
        first = false;
        out.print(json);
    }

    private static String micros(long nanos) {
        return String.format(Locale.ROOT, "%.3f", nanos / 1000.0);
    }

    private static String quote(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
