package dev.pollen.interpreter.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a REPL needs of the engine, through the public API alone: entries that another thread
 * cancels, values shown and completed without running them, the live tasks, background slices,
 * the clock and the text trace.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class ReplToolsTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private Pollen pollen = engine(PollenConfig.defaults().withVirtualClock(true));

    private Pollen engine(PollenConfig config) {
        return new Pollen(config.withStreams(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)));
    }

    @AfterEach
    void close() {
        pollen.close();
    }

    @Test
    void anEntrysValue_isShownAsTheReplShowsIt_andGivenBackUnchanged() {
        ScriptValue value = pollen.startEntry("let xs = [1, \"a\", nil]; xs", "<repl:1>").await();
        assertThat(value.repr()).isEqualTo("[1, \"a\", nil]");
        assertThat(value.typeName()).isEqualTo("list");
        pollen.define("_", value);
        assertThat(pollen.startEntry("_.push(2); xs", "<repl:2>").await().repr()).isEqualTo("[1, \"a\", nil, 2]");
        assertThat(pollen.startEntry("let y = 1;", "<repl:3>").await().isNil()).isTrue();
    }

    @Test
    void anEntryCancelledFromAnotherThread_endsAsCancelled_andTheEngineGoesOn() throws Exception {
        pollen.close();
        pollen = engine(PollenConfig.defaults());
        Entry entry = pollen.startEntry("let mut reached = false; sleep(60_000).await; reached = true;", "<repl:1>");
        Thread canceller = new Thread(() -> {
            sleepQuietly(50);
            entry.cancel();
        });
        canceller.start();
        assertThatThrownBy(entry::await).isInstanceOfSatisfying(ScriptRuntimeException.class,
                e -> assertThat(e.kind()).isEqualTo("Cancelled"));
        canceller.join();
        assertThat(entry.wasCancelled()).isTrue();
        assertThat(entry.name()).isEqualTo("<repl:1>");
        assertThat(pollen.startEntry("reached", "<repl:2>").await().repr()).isEqualTo("false");
    }

    @Test
    void anEntryThatMeetsALimit_isNotCalledCancelled() {
        pollen.setLimits(Limits.none().withMaxOps(10_000));
        Entry entry = pollen.startEntry("loop {}", "<repl:1>");
        assertThatThrownBy(entry::await).isInstanceOfSatisfying(ScriptRuntimeException.class,
                e -> assertThat(e.kind()).isEqualTo("LimitExceeded"));
        assertThat(entry.wasCancelled()).isFalse();
    }

    @Test
    void aDeadlockedEntry_leavesNoTaskBehind() {
        Entry entry = pollen.startEntry("let [tx, rx] = channel(1); rx.recv().await;", "<repl:1>");
        assertThatThrownBy(entry::await).isInstanceOf(ScriptRuntimeException.class).hasMessageContaining("deadlock");
        assertThat(entry.wasCancelled()).isFalse();
        assertThat(pollen.tasks()).singleElement().satisfies(t -> assertThat(t.cancelled()).isTrue());
        assertThat(pollen.runTasks(Duration.ZERO)).isTrue();
        assertThat(pollen.tasks()).isEmpty();
    }

    @Test
    void anEntrysOutcome_comesBeforeWhatTheTasksItMadeReadyPrint() {
        ScriptValue value = pollen.startEntry("spawn(async { print(\"spawned\") }); 5", "<repl:1>").await();
        assertThat(out.toString(StandardCharsets.UTF_8)).as("the spawned task has not run yet").isEmpty();
        assertThat(value.repr()).isEqualTo("5");
        assertThat(pollen.runTasks(Duration.ZERO)).isTrue();
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("spawned\n");
    }

    @Test
    void theTasksAnEntrySpawned_liveOn_andRunInBackgroundSlices() {
        pollen.startEntry("spawn(async { sleep(10).await; print(\"later\") });", "<repl:1>").await();
        assertThat(pollen.runTasks(Duration.ZERO)).as("it starts, and waits on its timer").isTrue();
        assertThat(pollen.tasks()).singleElement().satisfies(t -> {
            assertThat(t.id()).isEqualTo(2);
            assertThat(t.cancelled()).isFalse();
            assertThat(t.waitingOn()).contains("sleep");
            assertThat(t.lastWorker()).as("the single-threaded executor has no workers").isZero();
        });
        assertThat(pollen.runTasks(Duration.ofMillis(20))).isTrue();
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("later\n");
        assertThat(pollen.tasks()).isEmpty();
        assertThat(pollen.runTasks(Duration.ofMillis(20))).as("nothing is live").isFalse();
        assertThat(pollen.nowMillis()).as("the virtual clock moved on with the slice").isGreaterThanOrEqualTo(10);
    }

    @Test
    void aCompileError_startsNothing() {
        assertThatThrownBy(() -> pollen.startEntry("let = ;", "<repl:1>")).isInstanceOf(ScriptCompileException.class);
        assertThat(pollen.tasks()).isEmpty();
    }

    @Test
    void completion_readsMembersAndFields_withoutRunningAnything() {
        pollen.eval("struct P { x, y }\nimpl P { fn sum(self) { self.x + self.y } fn origin() { P(0, 0) } }\n"
                + "let p = P(1, [2]);");
        ScriptValue p = pollen.globals().get("p");
        assertThat(p.memberNames()).containsExactly("origin", "sum", "x", "y");
        assertThat(p.field("y").memberNames()).contains("len", "push");
        assertThat(p.field("nope")).isNull();
        assertThat(pollen.globals().get("P").memberNames()).containsExactly("origin", "sum");
        ScriptValue math = pollen.builtins().get("math");
        assertThat(math.memberNames()).contains("sqrt");
        assertThat(math.field("sqrt").typeName()).isEqualTo("function");
        assertThat(pollen.globals().keySet()).containsExactly("P", "p");
        assertThat(pollen.valueOf(List.of(1, 2)).memberNames()).contains("len");
        assertThat(pollen.valueOf(null).memberNames()).isEmpty();
        assertThat(pollen.valueOf("s").repr()).isEqualTo("\"s\"");
    }

    @Test
    void theTextTrace_isSwitchedOnAndOff_whileATraceFileGoesOn(@TempDir Path dir) throws Exception {
        pollen.close();
        Path file = dir.resolve("trace.json");
        pollen = engine(PollenConfig.defaults().withVirtualClock(true).withTrace(false, file));
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        pollen.traceTo(new PrintStream(text, true, StandardCharsets.UTF_8));
        pollen.eval("sleep(5).await;");
        int traced = text.size();
        assertThat(traced).isPositive();
        pollen.traceTo(null);
        pollen.eval("spawn(async { 1 }).await;");
        assertThat(text.size()).isEqualTo(traced);
        pollen.finish();
        assertThat(Files.readString(file)).contains("\"task 2");
    }

    @Test
    void aConfinedFunction_runsOnItsOwnThread() {
        pollen.defineConfined("where", (java.util.function.Supplier<Object>) () -> Thread.currentThread().getName());
        assertThat(pollen.eval("where()")).isEqualTo("pollen-host-where");
        assertThatThrownBy(() -> pollen.defineConfined("n", 3)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void callMethod_findsTheMethodOnTheReceiver_asAScriptCallDoes() {
        pollen.eval("struct C { n }\nimpl C { fn add(self, k) { self.n + k } async fn later(self) { sleep(1).await; self.n }\n"
                + "fn make(n) { C(n) } }\n"
                + "let c = C(40);");
        Object c = pollen.get("c");
        assertThat(pollen.callMethod(c, "add", 2)).isEqualTo(42L);
        assertThat(pollen.callMethod(c, "later")).isEqualTo(40L);
        assertThat(pollen.callMethod(List.of(1, 2, 3), "len")).isEqualTo(3L);
        Object made = pollen.callMethod(pollen.get("C"), "make", 5);
        assertThat(pollen.callMethod(made, "add", 1)).as("a struct type's fn, then its instance's").isEqualTo(6L);
        assertThatThrownBy(() -> pollen.callMethod(c, "nope")).isInstanceOfSatisfying(ScriptRuntimeException.class, e -> {
            assertThat(e.kind()).isEqualTo("KeyError");
            assertThat(e.getMessage()).contains("C has no method or field `nope`");
            assertThat(e.location()).isEqualTo("<call nope>:1:1");
        });
        assertThatThrownBy(() -> pollen.callMethod(c, "add(1)")).isInstanceOf(IllegalArgumentException.class);
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
