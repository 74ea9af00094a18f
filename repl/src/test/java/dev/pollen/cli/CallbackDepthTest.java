package dev.pollen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The recursion limit counts the calls a native makes back into script code (LANGUAGE §11): a
 * callback continues the depth of the code that called the native instead of starting again.
 * Run through the command, on its engine thread and its large stack, where nothing but the
 * interpreter's own count can stop the recursion.
 */
class CallbackDepthTest {
    /** Goes {@code n} calls deep, then calls {@code then}. */
    private static final String DEEP = "fn deep(n, then) { if n == 0 { then() } else { deep(n - 1, then) } }\n";

    @ParameterizedTest
    @ValueSource(strings = {
        "[1].map(|x| deep(50, || 0))",
        "[1].filter(|x| deep(50, || true))",
        "[1, 2].reduce(|a, x| deep(50, || a + x))",
        "[2, 1].sort_by(|x| deep(50, || x))",
    })
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aCallbackContinuesTheDepthOfItsCaller(String callback) {
        CommandRun run = CommandRun.of("--clock=virtual", "-e", DEEP
                + "try { deep(11990, || " + callback + "); print(\"no limit\"); } catch e { print(e.kind); }");
        assertThat(run.out()).as(run.err()).isEqualTo("StackOverflow\n");
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void recursionThroughMapEndsInStackOverflow() {
        CommandRun run = CommandRun.of("--clock=virtual", "-e", "fn f(n) { [n].map(|x| f(x + 1)) } f(0)");
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).contains("StackOverflow").contains("maximum recursion depth exceeded");
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void recursionThroughPollFnEndsInStackOverflow() {
        CommandRun run = CommandRun.of("--clock=virtual", "-e",
                "async fn r(n) { poll_fn(|cx| Ready(r(n + 1))).await.await }\n"
                        + "try { r(0).await; } catch e { print(e.kind); }");
        assertThat(run.out()).as(run.err()).isEqualTo("StackOverflow\n");
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void callbacksWellUnderTheLimitStillRun() {
        CommandRun run = CommandRun.of("--clock=virtual", "-e", DEEP
                + "print(deep(5000, || [1, 2].map(|x| deep(5000, || x * 2))));");
        assertThat(run.out()).as(run.err()).isEqualTo("[2, 4]\n");
    }
}
