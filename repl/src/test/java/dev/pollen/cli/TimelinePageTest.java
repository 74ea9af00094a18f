package dev.pollen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.htmlunit.BrowserVersion;
import org.htmlunit.WebClient;
import org.htmlunit.html.DomElement;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --trace-out=FILE.html}: the timeline page of {@code examples/scripts/sensor_fusion.pln},
 * loaded in a real browser engine (HtmlUnit) with its script running, must draw a bar for every
 * poll and an arrow for every wake that the Chrome trace of the same run records, each arrow
 * ending at the bar of a poll of the task it woke; zoom and hover must work; and the page must
 * load nothing from anywhere.
 */
@Timeout(60)
class TimelinePageTest {
    private static final Path SCRIPT = Path.of("../examples/scripts/sensor_fusion.pln");
    private static final String[] RUN = {"--clock=virtual", "--seed=42"};

    @TempDir
    static Path dir;
    static String html;
    static String json;

    @BeforeAll
    static void runTheExampleTwice() throws IOException {
        html = traceOut("sensor_fusion.html");
        json = traceOut("sensor_fusion.json");
    }

    private static String traceOut(String name) throws IOException {
        Path out = dir.resolve(name);
        CommandRun run = CommandRun.of(RUN[0], RUN[1], "--trace-out=" + out, SCRIPT.toString());
        assertThat(run.status()).as(run.err()).isZero();
        return Files.readString(out, StandardCharsets.UTF_8);
    }

    /** Events of one name per task track in the Chrome trace. */
    private static Map<String, Integer> perTask(String event) {
        Map<String, Integer> counts = new HashMap<>();
        Matcher m = Pattern.compile("\\{\"name\":\"" + event + "\"[^}]*\"tid\":(\\d+)").matcher(json);
        while (m.find()) {
            counts.merge(m.group(1), 1, Integer::sum);
        }
        return counts;
    }

    private static HtmlPage load(WebClient browser) throws IOException {
        browser.getOptions().setThrowExceptionOnScriptError(true);
        browser.getOptions().setCssEnabled(true);
        HtmlPage page = browser.getPage(dir.resolve("sensor_fusion.html").toUri().toURL());
        browser.waitForBackgroundJavaScript(2_000);
        return page;
    }

    @Test
    void everyPollOfTheTraceIsABarOnItsTasksLane() throws IOException {
        try (WebClient browser = new WebClient(BrowserVersion.FIREFOX)) {
            HtmlPage page = load(browser);
            Map<String, Integer> drawn = new HashMap<>();
            for (DomElement bar : page.querySelectorAll("rect.poll").stream().map(n -> (DomElement) n).toList()) {
                drawn.merge(bar.getAttribute("data-task"), 1, Integer::sum);
            }
            assertThat(perTask("poll")).isNotEmpty();
            assertThat(drawn).isEqualTo(perTask("poll"));
            // the script counted what it drew
            String summary = page.getElementById("summary").getTextContent();
            perTask("poll").forEach((task, n) -> assertThat(summary).contains("task " + task + ": " + n + " polls"));
        }
    }

    @Test
    void everyWakeHasAnArrowToTheNextPollOfTheTaskItWoke() throws IOException {
        try (WebClient browser = new WebClient(BrowserVersion.FIREFOX)) {
            HtmlPage page = load(browser);
            List<DomElement> arrows = page.querySelectorAll("path.wake-arrow").stream().map(n -> (DomElement) n).toList();
            Map<String, Integer> perTaskArrows = new HashMap<>();
            for (DomElement arrow : arrows) {
                perTaskArrows.merge(arrow.getAttribute("data-task"), 1, Integer::sum);
                DomElement bar = (DomElement) page.querySelector(
                        "rect.poll[data-poll=\"" + arrow.getAttribute("data-poll") + "\"]");
                assertThat(bar).as("the poll an arrow points at is drawn").isNotNull();
                assertThat(bar.getAttribute("data-task")).isEqualTo(arrow.getAttribute("data-task"));
                assertThat(Double.parseDouble(arrow.getAttribute("data-x2")))
                        .isEqualTo(Double.parseDouble(bar.getAttribute("x")))
                        .isGreaterThan(Double.parseDouble(arrow.getAttribute("data-x1")));
            }
            assertThat(perTaskArrows).isEqualTo(perTask("wake"));
            assertThat(page.getElementById("summary").getTextContent())
                    .contains(arrows.size() + " wakes led to a poll");
        }
    }

    @Test
    void zoomWidensTheBarsAndMovesTheArrowsWithThem() throws IOException {
        try (WebClient browser = new WebClient(BrowserVersion.FIREFOX)) {
            HtmlPage page = load(browser);
            DomElement bar = (DomElement) page.querySelectorAll("rect.poll").get(5);
            DomElement arrow = (DomElement) page.querySelector("path.wake-arrow");
            double x = Double.parseDouble(bar.getAttribute("x"));
            double w = Double.parseDouble(bar.getAttribute("width"));
            String path = arrow.getAttribute("d");
            page.executeJavaScript("timeline.zoom(2, 190)");
            assertThat(Double.parseDouble(bar.getAttribute("width"))).isEqualTo(w * 2, org.assertj.core.data.Offset.offset(1e-6));
            assertThat(Double.parseDouble(bar.getAttribute("x"))).isEqualTo(190 + (x - 190) * 2,
                    org.assertj.core.data.Offset.offset(1e-6));
            assertThat(arrow.getAttribute("d")).isNotEqualTo(path);
            page.executeJavaScript("timeline.pan(-50)");
            assertThat(Double.parseDouble(bar.getAttribute("x"))).isEqualTo(190 + (x - 190) * 2 - 50,
                    org.assertj.core.data.Offset.offset(1e-6));
            page.executeJavaScript("timeline.reset()");
            assertThat(Double.parseDouble(bar.getAttribute("x"))).isEqualTo(x, org.assertj.core.data.Offset.offset(1e-6));
        }
    }

    @Test
    void hoveringABarShowsItsDetails() throws IOException {
        try (WebClient browser = new WebClient(BrowserVersion.FIREFOX)) {
            HtmlPage page = load(browser);
            DomElement bar = (DomElement) page.querySelector("rect.poll");
            bar.mouseOver();
            assertThat(page.getElementById("details").getTextContent())
                    .contains("poll of task 1 (main) -> Pending")
                    .isEqualTo(bar.querySelector("title").getTextContent());
        }
    }

    @Test
    void thePageLoadsNothingFromElsewhere() {
        assertThat(html).doesNotContain("<script src", "<link", "@import", "url(http");
        assertThat(html.replace("http://www.w3.org/2000/svg", "")).doesNotContain("http://", "https://");
    }
}
