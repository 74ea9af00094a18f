package dev.pollen.interpreter.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The conformance suite: every {@code .pln} under {@code src/test/resources/conformance} (files
 * starting with {@code _} are helper modules) runs through the engine and must print exactly its
 * {@code // expect:} lines, contain its {@code // expect-stderr:} texts and end with its exit code.
 * {@code -Dpollen.conformance.dir=DIR} runs another folder of scripts in the same format.
 */
class ConformanceTest {

    @TestFactory
    Stream<DynamicTest> scripts() throws IOException {
        Path root = root();
        return files(root).stream().map(file -> DynamicTest.dynamicTest(root.relativize(file).toString(), () -> check(file)));
    }

    static Path root() {
        return Path.of(System.getProperty("pollen.conformance.dir", "src/test/resources/conformance"));
    }

    static List<Path> files(Path root) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(p -> p.toString().endsWith(".pln"))
                    .filter(p -> !p.getFileName().toString().startsWith("_"))
                    .sorted()
                    .toList();
        }
        return files;
    }

    static void check(Path file) throws Exception {
        ScriptCase script = ScriptCase.read(file);
        ScriptOutcome outcome = ScriptOutcome.run(script);
        assertThat(outcome.stdout().lines().toList())
                .as("stdout of %s (stderr: %s)", file, outcome.stderr())
                .containsExactlyElementsOf(script.stdout());
        int from = 0;
        for (String wanted : script.stderr()) {
            int at = outcome.stderr().indexOf(wanted, from);
            assertThat(at).as("stderr of %s should contain %s after position %d; it was:%n%s", file, wanted, from,
                    outcome.stderr()).isGreaterThanOrEqualTo(0);
            from = at + wanted.length();
        }
        assertThat(outcome.exit()).as("exit status of %s (stderr: %s)", file, outcome.stderr()).isEqualTo(script.exit());
    }
}
