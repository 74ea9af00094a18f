package dev.pollen.fuzz;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every input in {@code src/test/resources/corpus} — the inputs a fuzzer found failing, kept
 * once fixed, and the seeds the parser target mutates — checked and run by the command with the
 * fuzzers' invariants. Each also has a conformance script or unit test that says what it must do.
 */
class CorpusRegressionTest {
    static Stream<Path> corpus() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/corpus"))) {
            return files.filter(p -> p.toString().endsWith(".pln")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("corpus")
    @Timeout(120)
    void checkedAndRunInWords(Path file) throws Exception {
        String shown = file.getFileName().toString();
        CommandRunner.checked(CommandRunner.run(60_000, "check", file.toString()), Set.of(0, 2), shown);
        CommandRunner.checked(CommandRunner.run(60_000, "--clock=virtual", "--max-ops=100000", file.toString()),
                Set.of(0, 1, 2), shown);
    }
}
