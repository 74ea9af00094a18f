package dev.pollen.interpreter.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The embedding API as a Java developer uses it: values both ways, host functions, calls, errors. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class EmbeddingApiTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final Pollen pollen = new Pollen(PollenConfig.defaults()
            .withStreams(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8)));

    @AfterEach
    void close() {
        pollen.close();
    }

    private String printed() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void javaValues_becomeScriptValues() {
        pollen.define("i", 7);
        pollen.define("s", (short) 2);
        pollen.define("b", (byte) 3);
        pollen.define("l", 5L);
        pollen.define("f", 1.5f);
        pollen.define("big", BigInteger.valueOf(40));
        pollen.define("text", new StringBuilder("ab"));
        pollen.define("c", 'z');
        pollen.define("xs", List.of(1, 2, 3));
        pollen.define("arr", new int[] {4, 5});
        pollen.define("m", Map.of("k", 1));
        assertThat(pollen.eval("i + 1")).isEqualTo(8L);
        assertThat(pollen.eval("i == 7")).isEqualTo(true);
        assertThat(pollen.eval("s + b + l")).isEqualTo(10L);
        assertThat(pollen.eval("f * 2")).isEqualTo(3.0);
        assertThat(pollen.eval("big + 2")).isEqualTo(42L);
        assertThat(pollen.eval("text + c")).isEqualTo("abz");
        assertThat(pollen.eval("xs[1] + arr[1] + m[\"k\"]")).isEqualTo(8L);
        assertThat(pollen.eval("type_of(xs) + type_of(m)")).isEqualTo("listmap");
    }

    @Test
    void aBigIntegerOutOfRange_isAClearError() {
        assertThatThrownBy(() -> pollen.define("huge", BigInteger.ONE.shiftLeft(70)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("does not fit a Pollen int");
    }

    @Test
    void scriptValues_comeBackAsJavaViews() {
        Object list = pollen.eval("let xs = [1, \"a\", [2]]; xs");
        assertThat(list).isInstanceOf(List.class).isEqualTo(List.of(1L, "a", List.of(2L)));
        @SuppressWarnings("unchecked") List<Object> view = (List<Object>) list;
        view.add(9);  // a view: the script sees the change
        assertThat(pollen.eval("xs.len()")).isEqualTo(4L);
        assertThat(pollen.eval("#{\"a\": 1}")).isInstanceOf(Map.class).isEqualTo(Map.of("a", 1L));
        Object fn = pollen.eval("fn double(n) { n * 2 } double");
        assertThat(fn).isInstanceOf(ScriptFunction.class).hasToString("<fn double> (a Pollen function)");
        assertThat(((ScriptFunction) fn).call(21)).isEqualTo(42L);
    }

    @Test
    void hostFunctions_arePlainJavaFunctionalInterfaces() {
        pollen.define("twice", (Function<Long, Long>) n -> n * 2);
        pollen.define("join", (BiFunction<String, String, String>) (a, b) -> a + "-" + b);
        pollen.define("count", (HostFunction) args -> args.length);
        assertThat(pollen.eval("twice(4) + count(1, 2, 3)")).isEqualTo(11L);
        assertThat(pollen.eval("join(\"a\", \"b\")")).isEqualTo("a-b");
        assertThat(pollen.eval("str(twice)")).isEqualTo("<fn twice>");
        assertThatThrownBy(() -> pollen.eval("twice(1, 2)")).hasMessageContaining("TypeError");
    }

    @Test
    void anAsyncHostFunction_isAwaited_andWokenFromAnyThread() {
        pollen.define("fetch", (Function<String, CompletableFuture<String>>) key ->
                CompletableFuture.supplyAsync(() -> "value of " + key,
                        CompletableFuture.delayedExecutor(50, TimeUnit.MILLISECONDS)));
        assertThat(pollen.eval("let a = fetch(\"x\").await; let b = fetch(\"y\"); a + \", \" + b.await"))
                .isEqualTo("value of x, value of y");
    }

    @Test
    void aHostFunctionsException_isACatchableHostError_thatRunsFinally_andCarriesTheCause() {
        IllegalStateException boom = new IllegalStateException("disk full");
        pollen.define("save", (Function<Object, Object>) x -> {
            throw boom;
        });
        assertThat(pollen.eval("try { save(1) } catch e { print(e.kind + \": \" + e.message); 7 } finally { print(\"fin\") }"))
                .isEqualTo(7L);
        assertThat(printed()).isEqualTo("HostError: disk full\nfin\n");
        assertThatThrownBy(() -> pollen.eval("fn store() { save(2) }\nstore();"))
                .isInstanceOfSatisfying(ScriptRuntimeException.class, e -> {
                    assertThat(e.kind()).isEqualTo("HostError");
                    assertThat(e.getCause()).isSameAs(boom);
                    assertThat(e.location()).isNotNull();
                    assertThat(e.scriptStack()).anySatisfy(frame -> assertThat(frame).contains("store"));
                    assertThat(e.getMessage()).contains("HostError: disk full");
                });
        assertThatThrownBy(() -> pollen.eval("async { save(3) }.await;")).hasMessageContaining("HostError");
    }

    @Test
    void aScriptFunction_isCalledByName_syncOrAsync() throws Exception {
        pollen.eval("fn add(a, b) { a + b }\nasync fn later(n) { sleep(10).await; n * 10 }");
        assertThat(pollen.call("add", 2, 3)).isEqualTo(5L);
        assertThat(pollen.call("later", 4)).isEqualTo(40L);
        assertThat(pollen.callAsync("later", 5).get(10, TimeUnit.SECONDS)).isEqualTo(50L);
        assertThatThrownBy(() -> pollen.call("nothing")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no function named nothing");
    }

    @Test
    void evalAsync_completesWithoutTheCallerBlocking() throws Exception {
        CompletableFuture<Object> pending = pollen.evalAsync("sleep(100).await; 6 * 7");
        assertThat(pending.get(10, TimeUnit.SECONDS)).isEqualTo(42L);
        CompletableFuture<Object> failing = pollen.evalAsync("throw error(\"ValueError\", \"no\");");
        assertThat(failing).failsWithin(10, TimeUnit.SECONDS).withThrowableThat()
                .havingCause().isInstanceOf(ScriptRuntimeException.class);
    }

    @Test
    void aFutureValue_becomesACompletableFuture() throws Exception {
        Object future = pollen.eval("async fn slow() { sleep(20).await; \"done\" } slow()");
        assertThat(future).isInstanceOf(CompletableFuture.class);
        assertThat(((CompletableFuture<?>) future).get(10, TimeUnit.SECONDS)).isEqualTo("done");
    }

    @Test
    void globals_areReadWrittenAndRemoved() {
        pollen.set("limit", 3);
        pollen.eval("let total = limit * 2;");
        assertThat(pollen.get("total")).isEqualTo(6L);
        pollen.remove("limit");
        assertThatThrownBy(() -> pollen.eval("limit")).isInstanceOf(RuntimeException.class);
        assertThat(pollen.get("limit")).isNull();
    }

    @Test
    void unobservedTaskFailures_reachTheHost() {
        List<ScriptRuntimeException> failures = new CopyOnWriteArrayList<>();
        pollen.onTaskFailure(failures::add);
        pollen.eval("spawn(async { throw error(\"ValueError\", \"lost\") }); yield_now().await; 1");
        assertThat(failures).hasSize(1);
        assertThat(failures.get(0).getMessage()).contains("ValueError: lost");
    }

    @Test
    void aFailedEvaluationsTasks_doNotOutliveIt() {
        pollen.setLimits(Limits.none().withMaxOps(100_000));
        assertThatThrownBy(() -> pollen.eval("spawn(async { loop { yield_now().await; } }); loop {}"))
                .hasMessageContaining("LimitExceeded");
        pollen.setLimits(Limits.none());
        assertThat(pollen.executor().liveTasks()).isEmpty();
    }

    @Test
    void severalHostThreads_shareOneEngine_oneCallAtATime() throws Exception {
        pollen.eval("let mut counter = 0;\nfn bump() { let c = counter; yield_now; counter = c + 1; }");
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            Thread thread = new Thread(() -> {
                for (int i = 0; i < 50; i++) {
                    pollen.call("bump");
                }
            });
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        assertThat(pollen.get("counter")).isEqualTo(200L);
    }

    @Test
    void aPendingHostFuture_isALiveSource_soTheVirtualClockWaitsForItInsteadOfReportingADeadlock() {
        try (Pollen virtual = new Pollen(PollenConfig.defaults().withVirtualClock(true))) {
            virtual.define("later", (java.util.function.Supplier<CompletableFuture<String>>) () ->
                    CompletableFuture.supplyAsync(() -> "came",
                            CompletableFuture.delayedExecutor(100, TimeUnit.MILLISECONDS)));
            assertThat(virtual.eval("later().await")).isEqualTo("came");
        }
    }

    @Test
    void aFailedHostFuture_isACatchableHostError() {
        IllegalStateException boom = new IllegalStateException("warehouse closed");
        pollen.define("stock", (java.util.function.Supplier<CompletableFuture<Integer>>) () ->
                CompletableFuture.failedFuture(boom));
        assertThat(pollen.eval("try { stock().await } catch e { e.kind + \": \" + e.message }"))
                .isEqualTo("HostError: warehouse closed");
        assertThatThrownBy(() -> pollen.eval("stock().await;"))
                .isInstanceOfSatisfying(ScriptRuntimeException.class, e -> assertThat(e.getCause()).isSameAs(boom));
    }
}
