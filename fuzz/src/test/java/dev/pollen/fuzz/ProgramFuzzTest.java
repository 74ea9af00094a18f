package dev.pollen.fuzz;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Generated well-formed async programs (see {@link ProgramGenerator}) run by the command on the
 * virtual clock with an operation limit: each ends in time with 0 or 1, never with a Java name,
 * and running it again with the same {@code --seed} prints exactly the same.
 */
class ProgramFuzzTest {
    @TempDir
    Path dir;

    @Test
    @Timeout(3600)
    void generatedProgramsRunCleanlyAndRepeatably() throws Exception {
        FuzzLoop.run("run", (random, input) -> FuzzChecks.programRunsCleanlyAndRepeatably(dir, random, input));
    }
}
