package dev.pollen.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
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
        ConformanceTest.check(script, "--executor=multi", "--threads=4");
    }
}
