package dev.pollen.runtime.async;

import java.io.PrintStream;
import java.util.Locale;

/**
 * {@code --trace}: one line per scheduling event, stamped with the executor's clock in
 * milliseconds, e.g. {@code [   10.000 ms] poll task 2 (worker) -> Pending}. Thread-safe: each
 * line is built first and printed with a single call.
 */
public final class TextTracer implements TraceListener {
    private final PrintStream out;

    public TextTracer(PrintStream out) {
        this.out = out;
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

    private void line(long atNanos, String event) {
        out.println(String.format(Locale.ROOT, "[%9.3f ms] %s", atNanos / 1e6, event));
    }
}
