package dev.pollen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** {@code --trace-out=FILE.svg}: the same picture as the page, as a static, well-formed SVG file. */
@Timeout(60)
class TimelineSvgTest {
    private static final String TASKS = """
            async fn work(n) { for i in 0..3 { sleep(n).await; } n }
            let a = spawn(work(10), "a");
            let b = spawn(work(15), "b");
            print(join(a, b).await);
            """;

    @TempDir
    Path dir;

    private Document draw(String... options) throws Exception {
        Path out = dir.resolve("t.svg");
        String[] args = new String[options.length + 3];
        System.arraycopy(options, 0, args, 0, options.length);
        args[options.length] = "--trace-out=" + out;
        args[options.length + 1] = "-e";
        args[options.length + 2] = TASKS;
        CommandRun run = CommandRun.of(args);
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo("[10, 15]\n");
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(out.toFile());
    }

    private static Set<String> laneKeys(Document svg) {
        Set<String> keys = new HashSet<>();
        NodeList texts = svg.getElementsByTagName("text");
        for (int i = 0; i < texts.getLength(); i++) {
            String lane = ((Element) texts.item(i)).getAttribute("data-lane");
            if (!lane.isEmpty()) {
                keys.add(lane);
            }
        }
        return keys;
    }

    @Test
    void aLanePerTaskAndOneForTimersAndSources() throws Exception {
        Document svg = draw("--clock=virtual");
        assertThat(svg.getDocumentElement().getTagName()).isEqualTo("svg");
        assertThat(laneKeys(svg)).containsExactlyInAnyOrder("sources", "task 1", "task 2", "task 3");
        int timers = 0;
        NodeList rects = svg.getElementsByTagName("rect");
        for (int i = 0; i < rects.getLength(); i++) {
            Element r = (Element) rects.item(i);
            timers += r.getAttribute("class").equals("timer") ? 1 : 0;
        }
        assertThat(timers).isEqualTo(6);  // three sleeps in each of two tasks
    }

    @Test
    void aWakeDuringAPoll_pointsAtTheNextPollNotTheOneThatWoke() throws Exception {
        Path out = dir.resolve("countdown.svg");
        CommandRun run = CommandRun.of("--clock=virtual", "--trace-out=" + out, "-e", """
                struct Countdown { n }
                impl Countdown {
                    fn poll(self, cx) {
                        if self.n == 0 { return Ready("liftoff"); }
                        self.n -= 1;
                        cx.waker().wake_by_ref();
                        Pending
                    }
                }
                print(Countdown(3).await);
                """);
        assertThat(run.out()).isEqualTo("liftoff\n");
        Document svg = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(out.toFile());
        NodeList paths = svg.getElementsByTagName("path");
        int arrows = 0;
        for (int i = 0; i < paths.getLength(); i++) {
            Element p = (Element) paths.item(i);
            if (p.getAttribute("class").equals("wake-arrow")) {
                arrows++;
                // the k-th wake, made during poll k-1, caused poll k
                assertThat(p.getAttribute("data-poll")).isEqualTo(String.valueOf(arrows));
                assertThat(Double.parseDouble(p.getAttribute("data-x2")))
                        .isGreaterThan(Double.parseDouble(p.getAttribute("data-x1")));
            }
        }
        assertThat(arrows).isEqualTo(3);
        // and the polls, all at one virtual instant, follow each other without overlapping
        double end = 0;
        NodeList rects = svg.getElementsByTagName("rect");
        for (int i = 0; i < rects.getLength(); i++) {
            Element r = (Element) rects.item(i);
            if (r.getAttribute("class").startsWith("poll")) {
                double x = Double.parseDouble(r.getAttribute("x"));
                assertThat(x).isGreaterThanOrEqualTo(end);
                end = x + Double.parseDouble(r.getAttribute("width"));
            }
        }
    }

    @Test
    void underTheMultiExecutor_eachPollIsAlsoOnTheLaneOfTheWorkerThatRanIt() throws Exception {
        Document svg = draw("--clock=virtual", "--executor=multi", "--threads=2");
        Set<String> lanes = laneKeys(svg);
        NodeList rects = svg.getElementsByTagName("rect");
        int onTasks = 0;
        int onWorkers = 0;
        for (int i = 0; i < rects.getLength(); i++) {
            Element r = (Element) rects.item(i);
            String cls = r.getAttribute("class");
            if (cls.contains("worker-poll")) {
                onWorkers++;
                assertThat(lanes).contains("worker " + r.getAttribute("data-worker"));
            } else if (cls.startsWith("poll")) {
                onTasks++;
            }
        }
        assertThat(onTasks).isPositive().isEqualTo(onWorkers);
        assertThat(lanes).anyMatch(l -> l.matches("worker \\d+"));  // numbered as --trace numbers them
    }
}
