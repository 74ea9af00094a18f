package dev.pollen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(value = 2, unit = TimeUnit.MINUTES)
class MainTest {
    /** A dotted Java name (java.lang.Foo, dev.pollen.x.Bar) or a stack frame: never for users' eyes. */
    private static final Pattern JAVA_TRACES = Pattern.compile(
            "\\b(java|javax|jdk|sun|dev\\.pollen|org\\.jline|org\\.antlr)\\.[a-z]+|\\tat |Exception\\b|\\.java:\\d");

    @TempDir
    Path dir;

    private Path script(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    @Test
    void runningAValidScript_printsItsOutputAndExits0() throws IOException {
        Path file = script("ok.pln", "print(\"hello\", 1 + 2);\n");
        CommandRun run = CommandRun.of("--clock=virtual", file.toString());
        assertThat(run.status()).isZero();
        assertThat(run.out()).isEqualTo("hello 3\n");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void anUncaughtRuntimeError_exits1_afterTheOutputPrintedBeforeIt() throws IOException {
        Path file = script("bad.pln", "print(\"before\");\nlet xs = [1];\nxs[5];\n");
        CommandRun run = CommandRun.of("--clock=virtual", file.toString());
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out()).isEqualTo("before\n");
        assertThat(run.err()).contains("IndexError").contains("bad.pln:3:");
        assertNoJavaInternals(run);
    }

    @Test
    void aCompileError_exits2_andRunsNothing() throws IOException {
        Path file = script("syntax.pln", "print(\"never\");\nlet y = (1 + ;\n");
        CommandRun run = CommandRun.of(file.toString());
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("syntax.pln:2:");
        assertNoJavaInternals(run);
    }

    @Test
    void aMissingFile_exits2_withCannotRead() {
        CommandRun run = CommandRun.of(dir.resolve("nope.pln").toString());
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).startsWith("error: cannot read ").contains("nope.pln: no such file or directory");
        assertNoJavaInternals(run);
    }

