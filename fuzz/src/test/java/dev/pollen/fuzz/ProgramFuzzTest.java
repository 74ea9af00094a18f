package dev.pollen.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Generated well-formed async programs (see {@link ProgramGenerator}) run by the command on the
 * virtual clock with an operation limit: each ends in time with 0 or 1, never with a Java name,
 * and running it again with the same {@code --seed} prints exactly the same.
 */
class ProgramFuzzTest {
    private static final long MAX_OPS = 50_000;

    @TempDir
    Path dir;

    @Test
    @Timeout(3600)
    void generatedProgramsRunCleanlyAndRepeatably() throws Exception {
        FuzzLoop.run("run", (random, input) -> {
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
        });
    }
}
