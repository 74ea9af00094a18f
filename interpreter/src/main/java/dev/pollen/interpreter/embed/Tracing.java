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
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code --trace} (a line per event on stderr) and {@code --trace-out=FILE} (Chrome trace events
 * for {@code .json}, the timeline page for {@code .html}, its static picture for {@code .svg}),
 * attached to an executor as one listener. The text trace can be switched on and off while the
 * engine runs (the REPL's {@code :trace}); the file goes on being written either way.
 */
final class Tracing implements TraceListener {
    /** What receives events now: the text trace (if on) and the file's writer (if any). */
    private volatile List<TraceListener> listeners;
    private final Closeable file;
    private final TraceListener fileListener;
    private TraceListener text;

    /** Opens the trace outputs the configuration asks for (none when tracing is off). */
    Tracing(PollenConfig config) {
        TraceListener listener = null;
        if (config.traceOut() != null) {
            try {
                BufferedWriter out = Files.newBufferedWriter(config.traceOut(), StandardCharsets.UTF_8);
                listener = traceFile(config, out);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the trace file " + config.traceOut(), e);
            }
        }
        this.fileListener = listener;
        this.file = (Closeable) listener;
        this.text = config.trace() ? new TextTracer(config.err()) : null;
        this.listeners = current();
    }

    /** The text trace, then the file: in the order {@code --trace --trace-out} always had them. */
    private List<TraceListener> current() {
        List<TraceListener> all = new ArrayList<>();
        if (text != null) {
            all.add(text);
        }
        if (fileListener != null) {
            all.add(fileListener);
        }
        return List.copyOf(all);
    }

    /** Switches the text trace to {@code out}, or off with null, on {@code executor} from now on. */
    synchronized void textTo(PrintStream out, Executor executor) {
        text = out == null ? null : new TextTracer(out);
        listeners = current();
        executor.setTraceListener(listener());
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
            executor.setTraceListener(listener());
        }
    }

    /** What the executor is given: none, the one listener itself, or this to fan the events out. */
    private TraceListener listener() {
        List<TraceListener> now = listeners;
        return now.isEmpty() ? null : now.size() == 1 ? now.get(0) : this;
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
