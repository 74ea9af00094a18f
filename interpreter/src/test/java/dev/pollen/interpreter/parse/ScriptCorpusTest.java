package dev.pollen.interpreter.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every shared acceptance and benchmark script parses, except the two that exist to fail, which
 * fail with the error and line their annotations expect. The scripts live in {@code ../shared}
 * next to the repository; CI has it, a bare checkout may not.
 */
class ScriptCorpusTest {
    private static final Path SHARED = findShared();

    @Test
    void everySharedScriptParses() {
        assumeTrue(SHARED != null, "../shared is absent: the shared scripts are not checked here");
        List<Path> scripts = scripts();
        assertThat(scripts).isNotEmpty();
        for (Path script : scripts) {
            String name = script.getFileName().toString();
            ParseResult result = SourceParser.parse(read(script), name);
            switch (name) {
                case "syntax_error.pln" -> assertThat(result.errors()).extracting(ParseFixtures::describe)
                        .containsExactly("3:14 expected expression, found ';'");
                case "int_literal_range.pln" -> assertThat(result.errors()).extracting(ParseFixtures::describe)
                        .containsExactly("3:11 integer literal out of range");
                default -> assertThat(result.errors()).as("errors in %s", script).isEmpty();
            }
        }
    }

    private static List<Path> scripts() {
        try (Stream<Path> acceptance = Files.walk(SHARED.resolve("acceptance"));
                Stream<Path> bench = Files.walk(SHARED.resolve("bench/pollen"))) {
            return Stream.concat(acceptance, bench).filter(p -> p.toString().endsWith(".pln")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path script) {
        try {
            return Files.readString(script);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code ../shared} seen from the repository root, whichever module directory the test runs in. */
    private static Path findShared() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("../shared/acceptance"))) {
                return dir.resolve("../shared").normalize();
            }
        }
        return null;
    }
}
