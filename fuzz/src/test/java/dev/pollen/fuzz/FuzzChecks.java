package dev.pollen.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.Set;

/**
 * What each fuzz target checks of one input, shared by the seeded loops ({@link FuzzLoop}) and
 * the coverage-guided targets ({@link GuidedFuzzTest}): they differ only in where the input or
 * the generator's choices come from.
 */
final class FuzzChecks {
    private static final long MAX_OPS = 50_000;

    private FuzzChecks() {}

    /** {@code pollen check} on {@code source}: ends in time with 0 or 2, reports in words. */
    static void checkReportsInWords(Path dir, byte[] source) throws Exception {
        Path file = CommandRunner.write(dir, source);
        try {
            String shown = new String(source, StandardCharsets.UTF_8);
            CommandRunner.checked(CommandRunner.run(20_000, "check", file.toString()), Set.of(0, 2), shown);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /**
     * A program generated from {@code random}'s choices, run on the virtual clock with an
     * operation limit: ends with 0 or 1 in words, and prints the same when run again with the
     * same seed. The program is put in {@code input[0]} first, to be saved if it fails.
     */
    static void programRunsCleanlyAndRepeatably(Path dir, Random random, byte[][] input) throws Exception {
        String program = ProgramGenerator.program(random);
        input[0] = program.getBytes(StandardCharsets.UTF_8);
        Path file = CommandRunner.write(dir, input[0]);
        try {
            String[] args = {"--clock=virtual", "--max-ops=" + MAX_OPS, "--seed=" + random.nextInt(1000), file.toString()};
            CommandRunner.Outcome first = CommandRunner.checked(CommandRunner.run(30_000, args), Set.of(0, 1), program);
            CommandRunner.Outcome again = CommandRunner.run(30_000, args);
            assertThat(again).as("the same program and seed must print the same:%n%s", program).isEqualTo(first);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /**
     * A channel, semaphore or timer scenario chosen and built from {@code random}: its output
     * equals what the model predicts. The script is put in {@code input[0]} first.
     */
    static void primitiveBehavesAsItsModel(Path dir, Random random, byte[][] input) throws Exception {
        PrimitiveScenarios.Scenario scenario = switch (random.nextInt(3)) {
            case 0 -> PrimitiveScenarios.channel(random);
            case 1 -> PrimitiveScenarios.semaphore(random);
            default -> PrimitiveScenarios.timers(random);
        };
        input[0] = scenario.script().getBytes(StandardCharsets.UTF_8);
        Path file = CommandRunner.write(dir, input[0]);
        try {
            CommandRunner.Outcome o = CommandRunner.checked(
                    CommandRunner.run(30_000, "--clock=virtual", file.toString()), Set.of(0), scenario.script());
            assertThat(o.out()).as("output of:%n%s", scenario.script()).isEqualTo(scenario.expected());
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
