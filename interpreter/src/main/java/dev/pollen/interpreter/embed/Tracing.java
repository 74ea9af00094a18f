package dev.pollen.interpreter.embed;

import dev.pollen.runtime.async.ChromeTraceWriter;
import dev.pollen.runtime.async.Executor;
import dev.pollen.runtime.async.Task;
import dev.pollen.runtime.async.TextTracer;
import dev.pollen.runtime.async.Timer;
import dev.pollen.runtime.async.TraceListener;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code --trace} (a line per event on stderr) and {@code --trace-out=FILE.json} (Chrome trace
 * events), attached to an executor as one listener.
 */
final class Tracing implements TraceListener {
    private final List<TraceListener> listeners;
    private final ChromeTraceWriter chrome;

    /** Opens the trace outputs the configuration asks for (none when tracing is off). */
    Tracing(PollenConfig config) {
        List<TraceListener> all = new ArrayList<>();
        ChromeTraceWriter writer = null;
        if (config.trace()) {
            all.add(new TextTracer(config.err()));
        }
        if (config.traceOut() != null) {
            try {
                BufferedWriter out = Files.newBufferedWriter(config.traceOut(), StandardCharsets.UTF_8);
                writer = new ChromeTraceWriter(out);
                all.add(writer);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the trace file " + config.traceOut(), e);
            }
        }
        this.listeners = List.copyOf(all);
        this.chrome = writer;
    }

    void attachTo(Executor executor) {
        if (!listeners.isEmpty()) {
            executor.setTraceListener(listeners.size() == 1 ? listeners.get(0) : this);
        }
    }

    /** Completes the trace file; later calls do nothing. */
    void close() {
        if (chrome != null) {
            chrome.close();
        }
    }

    @Override
    public void onSpawn(Task task, long atNanos) {
        listeners.forEach(l -> l.onSpawn(task, atNanos));
    }

    @Override
    public void onPoll(Task task, long startNanos, long endNanos, boolean ready) {
        listeners.forEach(l -> l.onPoll(task, startNanos, endNanos, ready));
    }

    @Override
    public void onPollStart(Task task, int worker, long startNanos) {
        listeners.forEach(l -> l.onPollStart(task, worker, startNanos));
    }

    @Override
    public void onPoll(Task task, int worker, long startNanos, long endNanos, boolean ready) {
        listeners.forEach(l -> l.onPoll(task, worker, startNanos, endNanos, ready));
    }

    @Override
    public void onSteal(Task task, int thief, int victim, long atNanos) {
        listeners.forEach(l -> l.onSteal(task, thief, victim, atNanos));
    }

    @Override
    public void onWake(Task task, boolean fromOtherThread, long atNanos) {
        listeners.forEach(l -> l.onWake(task, fromOtherThread, atNanos));
    }

    @Override
    public void onTimerFired(Timer timer, Task woken, long atNanos) {
        listeners.forEach(l -> l.onTimerFired(timer, woken, atNanos));
    }

    @Override
    public void onInterrupt(String source, long atNanos) {
        listeners.forEach(l -> l.onInterrupt(source, atNanos));
    }
}
