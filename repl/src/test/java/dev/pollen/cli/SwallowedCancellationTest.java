package dev.pollen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pollen.interpreter.embed.Pollen;
import dev.pollen.interpreter.embed.PollenConfig;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A cancelled future that catches {@code Cancelled} and awaits again loops inside its
 * cancellation. Like any endless loop, {@code --max-ops} ends it: the run fails with
 * LimitExceeded (exit 1, LANGUAGE §11) and the error names the place in the script; an
 * interrupt from the host stops it too.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class SwallowedCancellationTest {
    private static final String SWALLOW = "async fn swallow() { loop { try { sleep(10).await; } catch e {} } }\n";

    @TempDir
    Path dir;

    private CommandRun run(String body, int maxOps) throws IOException {
        Path file = dir.resolve("swallow.pln");
        Files.writeString(file, SWALLOW + body);
        return CommandRun.of("--clock=virtual", "--max-ops=" + maxOps, file.toString());
    }

    private static void assertStoppedAtTheLoop(CommandRun run, int maxOps) {
        assertThat(run.status()).as(run.err()).isEqualTo(1);
        assertThat(run.err()).contains("error: LimitExceeded: the run exceeded " + maxOps + " operations")
                .contains("in swallow (").contains("swallow.pln:1:")
                .doesNotContain("(null)");
    }

    // Each turn of the loop counts two operations (the loop and the call of sleep): both budgets
    // make sure that either one, when it is the last, names its place.

    @ParameterizedTest
    @ValueSource(ints = {5000, 5001})
    void anAbortedTask(int maxOps) throws IOException {
        CommandRun run = run("let t = spawn(swallow(), \"swallower\");\nsleep(50).await;\nt.abort();\n"
                + "sleep(50).await;\nprint(\"after abort\");\n", maxOps);
        assertStoppedAtTheLoop(run, maxOps);
    }

    @ParameterizedTest
    @ValueSource(ints = {5000, 5001})
    void aTaskCancelledAtMainExit(int maxOps) throws IOException {
        CommandRun run = run("spawn(swallow(), \"swallower\");\nsleep(50).await;\nprint(\"main ends\");\n", maxOps);
        assertThat(run.out()).isEqualTo("main ends\n");
        assertStoppedAtTheLoop(run, maxOps);
    }

    @ParameterizedTest
    @ValueSource(ints = {5000, 5001})
    void theLoserOfASelect(int maxOps) throws IOException {
        CommandRun run = run("let r = select(swallow(), sleep(5)).await;\nprint(\"selected\", r);\n", maxOps);
        assertStoppedAtTheLoop(run, maxOps);
    }

    @Test
    void anInterruptStopsTheLoopAtMainExit() throws Exception {
        // The awaited future is a variable: the loop's own tick is its only operation, so the
        // interrupt lands there, outside the try that swallows Cancelled.
        String script = "let never = pending();\n"
                + "spawn(async { loop { try { never.await; } catch e {} } }, \"swallower\");\n"
                + "sleep(50).await;\nprint(\"main ends\");\n";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream stream = new PrintStream(out, true, StandardCharsets.UTF_8);
        try (EngineThread engine = new EngineThread("swallow-test")) {
            Pollen pollen = engine.call(() -> new Pollen(PollenConfig.defaults().withVirtualClock(true)
                    .withStreams(stream, stream)));
            CompletableFuture<Object> run = engine.submit(() -> pollen.run(script, "swallow.pln"));
            while (!out.toString(StandardCharsets.UTF_8).contains("main ends")) {
                Thread.sleep(10);
            }
            pollen.interrupt();
            run.get(30, TimeUnit.SECONDS);
            engine.call(() -> {
                pollen.close();
                return null;
            });
        }
    }
}
