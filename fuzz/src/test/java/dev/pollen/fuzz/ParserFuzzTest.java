package dev.pollen.fuzz;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code pollen check} on arbitrary bytes and text (see {@link Sources}): it ends in time with 0
 * (valid) or 2 (compile errors), and reports in words, never with a Java name.
 */
class ParserFuzzTest {
    @TempDir
    Path dir;

    @Test
    @Timeout(3600)
    void checkReportsEveryInputInWords() throws Exception {
        FuzzLoop.run("check", (random, input) -> {
            input[0] = Sources.anyInput(random);
            FuzzChecks.checkReportsInWords(dir, input[0]);
        });
    }
}
