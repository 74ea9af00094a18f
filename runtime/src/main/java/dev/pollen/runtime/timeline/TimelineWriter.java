package dev.pollen.runtime.timeline;

import dev.pollen.runtime.async.Task;
import dev.pollen.runtime.async.Timer;
import dev.pollen.runtime.async.TraceListener;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * {@code --trace-out=FILE.html} and {@code --trace-out=FILE.svg}: records the run's events and,
 * when closed, writes its timeline: a static SVG, or one self-contained HTML page (the same
 * picture, its style and a small script inline: no network, nothing else to load) that adds
 * zoom, pan and details on hover. Thread-safe, like the recorder.
 */
public final class TimelineWriter implements TraceListener, Closeable {
    /** What to write. */
    public enum Format { HTML, SVG }

    private final TimelineRecorder recorder = new TimelineRecorder();
    private final Writer out;
    private final Format format;
    private final boolean workers;
    private final String title;
    private boolean closed;
    private IOException error;

    /**
     * @param workers whether to add a lane per worker thread (under the multi executor)
     * @param title   what the picture shows, e.g. the script's name
     */
    public TimelineWriter(Writer out, Format format, boolean workers, String title) {
        this.out = out;
        this.format = format;
        this.workers = workers;
        this.title = title;
    }

    @Override
    public void onSpawn(Task task, long atNanos) {
        recorder.onSpawn(task, atNanos);
    }

    @Override
    public void onPoll(Task task, long startNanos, long endNanos, boolean ready) {
        recorder.onPoll(task, startNanos, endNanos, ready);
    }

    /** A poll on a worker of the multi executor: its lane is named as {@code --trace} names it. */
    @Override
    public void onPoll(Task task, int worker, long startNanos, long endNanos, boolean ready) {
        recorder.poll(task, String.valueOf(worker), startNanos, endNanos, ready);
    }

    @Override
    public void onWake(Task task, boolean fromOtherThread, long atNanos) {
        recorder.onWake(task, fromOtherThread, atNanos);
    }

    @Override
    public void onTimerFired(Timer timer, Task woken, long atNanos) {
        recorder.onTimerFired(timer, woken, atNanos);
    }

    @Override
    public void onInterrupt(String source, long atNanos) {
        recorder.onInterrupt(source, atNanos);
    }

    /** Writes the timeline and closes the file. Idempotent; a write error is kept for {@link #checkError()}. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        TimelineLayout layout = new TimelineLayout(recorder.events(), workers);
        String svg = TimelineSvg.render(layout, "Pollen timeline: " + title);
        try (Writer w = out) {
            w.write(format == Format.SVG ? "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + svg : page(svg));
        } catch (IOException e) {
            error = e;
        }
    }

    /** True if writing failed (the file is then incomplete). */
    public synchronized boolean checkError() {
        return error != null;
    }

    private String page(String svg) {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Pollen timeline: "
                + TimelineSvg.escape(title) + "</title>\n<style>\n"
                + "body { font: 13px sans-serif; margin: 12px; }\n"
                + "#frame { overflow: auto; border: 1px solid #ccc; cursor: grab; }\n"
                + "#details { min-height: 1.4em; margin: 6px 0; font-family: monospace; }\n"
                + "</style>\n</head>\n<body>\n<h1 style=\"font-size:16px\">" + TimelineSvg.escape(title) + "</h1>\n"
                + "<p>A lane per task; a bar per poll (green: Ready, blue: Pending); a triangle per wake (red: from"
                + " another thread) with an arrow to the poll it caused; timers (purple) and interrupts (red) on the"
                + " top lane. Wheel or buttons to zoom, drag to pan, hover for details.</p>\n"
                + "<button id=\"zoom-in\">zoom in</button> <button id=\"zoom-out\">zoom out</button> "
                + "<button id=\"reset\">reset</button>\n<div id=\"details\"></div>\n<div id=\"frame\">\n" + svg
                + "</div>\n<p id=\"summary\"></p>\n<script>\n" + script() + "</script>\n</body>\n</html>\n";
    }

    private static String script() {
        try (InputStream in = TimelineWriter.class.getResourceAsStream("timeline.js")) {
            if (in == null) {
                throw new IllegalStateException("timeline.js is missing from the runtime jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
