package dev.pollen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** {@code --trace} under {@code --executor=multi}: workers named, steals marked, lines in time order. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class ParallelTraceTest {
    private static final Pattern STAMP = Pattern.compile("^\\[\\s*([0-9.]+) ms\\] (.*)$");

    @Test
    void everyPollNamesItsWorker_andLinesComeOutInTimeOrder() {
        CommandRun run = CommandRun.of("--executor=multi", "--threads=2", "--trace", "-e",
                "fn spin(n) { let mut s = 0; for i in 0..n { s += i; } s }\n"
                        + "let hs = [];\n"
                        + "for t in 0..6 { hs.push(spawn(async { for k in 0..5 { spin(20000); yield_now().await; } t })); }\n"
                        + "let mut total = 0; for h in hs { total += h.await; } print(total);");
        assertThat(run.status()).isZero();
        assertThat(run.out()).isEqualTo("15\n");
        List<String> lines = run.err().lines().toList();
        double previous = -1;
        int polls = 0;
        for (String line : lines) {
            Matcher m = STAMP.matcher(line);
            assertThat(m.matches()).as("a trace line: %s", line).isTrue();
            double at = Double.parseDouble(m.group(1));
            assertThat(at).as("time order at: %s", line).isGreaterThanOrEqualTo(previous);
            previous = at;
            String event = m.group(2);
            if (event.startsWith("poll ")) {
                polls++;
                assertThat(event).matches("poll task \\d+ \\(.*\\) on worker [12] -> (Ready|Pending)");
            }
            if (event.startsWith("steal ")) {
                assertThat(event).matches("steal task \\d+ \\(.*\\) by worker [12] from worker [12]");
            }
        }
        assertThat(polls).isGreaterThan(30);
    }
}
