package dev.pollen.interpreter.embed;

import dev.pollen.runtime.async.ChromeTraceWriter;
import dev.pollen.runtime.async.Executor;
import dev.pollen.runtime.async.Task;
import dev.pollen.runtime.async.TextTracer;
import dev.pollen.runtime.async.Timer;
import dev.pollen.runtime.async.TraceListener;
import dev.pollen.runtime.timeline.TimelineWriter;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code --trace} (a line per event on stderr) and {@code --trace-out=FILE} (Chrome trace events
 * for {@code .json}, the timeline page for {@code .html}, its static picture for {@code .svg}),
 * attached to an executor as one listener.
 */
final class Tracing implements TraceListener {
    private final List<TraceListener> listeners;
    private final Closeable file;

    /** Opens the trace outputs the configuration asks for (none when tracing is off). */
    Tracing(PollenConfig config) {
        List<TraceListener> all = new ArrayList<>();
        Closeable writer = null;
        if (config.trace()) {
            all.add(new TextTracer(config.err()));
        }
        if (config.traceOut() != null) {
            try {
                BufferedWriter out = Files.newBufferedWriter(config.traceOut(), StandardCharsets.UTF_8);
                TraceListener listener = traceFile(config, out);
                writer = (Closeable) listener;
                all.add(listener);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the trace file " + config.traceOut(), e);
            }
        }
        this.listeners = List.copyOf(all);
        this.file = writer;
    }

    /** The writer the file's extension asks for: .html and .svg draw a timeline, anything else is Chrome JSON. */
    private static TraceListener traceFile(PollenConfig config, BufferedWriter out) {
        String name = config.traceOut().getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        String title = dot > 0 ? name.substring(0, dot) : name;
        if (lower.endsWith(".html") || lower.endsWith(".htm")) {
            return new TimelineWriter(out, TimelineWriter.Format.HTML, config.threads() > 0, title);
        }
        if (lower.endsWith(".svg")) {
            return new TimelineWriter(out, TimelineWriter.Format.SVG, config.threads() > 0, title);
        }
        return new ChromeTraceWriter(out);
    }

    void attachTo(Executor executor) {
        if (!listeners.isEmpty()) {
            executor.setTraceListener(listeners.size() == 1 ? listeners.get(0) : this);
        }
    }

    /** Completes the trace file; later calls do nothing. */
    void close() {
        if (file != null) {
            try {
                file.close();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the trace file", e);
            }
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
