package dev.pollen.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.Timeout;

/**
 * Every shared acceptance script whose output does not depend on scheduling order passes under
 * {@code --executor=multi --threads=4} (LANGUAGE.md §6.7), run in-process exactly as the command
 * runs it, with the script's own flags after the executor's. The scripts live beside the project
 * ({@code ../shared/acceptance}); the order-dependent ones are listed in docs/decisions.md.
 */
class AcceptanceUnderMultiTest {
    private static final Path ROOT = Path.of("..", "..", "shared", "acceptance");
    private static final Pattern ANNOTATION = Pattern.compile("//\\s*(expect|expect-stderr|exit|flags|stdin):\\s?(.*)$");

    /** Scripts whose output depends on the order tasks run in; why, in docs/decisions.md. */
    private static final Set<String> ORDER_DEPENDENT = Set.of(
            "async/yield_interleave.pln",   // round-robin order of yielding tasks
            "async/equal_deadlines.pln",    // print order of tasks woken at one instant
            "async/abort.pln",              // a spawned task may start before the spawner aborts it
            "async/semaphore.pln",          // print order of tasks granted permits at one instant
            "async/spawn_order.pln",        // print order of tasks that finish at one instant
            "async/timers_fire_together.pln", // print order of tasks whose timers fire at one instant
            "async/channel_basic.pln",      // print order of receivers served at one instant
            "async/channel_backpressure.pln", // producer and consumer print at one instant
            "async/virtual_clock.pln");     // a spawned task prints before or after main's next line

    private record Spec(List<String> out, List<String> err, int exit, List<String> flags, String stdin) {}

    @TestFactory
    @Timeout(value = 600, unit = TimeUnit.SECONDS)
    Stream<DynamicTest> everyOrderIndependentScript_passesUnderTheMultiThreadedExecutor() throws IOException {
        Path root = ROOT.toAbsolutePath().normalize();
        assumeTrue(Files.isDirectory(root), "no acceptance scripts at " + root + " (they live beside the project)");
        List<Path> scripts;
        try (Stream<Path> files = Files.walk(root)) {
            scripts = files.filter(p -> p.toString().endsWith(".pln"))
                    .filter(p -> !p.getFileName().toString().startsWith("_"))  // modules the scripts import
                    .sorted().toList();
        }
        assertThat(scripts).isNotEmpty();
        return scripts.stream()
                .filter(p -> !ORDER_DEPENDENT.contains(root.relativize(p).toString().replace('\\', '/')))
                .map(p -> DynamicTest.dynamicTest(root.relativize(p).toString(), () -> check(p)));
    }

    private static void check(Path script) throws IOException {
        Spec spec = parse(script);
        List<String> args = new ArrayList<>(List.of("--executor=multi", "--threads=4"));
        args.addAll(spec.flags());
        args.add(script.toString());
        CommandRun run = CommandRun.withStdin(spec.stdin(), args.toArray(String[]::new));
        assertThat(run.out().lines().toList()).as("stdout of %s; stderr: %s", script, run.err()).isEqualTo(spec.out());
        int from = 0;
        for (String want : spec.err()) {
            int at = run.err().indexOf(want, from);
            assertThat(at).as("stderr of %s lacks %s: %s", script, want, run.err()).isGreaterThanOrEqualTo(0);
            from = at + want.length();
        }
        assertThat(run.status()).as("exit status of %s; stderr: %s", script, run.err()).isEqualTo(spec.exit());
    }

    private static Spec parse(Path script) throws IOException {
        List<String> out = new ArrayList<>();
        List<String> err = new ArrayList<>();
        int exit = 0;
        List<String> flags = List.of("--clock=virtual", "--seed=0");
        StringBuilder stdin = new StringBuilder();
        for (String line : Files.readAllLines(script, StandardCharsets.UTF_8)) {
            Matcher m = ANNOTATION.matcher(line);
            if (!m.find()) {
                continue;
            }
            String value = m.group(2);
            switch (m.group(1)) {
                case "expect" -> out.add(value);
                case "expect-stderr" -> err.add(value);
                case "exit" -> exit = Integer.parseInt(value.trim());
                case "flags" -> flags = Arrays.asList(value.trim().split("\\s+"));
                default -> stdin.append(value).append('\n');
            }
        }
        return new Spec(out, err, exit, flags, stdin.toString());
    }
}
