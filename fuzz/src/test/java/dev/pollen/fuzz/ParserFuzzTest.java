package dev.pollen.fuzz;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
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
            Path file = CommandRunner.write(dir, input[0]);
            try {
                String shown = new String(input[0], StandardCharsets.UTF_8);
                CommandRunner.checked(CommandRunner.run(20_000, "check", file.toString()), Set.of(0, 2), shown);
            } finally {
                Files.deleteIfExists(file);
            }
        });
    }
}
