package dev.pollen.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.pollen.interpreter.embed.Pollen;
import dev.pollen.interpreter.embed.PollenConfig;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every script in {@code examples/scripts} runs on the virtual clock with seed 42 and must print
 * exactly its checked-in {@code NAME.out}, with nothing on stderr.
 *
 * <p>After changing a script, regenerate its expected output with
 * {@code mvn -o -pl examples verify -Dexamples.record=true}, then read the new {@code .out} against
 * the script's logic before committing it: the file is the specification, not a snapshot.
 */
class ExamplesTest {
    private static final Path SCRIPTS = Path.of("scripts");
    private static final long SEED = 42;
    private static final boolean RECORD = Boolean.getBoolean("examples.record");
    /** Virtual time makes even an hour of sensor time quick; this only catches a script that never ends. */
    private static final Duration LIMIT = Duration.ofSeconds(30);
    /** A sensor example whose printed readings depend on the seed. */
    private static final String SEEDED_EXAMPLE = "thermostat.pln";
    /** An async fn, closure or block, outside a line comment. */
    private static final Pattern ASYNC_CODE = Pattern.compile("^[^/]*\\basync\\s*(fn|\\||\\{)", Pattern.MULTILINE);

    /** What one run printed. */
    record Output(String out, String err) {}

    @TestFactory
    Stream<DynamicTest> everyExamplePrintsItsExpectedOutput() {
        return scripts().stream().map(script -> DynamicTest.dynamicTest(name(script), () -> {
            Output run = run(script, SEED);
            Path expected = expectedOutput(script);
            if (RECORD) {
                Files.writeString(expected, run.out(), StandardCharsets.UTF_8);
            }
            assertThat(run.err()).as("stderr of %s", name(script)).isEmpty();
            assertThat(expected).as("expected output of %s", name(script)).exists();
            assertThat(run.out()).isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
        }));
    }

    @Test
    void thereAreAtLeastTenExamplesEachWithAHeaderSayingHowToRunIt() {
        List<Path> scripts = scripts();
        assertThat(scripts).hasSizeGreaterThanOrEqualTo(10);
        for (Path script : scripts) {
            String text = read(script);
            assertThat(text).as(name(script)).startsWith("// " + name(script) + ":");
            assertThat(text).as(name(script)).contains("bin/pollen", "--clock=virtual");
        }
    }

    @Test
    void theSameSeedGivesByteIdenticalOutput() {
        Path script = SCRIPTS.resolve(SEEDED_EXAMPLE);
        assertThat(run(script, 7).out()).isEqualTo(run(script, 7).out());
    }

    @Test
    void anotherSeedGivesOtherSamples() {
        Path script = SCRIPTS.resolve(SEEDED_EXAMPLE);
        assertThat(run(script, 7).out()).isNotEqualTo(run(script, SEED).out());
    }

    @TestFactory
    Stream<DynamicTest> pollenStatesListsTheMachinesOfEveryAsyncExample() {
        return scripts().stream()
                .filter(script -> ASYNC_CODE.matcher(read(script)).find())
                .map(script -> DynamicTest.dynamicTest(name(script), () -> {
                    try (Pollen pollen = new Pollen(config(SEED, new ByteArrayOutputStream(), new ByteArrayOutputStream()))) {
                        String states = pollen.states(script, null);
                        assertThat(states).contains("async fn", "state 0");
                    }
                }));
    }

    // ---- helpers --------------------------------------------------------------------------------

    /** Runs a script file as {@code pollen --clock=virtual --seed=SEED FILE} would. */
    static Output run(Path script, long seed) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertTimeoutPreemptively(LIMIT, () -> {
            try (Pollen pollen = new Pollen(config(seed, out, err))) {
                pollen.runFile(script);
            }
        }, () -> name(script) + " did not finish within " + LIMIT.toSeconds() + " s");
        return new Output(out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static PollenConfig config(long seed, ByteArrayOutputStream out, ByteArrayOutputStream err) {
        return PollenConfig.defaults().withVirtualClock(true).withSeed(seed)
                .withStreams(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    static List<Path> scripts() {
        try (Stream<Path> files = Files.list(SCRIPTS)) {
            return files.filter(p -> p.toString().endsWith(".pln")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path expectedOutput(Path script) {
        String file = name(script);
        return script.resolveSibling(file.substring(0, file.length() - ".pln".length()) + ".out");
    }

    private static String name(Path script) {
        return script.getFileName().toString();
    }

    private static String read(Path script) {
        try {
            return Files.readString(script, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
