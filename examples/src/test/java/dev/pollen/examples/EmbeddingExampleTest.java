package dev.pollen.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pollen.interpreter.embed.PollenConfig;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The embedding example runs end to end: an async host function awaited by the script, a script
 * function called from Java, a host exception caught in the script, a runaway rule stopped by a
 * limit, and the engine still answering.
 */
class EmbeddingExampleTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    @Timeout(30)
    void theApplication_quotes_catchesTheHostsError_andSurvivesARunawayRule() {
        PollenConfig config = PollenConfig.defaults()
                .withStreams(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

        EmbeddingExample.Outcome outcome = EmbeddingExample.run(config);

        assertThat(outcome.quote()).isEqualTo(new EmbeddingExample.Quote(List.of("apple", "fig"), List.of("pear"), 2.5));
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("the host said: HostError no price for kiwi\n");
        assertThat(outcome.runawayRule()).startsWith("LimitExceeded at user-rule.pln:1:");
        assertThat(outcome.answerAfterwards()).isEqualTo(2L);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    }
}
