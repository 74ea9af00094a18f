package dev.pollen.runtime.timeline;

import dev.pollen.runtime.timeline.TimelineLayout.Bar;
import dev.pollen.runtime.timeline.TimelineLayout.Lane;
import dev.pollen.runtime.timeline.TimelineLayout.MarkPoint;
import dev.pollen.runtime.timeline.TimelineLayout.Tick;
import dev.pollen.runtime.timeline.TimelineLayout.WakeMark;
import java.util.Locale;

/**
 * Draws a {@link TimelineLayout} as SVG: the static picture of {@code --trace-out=FILE.svg}, and
 * the picture the HTML page's script zooms and pans. Every element carries what it shows in
 * {@code data-} attributes and a {@code <title>} (the tooltip of SVG viewers).
 */
final class TimelineSvg {
    private TimelineSvg() {}

    /** The CSS of the picture (also used by the page). */
    static final String STYLE = """
            .lane-label { font: 12px sans-serif; fill: #333; }
            .lane-line { stroke: #ddd; }
            .tick { font: 10px sans-serif; fill: #777; }
            .tick-line { stroke: #eee; }
            .poll { fill: #4a7fd4; }
            .poll.ready { fill: #2e9e5b; }
            .poll.worker-poll { fill: #9aa9c7; }
            .wake { fill: #e8a33d; }
            .wake.other-thread { fill: #d9453b; }
            .wake-arrow { fill: none; stroke: #e8a33d; stroke-width: 1; marker-end: url(#arrowhead); }
            .timer { fill: #7d5ba6; }
            .interrupt { fill: #d9453b; }
            """;

