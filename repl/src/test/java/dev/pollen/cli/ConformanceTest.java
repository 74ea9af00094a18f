package dev.pollen.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.Timeout;

/**
 * The conformance suite: every {@code .pln} under {@code interpreter/src/test/resources/conformance}
 * (files starting with {@code _} are helper modules) runs through the {@code pollen} command itself
 * — its option parser, its engine thread and that thread's stack — and must print exactly its
 * {@code // expect:} lines, contain its {@code // expect-stderr:} texts and end with its exit code.
 * Names in messages read as they do when the command runs from the script's folder.
 * {@code -Dpollen.conformance.dir=DIR} runs another folder of scripts in the same format. Every
 * script runs twice: with each function compiled to JVM bytecode on its first call
 * ({@code --compile=always}) and with the node interpreter alone ({@code --compile=never}); both
 * must give the same output.
 */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class ConformanceTest {
    /** Far above any script's run time: only a hang reaches it. */
    private static final Duration PER_SCRIPT = Duration.ofSeconds(60);

    @TestFactory
    Stream<DynamicContainer> scripts() throws IOException {
        Path root = root();
        List<Path> files = files(root);
        return Stream.of("--compile=always", "--compile=never").map(tier -> DynamicContainer.dynamicContainer(tier,
                files.stream().map(file -> DynamicTest.dynamicTest(root.relativize(file).toString(),
                        () -> assertTimeoutPreemptively(PER_SCRIPT, () -> check(file, tier))))));
    }

    static Path root() {
        return Path.of(System.getProperty("pollen.conformance.dir", "../interpreter/src/test/resources/conformance"));
    }

    /** The scripts of the suite, helper modules left out. */
    static List<Path> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(".pln"))
                    .filter(p -> !p.getFileName().toString().startsWith("_"))
                    .sorted()
                    .toList();
        }
    }

    /** Runs {@code file} with the command's default tier and checks its output. */
    static void check(Path file) throws IOException {
        check(file, "--compile=auto");
    }

    /** Runs {@code file} as {@code pollen OPTIONS FLAGS FILE} (its own flags after the options) and checks it. */
    static void check(Path file, String... options) throws IOException {
        ScriptCase script = ScriptCase.read(file);
        List<String> args = new ArrayList<>(List.of(options));
        args.addAll(script.flags());
        Path absolute = file.toAbsolutePath().normalize();
        args.add(absolute.toString());
        CommandRun run = CommandRun.withStdin(script.stdin(), args.toArray(new String[0]));
        String stderr = run.err().replace(absolute.getParent() + "/", "");
        assertThat(run.out().lines().toList())
                .as("stdout of %s (stderr: %s)", file, stderr)
                .containsExactlyElementsOf(script.stdout());
        int from = 0;
        for (String wanted : script.stderr()) {
            int at = stderr.indexOf(wanted, from);
            assertThat(at).as("stderr of %s should contain %s after position %d; it was:%n%s", file, wanted, from,
                    stderr).isGreaterThanOrEqualTo(0);
            from = at + wanted.length();
        }
        assertThat(run.status()).as("exit status of %s (stderr: %s)", file, stderr).isEqualTo(script.exit());
    }
}