    @Test
    void aDirectoryAsScript_exits2_withCannotRead() {
        CommandRun run = CommandRun.of(dir.toString());
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).startsWith("error: cannot read ");
        assertNoJavaInternals(run);
    }

    @Test
    void aUsageError_exits2_namesTheOption_hintsAtHelp_andRunsNothing() throws IOException {
        Path file = script("u.pln", "print(\"never printed\");\n");
        CommandRun run = CommandRun.of("--clock=sideways", file.toString());
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("error: invalid value 'sideways' for --clock (expected real or virtual)\n"
                + Usage.HINT + "\n");
    }

    @Test
    void eval_runsCode_withArguments() {
        CommandRun run = CommandRun.of("--clock=virtual", "-e", "sleep(1000).await; print(now(), args())", "a");
        assertThat(run.status()).isZero();
        assertThat(run.out()).isEqualTo("1000 [\"a\"]\n");
    }

    @Test
    void eval_errorsPointIntoTheCode() {
        CommandRun run = CommandRun.of("-e", "let n = 3;\nprint(\"n\" + n);");
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).contains("TypeError").contains(ScriptRunner.EVAL_NAME + ":2:");
    }

    @Test
    void withoutATerminal_theScriptIsReadFromStandardInput() {
        CommandRun run = CommandRun.withStdin("print(\"from stdin\");\nprint(1 + 1);\n", "--clock=virtual");
        assertThat(run.status()).isZero();
        assertThat(run.out()).isEqualTo("from stdin\n2\n");
    }

    @Test
    void aStandardInputScript_isNamedStdinInErrors() {
        CommandRun run = CommandRun.withStdin("throw error(\"ValueError\", \"boom\");\n", "-");
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).contains("ValueError: boom").contains(ScriptRunner.STDIN_NAME + ":1:");
    }

    @Test
    void check_onAValidFile_printsNothing_runsNothing_andExits0() throws IOException {
        Path file = script("valid.pln", "print(\"must not run\");\nthrow error(\"ValueError\", \"nor this\");\n");
        CommandRun run = CommandRun.of("check", file.toString());
        assertThat(run.status()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEmpty();
    }

    @Test
    void check_reportsEveryError_andExits2() throws IOException {
        Path file = script("two.pln", "let a = 1;\na = 2;\nlet b = 1;\nb = 3;\n");
        CommandRun run = CommandRun.of("check", file.toString());
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("two.pln:2:").contains("two.pln:4:");
        assertNoJavaInternals(run);
    }

    @Test
    void check_ofAMissingFile_exits2() {
        CommandRun run = CommandRun.of("check", dir.resolve("gone.pln").toString());
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("cannot read").contains("gone.pln");
    }

    @Test
    void states_printsTheStateMachineOfAnAsyncFn() throws IOException {
        Path file = script("s.pln", "async fn fetch(n) {\n    sleep(n).await;\n    n\n}\n");
        CommandRun run = CommandRun.of("states", file.toString(), "fetch");
        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("fetch").contains("state 0").contains("state 1");
    }

    @Test
    void states_formatDot_printsAGraphvizDigraph() throws IOException {
        Path file = script("s.pln", "async fn fetch(n) {\n    sleep(n).await;\n    n\n}\n");
        CommandRun run = CommandRun.of("states", "--format=dot", file.toString(), "fetch");
        assertThat(run.status()).isZero();
        assertThat(run.out()).startsWith("digraph states {")
                .contains("m0_0 -> m0_1 [label=\"sleep(n).await Pending\"];")
                .contains("keeps n");
    }

    @Test
    void states_showsAnAsyncFnOfAnImportedModule() throws IOException {
        script("helper.pln", "async fn fetch_remote(n) {\n    sleep(n).await;\n    n\n}\n");
        Path file = script("main.pln", "import \"helper.pln\" as helper;\nprint(helper.fetch_remote(1).await);\n");
        CommandRun run = CommandRun.of("states", file.toString(), "fetch_remote");
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("async fn fetch_remote(n)").contains("state 1");
    }

    @Test
    void states_ofAnUnknownFn_exits2() throws IOException {
        Path file = script("s.pln", "async fn fetch(n) { sleep(n).await; n }\n");
        CommandRun run = CommandRun.of("states", file.toString(), "nothing");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("no async fn named nothing");
    }

    @Test
    void statesJvm_printsTheGeneratedClassWithItsSwitchOverTheBlocks() throws IOException {
        Path file = script("s.pln", "async fn fetch(n) {\n    sleep(n).await;\n    n\n}\nfn twice(x) { x * 2 }\n");
        CommandRun run = CommandRun.of("states", "--jvm", file.toString(), "fetch");
        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("async fn fetch(n)").contains("extends dev/pollen/interpreter/lower/StateMachine")
                .contains("TABLESWITCH").contains("await sleep(n).await").doesNotContain("twice");
        CommandRun sync = CommandRun.of("states", "--jvm", file.toString(), "twice");
        assertThat(sync.status()).isZero();
        // nothing in twice needs a frame: its body is the call1 entry, its slots JVM locals
        assertThat(sync.out()).contains("fn twice(x)").contains("LMUL").contains("Math.multiplyHigh")
                .contains("call1(Ldev/pollen/interpreter/nodes/FunctionValue;ILjava/lang/Object;)");
    }

    @Test
    void statesJvm_ofAnUnknownFn_exits2() throws IOException {
        Path file = script("s.pln", "fn f() { 1 }\n");
        CommandRun run = CommandRun.of("states", "--jvm", file.toString(), "nothing");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("no fn named nothing");
    }

    @Test
    void compile_acceptsItsThreeTiersAndRejectsOthers() {
        for (String tier : new String[] {"always", "never", "auto"}) {
            CommandRun run = CommandRun.of("--compile=" + tier, "-e", "fn f(n) { n + 1 } print(f(41))");
            assertThat(run.out()).as(tier).isEqualTo("42\n");
        }
        CommandRun bad = CommandRun.of("--compile=sometimes", "-e", "print(1)");
        assertThat(bad.status()).isEqualTo(2);
        assertThat(bad.err()).contains("--compile");
    }

    @Test
    void maxOps_endsARunawayScriptWithLimitExceeded() {
        CommandRun run = CommandRun.of("--max-ops=1000", "-e", "loop { }");
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).contains("LimitExceeded");
    }

    @Test
    @org.junit.jupiter.api.Timeout(60)
    void eachLimitOption_endsItsHostileScript_naming_theLimit() {
        String[][] cases = {
            {"--deadline=500", "loop {}"},
            {"--max-depth=100", "fn f(n) { f(n + 1) } f(0);"},
            {"--max-tasks=50", "loop { spawn(async { pending().await; }); }"},
            {"--max-string=1000", "\"x\".repeat(2000000000);"},
            {"--max-collection=1000", "let xs = []; loop { xs.push(1); }"},
        };
        for (String[] c : cases) {
            CommandRun run = CommandRun.of(c[0], "-e", c[1]);
            assertThat(run.status()).as(c[0]).isEqualTo(1);
            assertThat(run.err()).as(c[0]).contains("LimitExceeded").contains(c[0].substring(0, c[0].indexOf('=')));
            assertNoJavaInternals(run);
        }
    }

    @Test
    void aLimitOption_withoutAPositiveNumber_isAUsageError() {
        CommandRun run = CommandRun.of("--max-tasks=0", "-e", "1");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("--max-tasks");
    }

    @Test
    void imports_stayInTheScriptsFolder_unlessModuleRootNamesAnother() throws IOException {
        Path lib = Files.createDirectories(dir.resolve("lib"));
        Files.writeString(dir.resolve("shared.pln"), "let answer = 42;\n");
        Path main = script("lib/main.pln", "import \"../shared.pln\" as s;\nprint(s.answer);\n");
        CommandRun refused = CommandRun.of(main.toString());
        assertThat(refused.status()).isEqualTo(2);
        assertThat(refused.err()).contains("leaves the module root");
        CommandRun allowed = CommandRun.of("--module-root=" + dir, main.toString());
        assertThat(allowed.err()).isEmpty();
        assertThat(allowed.out()).isEqualTo("42\n");
        assertThat(lib).exists();
    }

    @Test
    void deepRecursion_isAScriptStackOverflow_notACrash() {
        CommandRun run = CommandRun.of("-e", "fn f(n) { f(n + 1) + 1 }\nprint(\"start\");\nf(0);");
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out()).isEqualTo("start\n");
        assertThat(run.err()).contains("StackOverflow");
        assertNoJavaInternals(run);
    }

    @Test
    void aDeadlock_exits1() {
        CommandRun run = CommandRun.of("--clock=virtual", "-e", "pending().await;");
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).startsWith("error: deadlock:");
    }

    @Test
    void trace_goesToStderr_leavingStdoutAlone() {
        CommandRun run = CommandRun.of("--clock=virtual", "--trace", "-e", "sleep(5).await; print(\"done\")");
        assertThat(run.status()).isZero();
        assertThat(run.out()).isEqualTo("done\n");
        assertThat(run.err()).contains("poll");
    }

    @Test
    void traceOut_writesAChromeTraceFile() throws IOException {
        Path trace = dir.resolve("t.json");
        CommandRun run = CommandRun.of("--clock=virtual", "--trace-out=" + trace, "-e", "sleep(5).await;");
        assertThat(run.status()).isZero();
        assertThat(Files.readString(trace)).contains("traceEvents");
    }

    @Test
    void traceOut_toAnUnwritablePlace_exits2_withCannotWrite() {
        Path trace = dir.resolve("no/such/dir/t.json");
        CommandRun run = CommandRun.of("--trace-out=" + trace, "-e", "print(\"never\")");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("error: cannot write ");
        assertNoJavaInternals(run);
    }

    @Test
    void multiExecutor_runsAScript() {
        CommandRun run = CommandRun.of("--clock=virtual", "--executor=multi", "--threads=2", "-e",
                "let hs = []; for n in 1..=4 { hs.push(spawn(async { sleep(n).await; n })); } print(join_all(hs).await);");
        assertThat(run.status()).isZero();
        assertThat(run.out()).isEqualTo("[1, 2, 3, 4]\n");
    }

    @Test
    void anUnobservedTaskFailure_isAWarning_notAFailure() {
        CommandRun run = CommandRun.of("--clock=virtual", "-e",
                "spawn(async { throw error(\"ValueError\", \"lost\") }); sleep(1).await; print(\"end\");");
        assertThat(run.status()).isZero();
        assertThat(run.out()).isEqualTo("end\n");
        assertThat(run.err()).contains("warning: task 2").contains("ValueError: lost");
    }

    @Test
    void help_andVersion_exit0() {
        assertThat(CommandRun.of("--help").out()).contains("Usage: pollen").contains("--clock=real|virtual");
        CommandRun version = CommandRun.of("--version");
        assertThat(version.status()).isZero();
        assertThat(version.out()).startsWith("pollen ");
    }

    private static void assertNoJavaInternals(CommandRun run) {
        assertThat(JAVA_TRACES.matcher(run.err()).find()).as("stderr: %s", run.err()).isFalse();
        assertThat(JAVA_TRACES.matcher(run.out()).find()).as("stdout: %s", run.out()).isFalse();
    }
}
