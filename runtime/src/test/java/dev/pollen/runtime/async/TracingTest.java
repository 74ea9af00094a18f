package dev.pollen.runtime.async;

import static dev.pollen.runtime.async.TestTime.ms;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 2, unit = TimeUnit.MINUTES)
class TracingTest {
    private final SingleThreadExecutor ex = SingleThreadExecutor.withVirtualClock();

    @Test
    void textTracer_printsOneStampedLinePerEvent() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ex.setTraceListener(new TextTracer(new PrintStream(bytes, true, StandardCharsets.UTF_8)));
        ex.blockOn(Steps.named("main")
                .run(() -> ex.spawn(new Sleep(ex, ms(10)), "worker"))
                .await(() -> new Sleep(ex, ms(5))), "main");
        LiveSource sensor = ex.registerSource("temperature");
        sensor.noteInterrupt();
        sensor.close();
        List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).containsExactly(
                "[    0.000 ms] spawn task 1 (main)",
                "[    0.000 ms] spawn task 2 (worker)",
                "[    0.000 ms] poll task 1 (main) -> Pending",
                "[    0.000 ms] poll task 2 (worker) -> Pending",
                "[    5.000 ms] timer sleep fires (due 5 ms) -> task 1 (main)",
                "[    5.000 ms] wake task 1 (main)",
                "[    5.000 ms] poll task 1 (main) -> Ready",
                "[    5.000 ms] interrupt temperature");
    }

    @Test
    void textTracer_marksWakesFromAnotherThread() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ex.setTraceListener(new TextTracer(new PrintStream(bytes, true, StandardCharsets.UTF_8)));
        Probe probe = new Probe();
        Task t = ex.spawn(probe, "p");
        ex.runUntilIdle();
        Thread other = new Thread(() -> probe.complete(1));
        other.start();
        other.join();
        assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("wake task 1 (p) from another thread");
        ex.runUntilFinished(t);
    }

    @Test
    void tracingOff_recordsNothing() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ex.setTraceListener(new TextTracer(new PrintStream(bytes, true, StandardCharsets.UTF_8)));
        ex.setTraceListener(null);
        ex.blockOn(new Sleep(ex, ms(3)), "main");
        assertThat(bytes.size()).isZero();
    }

    @Test
    void chromeTrace_hasATrackPerTask_aSlicePerPoll_andInstantWakes() {
        StringWriter out = new StringWriter();
        ChromeTraceWriter writer = new ChromeTraceWriter(out);
        ex.setTraceListener(writer);
        ex.blockOn(Steps.named("main")
                .run(() -> ex.spawn(new Sleep(ex, ms(10)), "wor\"ker"))
                .await(() -> new Sleep(ex, ms(20))), "main");
        writer.close();
        String json = out.toString();

        assertThat(json).startsWith("{\"traceEvents\":[").endsWith("],\"displayTimeUnit\":\"ms\"}\n");
        assertThat(json).contains("\"name\":\"thread_name\",\"ph\":\"M\",\"pid\":1,\"tid\":1,\"args\":{\"name\":\"task 1 (main)\"}");
        assertThat(json).contains("\"args\":{\"name\":\"task 2 (wor\\\"ker)\"}");
        assertThat(count(json, "\"ph\":\"X\"")).isEqualTo(4);  // main twice, worker twice
        assertThat(count(json, "\"name\":\"wake\"")).isEqualTo(2);
        assertThat(json).contains("\"ts\":10000.000");
        assertThat(balanced(json)).isTrue();
        assertThat(writer.checkError()).isFalse();
    }

    private static int count(String s, String needle) {
        Matcher m = Pattern.compile(Pattern.quote(needle)).matcher(s);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    /** Brackets and braces outside strings balance: a cheap well-formedness check. */
    private static boolean balanced(String json) {
        int depth = 0;
        boolean inString = false;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '{' || c == '[') {
                depth++;
            } else if (c == '}' || c == ']') {
                depth--;
                if (depth < 0) {
                    return false;
                }
            }
        }
        return depth == 0 && !inString;
    }
}
