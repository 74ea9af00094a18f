package dev.pollen.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Channels, semaphores, timers and cancellation, driven by random operations, against a model. */
class PrimitiveModelFuzzTest {
    @TempDir
    Path dir;

    @Test
    @Timeout(3600)
    void primitivesBehaveAsTheirModel() throws Exception {
        FuzzLoop.run("primitives", (random, input) -> {
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
        });
    }
}
