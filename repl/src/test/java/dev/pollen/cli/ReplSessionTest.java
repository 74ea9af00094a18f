package dev.pollen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(value = 2, unit = TimeUnit.MINUTES)
class ReplSessionTest {
    private final ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
    private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
    private ReplSession session = session("--clock=virtual");

    @TempDir
    Path dir;

    private ReplSession session(String... args) {
        try {
            return new ReplSession(OptionParser.parse(args),
                    new PrintStream(outBytes, true, StandardCharsets.UTF_8),
                    new PrintStream(errBytes, true, StandardCharsets.UTF_8));
        } catch (UsageException e) {
            throw new AssertionError(e);
        }
    }

    @AfterEach
    void close() {
        session.close();
    }

    /** Runs one input and returns what it printed to stdout. */
    private String enter(String input) {
        outBytes.reset();
        errBytes.reset();
        session.handle(input);
        return outBytes.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return errBytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aTrailingExpression_isShownInItsNestedForm() {
        assertThat(enter("1 + 2")).isEqualTo("3\n");
        assertThat(enter("\"hi\"")).isEqualTo("\"hi\"\n");
        assertThat(enter("[1, \"a\", nil]")).isEqualTo("[1, \"a\", nil]\n");
    }

    @Test
    void nil_andStatements_showNothing() {
        assertThat(enter("let x = 1;")).isEmpty();
        assertThat(enter("nil")).isEmpty();
        assertThat(enter("print(\"side effect\")")).isEqualTo("side effect\n");
    }

    @Test
    void underscore_holdsTheLastShownValue() {
        enter("21");
        assertThat(enter("_ * 2")).isEqualTo("42\n");
        enter("let ignored = 5;");
        assertThat(enter("_")).isEqualTo("42\n");
    }

    @Test
    void definitions_persistAcrossEntries() {
        enter("fn double(x) { x * 2 }");
        enter("let mut total = 1;");
        enter("total += double(4);");
        assertThat(enter("total")).isEqualTo("9\n");
    }

    @Test
    void await_worksAtTheTopOfAnEntry() {
        assertThat(enter("sleep(1000).await; now()")).isEqualTo("1000\n");
    }

    @Test
    void spawnedTasks_goOnRunningBetweenEntries() {
        enter("let mut hits = 0;");
        enter("spawn(async { hits += 1; });");
        assertThat(enter("hits")).isEqualTo("1\n");
    }

    @Test
    void aPaste_ofSeveralStatements_runsThemAllInOrder() {
        assertThat(enter("let a = 1;\nlet b = 2;\nprint(a);\na + b")).isEqualTo("1\n3\n");
    }

    @Test
    void errors_pointIntoTheEntry_andTheSessionGoesOn() {
        enter("1");
        enter("let xs = [1];\nxs[5]");
        assertThat(err()).contains("IndexError").contains("<repl:2>:2:");
        assertThat(enter("1 + 1")).isEqualTo("2\n");
    }

    @Test
    void aCompileError_isReported_andDefinesNothing() {
        enter("let q = (1 + ;");
        assertThat(err()).contains("<repl:1>:1:");
        enter("q");
        assertThat(err()).contains("q");
    }

    @Test
    void definitionsMadeBeforeARuntimeError_stay() {
        enter("let early = 1;\nthrow error(\"ValueError\", \"late\");");
        assertThat(err()).contains("ValueError: late");
        assertThat(enter("early")).isEqualTo("1\n");
    }

    @Test
    void aDeadlockedEntry_isReported_andLeavesNoTaskBehind() {
        enter("pending().await");
        assertThat(err()).startsWith("error: deadlock:");
        assertThat(enter(":tasks")).isEqualTo("no live tasks\n");
    }

    @Test
    void aFailedBackgroundTask_isReportedOnce() {
        enter("spawn(async { throw error(\"ValueError\", \"bg\") });");
        assertThat(err()).contains("warning: task 2 (async) failed: ValueError: bg");
        enter("1");
        assertThat(err()).isEmpty();
    }

    @Test
    void cancelRunningEntry_abortsTheEntry_notTheSession() throws Exception {
        session.close();
        session = session("--clock=real");
        Thread entry = new Thread(() -> session.handle("sleep(60000).await; print(\"not reached\")"));
        entry.start();
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!session.cancelRunningEntry() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        entry.join(Duration.ofSeconds(10).toMillis());
        assertThat(entry.isAlive()).isFalse();
        assertThat(err()).contains("cancelled");
        assertThat(outBytes.toString(StandardCharsets.UTF_8)).doesNotContain("not reached");
        assertThat(enter("2 * 3")).isEqualTo("6\n");
    }

    @Test
    @org.junit.jupiter.api.Timeout(30)
    void ctrlC_atAnAwait_doesNotKillTheNextEntry() throws Exception {
        session.close();
        session = session("--clock=real");
        Thread entry = new Thread(() -> session.handle("sleep(60000).await;"));
        entry.start();
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        // What the terminal's Ctrl-C handler does: abort the entry, and interrupt the engine.
        while (!session.cancelRunningEntry() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        session.engine().interrupt();
        entry.join(Duration.ofSeconds(10).toMillis());
        assertThat(entry.isAlive()).isFalse();
        assertThat(enter("2 * 3")).isEqualTo("6\n");
        assertThat(err()).doesNotContain("interrupted");
    }

    @Test
    void vars_listsUserGlobalsWithTheirValues() {
        enter("let name = \"pollen\";");
        enter("fn f() { 1 }");
        assertThat(enter(":vars")).contains("name = \"pollen\"\n").contains("f = <fn f>\n");
    }

    @Test
    void tasks_listsLiveTasksAndWhatTheyAwait() {
        enter("spawn(sleep(5000), \"napper\");");
        assertThat(enter(":tasks")).contains("napper").contains("waits on");
    }

    /**
     * Under the multi executor each task's line names the worker of its last poll, as the trace
     * saw it: the tasks yield many times (so they may move between the two workers) and then sleep.
     */
    @Test
    void tasks_underTheMultiExecutor_nameTheWorkerEachTaskLastRanOn() {
        session.close();
        session = session("--clock=virtual", "--executor=multi", "--threads=2");
        enter(":trace on");
        enter("for t in 0..4 {\n"
                + "    spawn(async { for k in 0..30 { yield_now().await; } sleep(60000).await; }, \"yielder${t}\");\n"
                + "}\n"
                + "sleep(10).await;");
        String trace = err();
        List<String> lines = enter(":tasks").lines().toList();
        assertThat(lines).hasSize(4);
        for (String line : lines) {
            Matcher task = TASK_LINE.matcher(line);
            assertThat(task.matches()).as("a task line naming its worker: %s", line).isTrue();
            assertThat(task.group(3)).as("worker of %s", line).isEqualTo(lastPollWorker(trace, task.group(1)));
        }
    }

    private static final Pattern TASK_LINE =
            Pattern.compile("\\s*task (\\d+)\\s+(yielder\\d)\\s+waits on .*, last ran on worker (\\d+)");

    /** The worker named by the trace's last poll line for task {@code id}. */
    private static String lastPollWorker(String trace, String id) {
        Matcher poll = Pattern.compile("poll task " + id + " \\(.*\\) on worker (\\d+) -> ").matcher(trace);
        String worker = null;
        while (poll.find()) {
            worker = poll.group(1);
        }
        assertThat(worker).as("a poll of task %s in the trace", id).isNotNull();
        return worker;
    }

    @Test
    void states_showsTheStateMachineOfASessionFn() {
        enter("async fn fetch(n) {\n    sleep(n).await;\n    n * 2\n}");
        assertThat(enter(":states fetch")).contains("async fn fetch").contains("state 1");
        enter(":states nothing");
        assertThat(err()).contains("no async fn named nothing");
    }

    @Test
    void states_doesNotBringBackTheMethodsOfARedefinedStruct() {
        enter("struct P { x }");
        enter("impl P {\n    async fn get(self) { sleep(1).await; self.x }\n    fn which(self) { \"old\" }\n}");
        enter("struct P { x }");
        assertThat(enter(":states get")).contains("async fn get").contains("state 1");
        enter("P(1).which()");
        assertThat(err()).contains("P has no method or field `which`");
    }

    @Test
    void states_showsTheNewestDefinition() {
        enter("async fn f() { sleep(1).await; 1 }");
        enter("async fn f() { sleep(1).await; sleep(2).await; 2 }");
        assertThat(enter(":states f")).contains("3 states");
    }

    @Test
    void aTaskStoppedByTheOperationLimit_isTheEntrysError_notAnUnobservedFailure() {
        session.close();
        session = session("--clock=virtual", "--max-ops=1000");
        enter("spawn(async { loop { } }, \"spinner\");\nsleep(10).await;");
        assertThat(err()).contains("LimitExceeded").doesNotContain("warning: task");
    }

    @Test
    void clock_saysWhichClockAndNow() {
        enter("sleep(250).await;");
        assertThat(enter(":clock")).startsWith("virtual clock, now() = 250 ms");
    }

    @Test
    void load_runsAFilesDefinitionsIntoTheSession() throws IOException {
        Path lib = dir.resolve("lib.pln");
        Files.writeString(lib, "fn triple(x) { x * 3 }\nlet loaded = true;\n");
        assertThat(enter(":load " + lib)).isEmpty();
        assertThat(enter("triple(3)")).isEqualTo("9\n");
    }

    @Test
    void load_ofAMissingFile_saysSo() {
        enter(":load " + dir.resolve("none.pln"));
        assertThat(err()).contains("cannot read").contains("no such file");
    }

    @Test
    void reset_forgetsEverything() {
        enter("let old = 1;");
        enter(":reset");
        enter("old");
        assertThat(err()).contains("old");
        assertThat(enter("1 + 1")).isEqualTo("2\n");
    }

    @Test
    void trace_turnsTracingOnAndOff() {
        enter(":trace on");
        enter("sleep(1).await;");
        assertThat(err()).contains("poll");
        enter(":trace off");
        enter("sleep(1).await;");
        assertThat(err()).isEmpty();
    }

    @Test
    void unknownCommands_areReported() {
        enter(":frob");
        assertThat(err()).contains("unknown command :frob");
    }

    @Test
    void quit_endsTheSession() {
        assertThat(session.handle(":quit")).isFalse();
        assertThat(session.handle("1")).isTrue();
    }
}
