package dev.pollen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The guide ({@code docs/guide}) never goes stale: every output it shows is produced again here,
 * by running the command shown above it the way {@code pollen} does (from the repository root,
 * stdout and stderr together, as a terminal shows them), and compared.
 *
 * <p>The convention, in a chapter's markdown: a {@code ```sh} block holding one
 * {@code bin/pollen ...} command, then {@code <!-- output -->} and a {@code ```text} block with
 * what it prints. What varies from run to run is named after a bar:
 * {@code <!-- output | times vary -->} compares with every number masked (real-clock times),
 * {@code <!-- output | in order -->} also lets other lines come between the shown ones (an
 * excerpt, or events whose count depends on timing). {@code <!-- picture -->} after the command
 * and before an image checks the image its {@code --trace-out=FILE.svg} wrote:
 * {@code | same polls} compares the lanes and the number of polls of each spawned task instead of
 * the whole file (worker threads make the rest vary, including how often the main task, which
 * joins them, is woken).
 */
@Timeout(120)
class GuideTest {
    private static final Path ROOT = Path.of("..");
    private static final Path GUIDE = ROOT.resolve("docs/guide");
    private static final Pattern OUTPUT = Pattern.compile(
            "```sh\\n(bin/pollen [^\\n]*)\\n```\\n<!-- output(?: \\| ([a-z ]+))? -->\\n```text\\n(.*?)```", Pattern.DOTALL);
    private static final Pattern PICTURE = Pattern.compile(
            "```sh\\n(bin/pollen [^\\n]*)\\n```\\n<!-- picture(?: \\| ([a-z ]+))? -->\\n!\\[[^]]*]\\(([^)]+)\\)");
    private static final Pattern NUMBER = Pattern.compile(" *\\d+(\\.\\d+)?");

    @TempDir
    Path scratch;

    private static List<Path> chapters() throws IOException {
        try (Stream<Path> files = Files.list(GUIDE)) {
            return files.filter(p -> p.getFileName().toString().matches("\\d\\d-.*\\.md")).sorted().toList();
        }
    }

    @TestFactory
    Stream<DynamicTest> everyOutputShownIsWhatTheCommandPrints() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path chapter : chapters()) {
            String text = Files.readString(chapter, StandardCharsets.UTF_8);
            Matcher m = OUTPUT.matcher(text);
            while (m.find()) {
                String command = m.group(1);
                String mode = m.group(2) == null ? "exact" : m.group(2);
                String shown = m.group(3);
                tests.add(DynamicTest.dynamicTest(chapter.getFileName() + ": " + command,
                        () -> compare(command, mode, shown, run(command, null))));
            }
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> everyTimelinePictureIsWhatTheCommandDraws() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path chapter : chapters()) {
            Matcher m = PICTURE.matcher(Files.readString(chapter, StandardCharsets.UTF_8));
            while (m.find()) {
                String command = m.group(1);
                String mode = m.group(2) == null ? "exact" : m.group(2);
                Path committed = chapter.resolveSibling(m.group(3));
                tests.add(DynamicTest.dynamicTest(chapter.getFileName() + ": " + m.group(3), () -> {
                    Path fresh = scratch.resolve(committed.getFileName());
                    run(command, fresh);
                    String now = Files.readString(fresh, StandardCharsets.UTF_8);
                    String then = Files.readString(committed, StandardCharsets.UTF_8);
                    if (mode.equals("same polls")) {
                        assertThat(pollsPerLane(now)).isEqualTo(pollsPerLane(then));
                        if (command.contains("--affinity")) {
                            assertThat(workersPerTask(now).values()).allMatch(workers -> workers.size() == 1);
                        }
                    } else {
                        assertThat(now).isEqualTo(then);
                    }
                }));
            }
        }
        return tests.stream();
    }

    @Test
    void everyChapterChecksSomethingAndEveryProgramIsRun() throws IOException {
        List<Path> chapters = chapters();
        assertThat(chapters).hasSize(8);
        StringBuilder commands = new StringBuilder();
        for (Path chapter : chapters) {
            String text = Files.readString(chapter, StandardCharsets.UTF_8);
            Matcher m = OUTPUT.matcher(text);
            assertThat(m.find()).as("%s shows a checked output", chapter).isTrue();
            m.reset();
            while (m.find()) {
                commands.append(m.group(1)).append('\n');
            }
            assertThat(text).as("%s: every output marker follows a command", chapter)
                    .doesNotContainPattern("(?<!```\\n)<!-- output");
        }
        try (Stream<Path> programs = Files.list(GUIDE.resolve("programs"))) {
            programs.forEach(p -> assertThat(commands.toString()).as("a chapter runs %s", p.getFileName())
                    .contains("docs/guide/programs/" + p.getFileName()));
        }
    }

    /** Runs {@code bin/pollen ARGS} in-process from the repository root; {@code traceOut} replaces --trace-out's file. */
    private static String run(String command, Path traceOut) {
        String[] words = command.substring("bin/pollen ".length()).trim().split("\\s+");
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            if (w.startsWith("--trace-out=")) {
                words[i] = "--trace-out=" + (traceOut != null ? traceOut : ROOT.resolve(w.substring(12)));
            } else if (w.endsWith(".pln")) {
                words[i] = ROOT.resolve(w).toString();
            }
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream terminal = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        int status = Main.run(words, new ByteArrayInputStream(new byte[0]), terminal, terminal);
        String out = bytes.toString(StandardCharsets.UTF_8).replace(ROOT + "/", "");
        assertThat(status).as("exit status of %s; it printed:%n%s", command, out).isZero();
        return out;
    }

    private static void compare(String command, String mode, String shown, String printed) {
        switch (mode) {
            case "exact" -> assertThat(printed).as(command).isEqualTo(shown);
            case "times vary" -> assertThat(mask(printed)).as(command).isEqualTo(mask(shown));
            case "in order" -> {
                List<String> lines = mask(printed).lines().toList();
                int at = 0;
                for (String want : mask(shown).lines().toList()) {
                    int found = lines.subList(at, lines.size()).indexOf(want);
                    assertThat(found).as("%s should print, after line %d, the line%n  %s%nIt printed:%n%s", command, at,
                            want, printed).isGreaterThanOrEqualTo(0);
                    at += found + 1;
                }
            }
            default -> throw new IllegalArgumentException("unknown output check '" + mode + "' after " + command);
        }
    }

    private static String mask(String s) {
        return NUMBER.matcher(s).replaceAll(" #");
    }

    /** Lane key -> number of poll bars drawn on it. */
    private static Map<String, Integer> pollsPerLane(String svg) {
        Map<String, Integer> counts = new HashMap<>();
        Matcher lanes = Pattern.compile("data-lane=\"([^\"]+)\"").matcher(svg);
        while (lanes.find()) {
            counts.putIfAbsent(lanes.group(1), 0);
        }
        Matcher bars = Pattern.compile("<rect class=\"poll[^\"]*\"[^>]*data-task=\"(\\d+)\"").matcher(svg);
        while (bars.find()) {
            if (!bars.group().contains("worker-poll")) {
                counts.merge("task " + bars.group(1), 1, Integer::sum);
            }
        }
        counts.keySet().removeIf(k -> k.startsWith("worker "));  // which workers got work varies
        // how often the main task is woken depends on how the completions it joins interleave
        counts.computeIfPresent("task 1", (k, v) -> v > 0 ? 1 : 0);
        return counts;
    }

    private static Map<String, Set<String>> workersPerTask(String svg) {
        Map<String, Set<String>> workers = new HashMap<>();
        Matcher bars = Pattern.compile("<rect class=\"poll[^\"]*\"[^>]*data-task=\"(\\d+)\" data-worker=\"([^\"]+)\"")
                .matcher(svg);
        while (bars.find()) {
            workers.computeIfAbsent(bars.group(1), k -> new HashSet<>()).add(bars.group(2));
        }
        return workers;
    }
}
