package dev.pollen.interpreter.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** LANGUAGE.md §11 through the embedding API: per evaluation, uncatchable, the engine usable after. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class LimitsTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    private Pollen engine(Limits limits) {
        return new Pollen(PollenConfig.defaults().withLimits(limits)
                .withStreams(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream())));
    }

    private String printed() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void maxOps_isABudgetPerEvaluation_notForTheEnginesLife() {
        try (Pollen pollen = engine(Limits.none().withMaxOps(1_000))) {
            for (int i = 0; i < 5; i++) {
                assertThat(pollen.eval("let mut n = 0; while n < 500 { n = n + 1; } n")).isEqualTo(500L);
            }
            assertThatThrownBy(() -> pollen.eval("loop {}")).hasMessageContaining("LimitExceeded")
                    .hasMessageContaining("1000 operations");
            assertThat(pollen.eval("1 + 1")).isEqualTo(2L);
        }
    }

    @Test
    void aLimit_isNotCaught_andRunsNoFinally() {
        try (Pollen pollen = engine(Limits.none().withMaxOps(10_000))) {
            assertThatThrownBy(() -> pollen.eval(
                    "try { loop {} } catch e { print(\"caught\") } finally { print(\"finally\") }"))
                    .hasMessageContaining("LimitExceeded");
            assertThat(printed()).isEmpty();
        }
    }

    @Test
    void setLimits_appliesToTheNextEvaluation() {
        try (Pollen pollen = engine(Limits.none())) {
            pollen.setLimits(Limits.none().withMaxCollection(3));
            assertThatThrownBy(() -> pollen.eval("let xs = [1, 2, 3]; xs.push(4);"))
                    .hasMessageContaining("--max-collection");
            pollen.setLimits(Limits.none());
            assertThat(pollen.eval("let ys = [1, 2, 3]; ys.push(4); ys.len()")).isEqualTo(4L);
        }
    }

    @Test
    void interrupt_cannotBeCaught_andStopsALoopThatCatchesEverything() throws Exception {
        try (Pollen pollen = engine(Limits.none())) {
            CompletableFuture<Throwable> failure = CompletableFuture.supplyAsync(() -> {
                try {
                    pollen.eval("loop { try { loop {} } catch e { print(\"caught\") } finally { print(\"fin\") } }");
                    return null;
                } catch (Throwable t) {
                    return t;
                }
            });
            while (!failure.isDone()) {
                pollen.interrupt();
                Thread.sleep(20);
            }
            assertThat(failure.get()).isInstanceOf(ScriptRuntimeException.class)
                    .hasMessageContaining("Cancelled: interrupted");
            assertThat(printed()).isEmpty();
            assertThat(pollen.eval("1 + 1")).isEqualTo(2L);
        }
    }

    @Test
    void interrupt_whileIdle_neverReachesALaterEvaluation() {
        try (Pollen pollen = engine(Limits.none())) {
            pollen.interrupt();
            assertThat(pollen.eval("let mut n = 0; while n < 1000 { n = n + 1; } n")).isEqualTo(1000L);
        }
    }

    @Test
    void withoutMaxDepth_deepRecursionOnAnyHostThread_meetsTheCatchableStackOverflowAt12000() {
        try (Pollen pollen = engine(Limits.none())) {
            // The host's own thread has a small stack; the engine runs scripts on its deep one.
            Object depth = pollen.eval("let mut d = 0; fn f(n) { d = n; f(n + 1) } "
                    + "try { f(1) } catch e { print(e.kind) } d");
            assertThat(depth).isEqualTo(12_000L);
            assertThat(printed()).isEqualTo("StackOverflow\n");
        }
    }

    @Test
    void maxMemory_stopsAScriptThatHoldsOnToEverything() {
        System.gc();
        long usedMiB = (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20;
        try (Pollen pollen = engine(Limits.none().withMaxMemoryMiB(usedMiB + 128).withDeadlineMillis(20_000))) {
            // The hoard is a local: once the limit ends the call, it is garbage again.
            assertThatThrownBy(() -> pollen.eval(
                    "fn hoard() { let keep = []; loop { keep.push(\"x\".repeat(100000) + str(len(keep))); } } hoard();"))
                    .hasMessageContaining("LimitExceeded").hasMessageContaining("--max-memory");
            assertThat(pollen.eval("1 + 1")).isEqualTo(2L);
        }
    }

    @Test
    void theJvmOutOfMemory_isReportedAsOutOfMemory_withAdvice_andTheEngineGoesOn() {
        try (Pollen pollen = engine(Limits.none())) {
            pollen.define("exhaust", (java.util.function.Supplier<Object>) () -> {
                throw new OutOfMemoryError("Java heap space");  // what a runaway allocation ends in
            });
            assertThatThrownBy(() -> pollen.eval("try { exhaust() } finally { print(\"fin\") }"))
                    .isInstanceOf(ScriptRuntimeException.class)
                    .hasMessageContaining("error: out of memory")
                    .hasMessageContaining("raise the heap")
                    .hasMessageNotContaining("bug");
            assertThat(pollen.eval("1 + 1")).isEqualTo(2L);
        }
    }

    @Test
    void sizeLimits_holdOnTheWorkersOfTheMultiThreadedExecutor() {
        try (Pollen pollen = new Pollen(PollenConfig.defaults().withThreads(2, false)
                .withLimits(Limits.none().withMaxString(1_000).withMaxCollection(1_000))
                .withStreams(new PrintStream(out), new PrintStream(new ByteArrayOutputStream())))) {
            assertThatThrownBy(() -> pollen.eval("\"x\".repeat(2000000000);")).hasMessageContaining("--max-string");
            assertThatThrownBy(() -> pollen.eval("let xs = []; loop { xs.push(1); }"))
                    .hasMessageContaining("--max-collection");
            assertThat(pollen.eval("1 + 1")).isEqualTo(2L);
        }
    }
}
