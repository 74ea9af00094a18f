package dev.pollen.interpreter.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import dev.pollen.interpreter.embed.CompileTier;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The conformance suite: every {@code .pln} under {@code src/test/resources/conformance} (files
 * starting with {@code _} are helper modules) runs through the engine and must print exactly its
 * {@code // expect:} lines, contain its {@code // expect-stderr:} texts and end with its exit code.
 * {@code -Dpollen.conformance.dir=DIR} runs another folder of scripts in the same format. Every
 * script runs twice: with functions compiled to bytecode on first call ({@code --compile=always})
 * and with the node interpreter alone ({@code --compile=never}); both must give the same output.
 */
class ConformanceTest {

    @TestFactory
    Stream<DynamicContainer> scripts() throws IOException {
        Path root = Path.of(System.getProperty("pollen.conformance.dir", "src/test/resources/conformance"));
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(p -> p.toString().endsWith(".pln"))
                    .filter(p -> !p.getFileName().toString().startsWith("_"))
                    .sorted()
                    .toList();
        }
        return Stream.of(CompileTier.ALWAYS, CompileTier.NEVER).map(tier -> DynamicContainer.dynamicContainer(
                "--compile=" + tier.name().toLowerCase(java.util.Locale.ROOT),
                files.stream().map(file -> DynamicTest.dynamicTest(root.relativize(file).toString(),
                        () -> check(file, tier)))));
    }

    private static void check(Path file, CompileTier tier) throws Exception {
        ScriptCase script = ScriptCase.read(file);
        ScriptOutcome outcome = ScriptOutcome.run(script, tier);
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
