package dev.pollen.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pollen.interpreter.embed.PollenConfig;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The embedding example runs end to end: host function, host source fed from a thread, result read back. */
class EmbeddingExampleTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private PollenConfig config(boolean virtual) {
        return PollenConfig.defaults().withVirtualClock(virtual).withSeed(42)
                .withStreams(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    @Timeout(20)
    void onTheVirtualClock_theScriptQuotesThenHearsEveryDoorEventThenHandsBackAMap() throws InterruptedException {
        EmbeddingExample.Quote quote = EmbeddingExample.run(config(true));

        assertThat(quote).isEqualTo(new EmbeddingExample.Quote(3.25, List.of("open", "closed", "open", "closed"), 300));
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("""
                quoted apple at 0.5 (t=100 ms)
                quoted pear at 0.75 (t=200 ms)
                quoted fig at 2.0 (t=300 ms)
                the host said: KeyError: no price for kiwi
                door: open
                door: closed
                door: open
                door: closed
                """);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    @Timeout(20)
    void onTheRealClock_theTimersTakeRealTime() throws InterruptedException {
        long start = System.nanoTime();
        EmbeddingExample.Quote quote = EmbeddingExample.run(config(false));

        assertThat(quote.doorEvents()).containsExactly("open", "closed", "open", "closed");
        assertThat(quote.finishedAtMillis()).isGreaterThanOrEqualTo(300);
        assertThat((System.nanoTime() - start) / 1_000_000).isGreaterThanOrEqualTo(300);
    }
}