    static String render(TimelineLayout layout, String title) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"timeline\" width=\"%.0f\" height=\"%.0f\" "
                        + "viewBox=\"0 0 %.0f %.0f\" data-left=\"%d\">\n",
                layout.width(), layout.height(), layout.width(), layout.height(), TimelineLayout.LEFT));
        sb.append("<title>").append(escape(title)).append("</title>\n");
        sb.append("<style>\n").append(STYLE).append("</style>\n");
        sb.append("<defs><marker id=\"arrowhead\" markerWidth=\"6\" markerHeight=\"6\" refX=\"5\" refY=\"3\" "
                + "orient=\"auto\"><path d=\"M0,0 L6,3 L0,6 z\" fill=\"#e8a33d\"/></marker></defs>\n");
        sb.append("<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>\n");
        for (Tick t : layout.ticks()) {
            sb.append(String.format(Locale.ROOT, "<line class=\"tick-line\" x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" "
                    + "y2=\"%.0f\" data-x=\"%.1f\"/>", t.x(), TimelineLayout.TOP - 12, t.x(), layout.height(), t.x()));
            sb.append(String.format(Locale.ROOT, "<text class=\"tick\" x=\"%.1f\" y=\"%d\" data-x=\"%.1f\">%s</text>\n",
                    t.x() + 2, TimelineLayout.TOP - 16, t.x(), escape(t.label())));
        }
        for (Lane lane : layout.lanes()) {
            double mid = lane.y() + TimelineLayout.LANE / 2.0;
            sb.append(String.format(Locale.ROOT, "<line class=\"lane-line\" x1=\"0\" y1=\"%.1f\" x2=\"%.0f\" y2=\"%.1f\"/>",
                    lane.y() + TimelineLayout.LANE, layout.width(), lane.y() + TimelineLayout.LANE));
            sb.append(String.format(Locale.ROOT, "<text class=\"lane-label\" x=\"6\" y=\"%.1f\" data-lane=\"%s\">%s</text>\n",
                    mid + 4, escape(lane.key()), escape(shorten(lane.label()))));
        }
        sb.append(String.format(Locale.ROOT, "<clipPath id=\"plot-area\"><rect x=\"%d\" y=\"0\" width=\"%.0f\" "
                + "height=\"%.0f\"/></clipPath>\n", TimelineLayout.LEFT - 8, layout.width(), layout.height()));
        sb.append("<g id=\"plot\" clip-path=\"url(#plot-area)\">\n");
        for (Bar b : layout.bars()) {
            bar(sb, b);
        }
        for (WakeMark w : layout.wakeMarks()) {
            wake(sb, w);
        }
        for (MarkPoint m : layout.markPoints()) {
            double y = m.y() + 5;
            sb.append(String.format(Locale.ROOT, "<rect class=\"%s\" x=\"%.1f\" y=\"%.1f\" width=\"4\" height=\"16\" "
                    + "data-x=\"%.1f\" data-task=\"%d\"><title>%s</title></rect>\n", m.mark().kind(), m.x() - 2, y, m.x() - 2,
                    m.mark().task(), escape(ms(m.mark().at()) + "  " + m.mark().label()
                            + (m.mark().task() < 0 ? "" : ", wakes task " + m.mark().task()))));
        }
        sb.append("</g>\n</svg>\n");
        return sb.toString();
    }

    private static void bar(StringBuilder sb, Bar b) {
        String cls = "poll" + (b.poll().ready() ? " ready" : "") + (b.onWorkerLane() ? " worker-poll" : "");
        double y = b.y() + (TimelineLayout.LANE - TimelineLayout.BAR) / 2.0 + 2;
        String details = ms(b.poll().start()) + "  poll of " + b.taskName() + " -> "
                + (b.poll().ready() ? "Ready" : "Pending") + ", " + dur(b.poll().end() - b.poll().start())
                + " on " + b.poll().worker();
        sb.append(String.format(Locale.ROOT, "<rect class=\"%s\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%d\" "
                        + "data-x=\"%.1f\" data-w=\"%.1f\" data-poll=\"%d\" data-task=\"%d\" data-worker=\"%s\">"
                        + "<title>%s</title></rect>\n", cls, b.x(), y, b.width(), TimelineLayout.BAR, b.x(), b.width(),
                b.poll().index(), b.poll().task(), escape(b.poll().worker()), escape(details)));
    }

    private static void wake(StringBuilder sb, WakeMark w) {
        double top = w.y() + 1;
        String cls = "wake" + (w.wake().fromOtherThread() ? " other-thread" : "");
        String details = ms(w.wake().at()) + "  wake of task " + w.wake().task()
                + (w.wake().fromOtherThread() ? " from another thread" : "")
                + (w.causes() == null ? "" : " -> poll at " + ms(w.causes().poll().start()));
        sb.append(String.format(Locale.ROOT, "<path class=\"%s\" d=\"M%.1f,%.1f l-3,-5 h6 z\" data-x=\"%.1f\" "
                        + "data-y=\"%.1f\" data-task=\"%d\"><title>%s</title></path>\n", cls, w.x(), top + 5, w.x(), top + 5,
                w.wake().task(), escape(details)));
        if (w.causes() != null) {
            Bar to = w.causes();
            double y2 = to.y() + (TimelineLayout.LANE - TimelineLayout.BAR) / 2.0 + 2;
            sb.append(String.format(Locale.ROOT, "<path class=\"wake-arrow\" d=\"%s\" data-x1=\"%.1f\" data-y1=\"%.1f\" "
                            + "data-x2=\"%.1f\" data-y2=\"%.1f\" data-poll=\"%d\" data-task=\"%d\"/>\n",
                    arrow(w.x(), top + 5, to.x(), y2), w.x(), top + 5, to.x(), y2, to.poll().index(), w.wake().task()));
        }
    }

    /** A curve from a wake over to the start of the bar it caused (the page's script draws the same). */
    static String arrow(double x1, double y1, double x2, double y2) {
        double lift = Math.min(12, 4 + Math.abs(x2 - x1) / 8);
        return String.format(Locale.ROOT, "M%.1f,%.1f C%.1f,%.1f %.1f,%.1f %.1f,%.1f", x1, y1, x1, y1 - lift, x2,
                y2 - lift, x2, y2);
    }

    private static String shorten(String s) {
        return s.length() <= 28 ? s : s.substring(0, 27) + "…";
    }

    static String ms(long nanos) {
        return String.format(Locale.ROOT, "%.3f ms", nanos / 1e6);
    }

    private static String dur(long nanos) {
        return nanos < 1_000_000 ? String.format(Locale.ROOT, "%.1f µs", nanos / 1e3)
                : String.format(Locale.ROOT, "%.3f ms", nanos / 1e6);
    }

    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                default -> b.append(c < 0x20 && c != '\n' && c != '\t' ? ' ' : c);
            }
        }
        return b.toString();
    }
}
