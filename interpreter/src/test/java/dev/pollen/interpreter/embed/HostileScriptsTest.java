package dev.pollen.interpreter.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each hostile script of LANGUAGE.md §11 is stopped by its limit with LimitExceeded (or the
 * interrupt), and the engine answers {@code 1 + 1} afterwards. The time each took is printed for
 * the record; the assertion on it is deliberately loose (well under the test's timeout).
 */
class HostileScriptsTest {
    private static final Limits LIMITS = Limits.none()
            .withDeadlineMillis(1_500)
            .withMaxTasks(10_000)
            .withMaxString(10_000_000)
            .withMaxCollection(1_000_000)
            .withMaxDepth(12_000);

    static Stream<Arguments> scripts() {
        return Stream.of(
                Arguments.of("loop {}", "--deadline"),
                Arguments.of("loop { try { loop {} } catch e {} }", "--deadline"),
                Arguments.of("loop { spawn(async { loop { yield_now().await; } }); }", "--max-tasks"),
                Arguments.of("async fn bomb() { spawn(bomb()); spawn(bomb()); } bomb().await; pending().await;",
                        "--max-tasks"),
                Arguments.of("loop { spawn(async { pending().await; }); yield_now().await; }", "--max-tasks"),
                Arguments.of("let mut s = \"x\"; loop { s = s + s; }", "--max-string"),
                Arguments.of("\"x\".repeat(2000000000);", "--max-string"),
                Arguments.of("let xs = []; loop { xs.push(1); }", "--max-collection"),
                Arguments.of("let mut xs = [1]; loop { xs = xs + xs; }", "--max-collection"),
                Arguments.of("fn f(n) { f(n + 1) } f(0);", "--max-depth"),
                Arguments.of("async fn f(n) { f(n + 1).await } f(0).await;", "--max-depth"),
                Arguments.of("poll_fn(|cx| { cx.waker().wake(); Pending }).await;", "--deadline"),
                Arguments.of("sleep(60000).await;", "--deadline"));
    }

    @ParameterizedTest
    @MethodSource("scripts")
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void eachHostileScript_isStoppedByItsLimit_andTheEngineAnswersAfter(String script, String limit) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PollenConfig config = PollenConfig.defaults().withLimits(LIMITS)
                .withStreams(new PrintStream(new ByteArrayOutputStream()), new PrintStream(err));
        try (Pollen pollen = new Pollen(config)) {
            long start = System.nanoTime();
            assertThatThrownBy(() -> pollen.eval(script))
                    .isInstanceOf(ScriptRuntimeException.class)
                    .hasMessageContaining("LimitExceeded")
                    .hasMessageContaining(limit);
            long millis = (System.nanoTime() - start) / 1_000_000;
            System.out.printf("hostile script stopped in %5d ms by %-16s : %s%n", millis, limit, script);
            assertThat(millis).isLessThan(10_000);
            assertThat(pollen.eval("1 + 1")).isEqualTo(2L);
        }
    }
}
