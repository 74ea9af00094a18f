package dev.pollen.runtime.timeline;

import dev.pollen.runtime.timeline.TimelineRecorder.Events;
import dev.pollen.runtime.timeline.TimelineRecorder.Mark;
import dev.pollen.runtime.timeline.TimelineRecorder.Poll;
import dev.pollen.runtime.timeline.TimelineRecorder.TaskInfo;
import dev.pollen.runtime.timeline.TimelineRecorder.Wake;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * Places recorded events on the timeline: a lane for timers and sources, one per task, and (when
 * asked) one per worker thread; x grows with time, but events at the same instant, or too close
 * to tell apart, are spread at least {@link #MIN_GAP} pixels apart in the order they happened, so
 * a virtual-clock run (where time stands still while code runs) still shows each poll.
 */
public final class TimelineLayout {
    static final int LEFT = 190;
    static final int TOP = 30;
    static final int LANE = 26;
    static final int BAR = 14;
    static final double MIN_GAP = 4;
    private static final double PLOT_WIDTH = 900;

    /** A horizontal lane; {@code key} is "sources", "task N" or "worker NAME". */
    public record Lane(String key, String label, double y) {}

    /** A poll's bar on its task's lane (or on its worker's lane, then {@code onWorkerLane}). */
    public record Bar(Poll poll, String taskName, double x, double width, double y, boolean onWorkerLane) {}

    /** A wake of a task, and the arrow to the bar of the poll it caused (null when none followed). */
    public record WakeMark(Wake wake, double x, double y, Bar causes) {}

    /** A timer or interrupt on the sources lane. */
    public record MarkPoint(Mark mark, double x, double y) {}

    /** A time label on the axis. */
    public record Tick(double x, String label) {}

    private final List<Lane> lanes = new ArrayList<>();
    private final List<Bar> bars = new ArrayList<>();
    private final List<WakeMark> wakeMarks = new ArrayList<>();
    private final List<MarkPoint> markPoints = new ArrayList<>();
    private final List<Tick> ticks = new ArrayList<>();
    private double width;
    private double height;

    /** A point to place: a time, and an order among points at the same time. */
    private record Point(long time, double order, int id) {}

    /** Lays out {@code events}; with {@code workers}, adds a lane per worker that polled. */
    public TimelineLayout(Events events, boolean workers) {
        Map<Integer, Double> taskY = new HashMap<>();
        lanes.add(new Lane("sources", "timers and sources", TOP));
        List<TaskInfo> tasks = new ArrayList<>(events.tasks());
        tasks.sort(Comparator.comparingInt(TaskInfo::id));
        Map<Integer, String> names = new HashMap<>();
        for (TaskInfo t : tasks) {
            double y = TOP + LANE * lanes.size();
            lanes.add(new Lane("task " + t.id(), t.name(), y));
            taskY.put(t.id(), y);
            names.put(t.id(), t.name());
        }
        Map<String, Double> workerY = new LinkedHashMap<>();
        if (workers) {
            for (String w : new TreeSet<>(events.polls().stream().map(Poll::worker).toList())) {
                double y = TOP + LANE * lanes.size();
                lanes.add(new Lane("worker " + w, "worker " + w, y));
                workerY.put(w, y);
            }
        }
        List<Point> points = points(events);
        double[] x = place(points);
        int n = 0;
        Map<Integer, Bar> barOfPoll = new HashMap<>();
        for (Poll p : events.polls()) {
            double x0 = x[n++];
            double x1 = x[n++];
            Bar bar = new Bar(p, names.get(p.task()), x0, x1 - x0, taskY.get(p.task()), false);
            bars.add(bar);
            barOfPoll.put(p.index(), bar);
            if (workers) {
                bars.add(new Bar(p, names.get(p.task()), x0, x1 - x0, workerY.get(p.worker()), true));
            }
        }
        for (Wake w : events.wakes()) {
            wakeMarks.add(new WakeMark(w, x[n++], taskY.get(w.task()), w.poll() < 0 ? null : barOfPoll.get(w.poll())));
        }
        for (Mark m : events.marks()) {
            markPoints.add(new MarkPoint(m, x[n++], TOP));
        }
        double right = LEFT;
        for (double v : x) {
            right = Math.max(right, v);
        }
        width = right + 40;
        height = TOP + LANE * lanes.size() + 10;
        ticks(points, x);
    }

    /** Every point to place, in the order polls (start, end), wakes, marks; {@code id} is that position. */
    private static List<Point> points(Events events) {
        List<Point> points = new ArrayList<>();
        for (Poll p : events.polls()) {
            points.add(new Point(p.start(), p.startOrder(), points.size()));
            points.add(new Point(p.end(), p.endOrder(), points.size()));
        }
        for (Wake w : events.wakes()) {
            points.add(new Point(w.at(), w.order(), points.size()));
        }
        for (Mark m : events.marks()) {
            points.add(new Point(m.at(), m.order(), points.size()));
        }
        points.sort(Comparator.comparingLong(Point::time).thenComparingDouble(Point::order));
        return points;
    }

    /** The x of every point (by id): proportional to time, pushed right where points would crowd. */
    private static double[] place(List<Point> points) {
        double[] x = new double[points.size()];
        if (points.isEmpty()) {
            return x;
        }
        long t0 = points.get(0).time();
        long span = points.get(points.size() - 1).time() - t0;
        double scale = span == 0 ? 0 : PLOT_WIDTH / span;
        double previous = Double.NEGATIVE_INFINITY;
        double shift = 0;
        for (Point p : points) {
            double base = LEFT + (p.time() - t0) * scale;
            double at = Math.max(base + shift, previous + MIN_GAP);
            shift = at - base;
            x[p.id()] = at;
            previous = at;
        }
        return x;
    }

    /** About ten labels along the axis, at round numbers of milliseconds. */
    private void ticks(List<Point> points, double[] x) {
        if (points.isEmpty()) {
            return;
        }
        long t0 = points.get(0).time();
        long t1 = points.get(points.size() - 1).time();
        double spanMs = Math.max(1e-3, (t1 - t0) / 1e6);
        double step = Math.pow(10, Math.floor(Math.log10(spanMs / 10)));
        if (spanMs / step > 50) {
            step *= 5;
        } else if (spanMs / step > 20) {
            step *= 2;
        }
        double scale = t1 == t0 ? 0 : PLOT_WIDTH / (t1 - t0);
        int i = 0;
        for (double ms = Math.ceil(t0 / 1e6 / step) * step; ms * 1e6 <= t1; ms += step) {
            while (i < points.size() - 1 && points.get(i).time() < ms * 1e6) {
                i++;
            }
            // back from the first event at or after the tick, at the time scale, but not past the one before
            double at = x[points.get(i).id()] - (points.get(i).time() - ms * 1e6) * scale;
            double floor = i == 0 ? LEFT : x[points.get(i - 1).id()];
            ticks.add(new Tick(Math.max(at, floor), String.format(Locale.ROOT, "%s ms", trim(ms))));
        }
    }

    private static String trim(double ms) {
        String s = String.format(Locale.ROOT, "%.3f", ms);
        return s.replaceAll("\\.?0+$", "");
    }

    public List<Lane> lanes() {
        return lanes;
    }

    public List<Bar> bars() {
        return bars;
    }

    public List<WakeMark> wakeMarks() {
        return wakeMarks;
    }

    public List<MarkPoint> markPoints() {
        return markPoints;
    }

    public List<Tick> ticks() {
        return ticks;
    }

    public double width() {
        return width;
    }

    public double height() {
        return height;
    }
}
