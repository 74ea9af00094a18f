package dev.pollen.interpreter.jvm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pollen.interpreter.embed.CompileTier;
import dev.pollen.interpreter.embed.Pollen;
import dev.pollen.interpreter.embed.PollenConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A generated state machine keeps the variables live where its dispatch loop enters a block
 * (across an await, the parameters, what a catch or finally needs) in fields of its own class,
 * the others in JVM locals, and has no slot array; a body with code the node interpreter runs
 * keeps the array. Either way it behaves as the interpreted machine does.
 */
@Timeout(60)
class MachineFieldsTest {
    private static final String SLOT_ARRAY = "GETFIELD dev/pollen/interpreter/nodes/Frame.slots";

    @TempDir
    Path dir;

    @Test
    void aVariableLiveAcrossAnAwaitIsAFieldAndOneUsedBetweenAwaitsALocal() throws IOException {
        String cls = jvm("async fn f(n) {\n  let mut total = 0;\n  for i in 0..n {\n    let sq = i * i;\n"
                + "    total += sq;\n    yield_now().await;\n  }\n  total\n}\nprint(f(3).await);\n", "f");
        assertThat(cls).contains("private Ljava/lang/Object; n_0", "private Ljava/lang/Object; total_1")
                .doesNotContain("Ljava/lang/Object; sq_", SLOT_ARRAY);
        assertThat(cls).contains("PUTFIELD").contains("public set(ILjava/lang/Object;)V");
    }

    @Test
    void aBodyWithCodeTheInterpreterRunsKeepsItsSlotArray() throws IOException {
        // an import is the one node left to the interpreter (docs/internals.md)
        Files.writeString(dir.resolve("lib.pln"), "let answer = 42;\n");
        String cls = jvm("import \"lib.pln\" as lib;\nlet [a, b] = [1, 2];\nyield_now().await;\nprint(lib.answer + a + b);\n", "main");
        assertThat(cls).contains(SLOT_ARRAY, "ImportModule");
    }

    @Test
    void matchArmsAndTheirBindingsNeedNoSlotArray() throws IOException {
        String cls = jvm("async fn g(x) {\n  yield_now().await;\n  match x { [a, b] if a < b => a + b, [a, _] | a => a }\n}\n"
                + "print(g([1, 2]).await, g(7).await);\n", "g");
        assertThat(cls).doesNotContain(SLOT_ARRAY).contains("private Ljava/lang/Object; x_");
    }

    @Test
    void aFileWhoseTopLevelBindsGlobalsAndListsKeepsNoSlotArray() throws IOException {
        String cls = jvm("let [a, [b, _]] = [1, [2, 3]];\nlet mut total = a + b;\nfor x in [4, 5] { total += x; }\n"
                + "yield_now().await;\nprint(total);\n", "main");
        assertThat(cls).doesNotContain(SLOT_ARRAY, "Destructure.bind");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // destructuring into globals and locals, nested, and a list of the wrong shape after an await
        "let [a, [b, _]] = [1, [2, 3]];\nasync fn f(xs) { let [x, [y, z]] = xs; yield_now().await; [x + y, z, a, b] }\n"
                + "print(f([10, [20, 30]]).await);\nprint(try { f([1, 2]).await } catch e { e.message });\n"
                + "let [p, q] = [1];",
        // break with a value and continue across awaits, a loop's value kept in a field
        "async fn f(n) { let mut i = 0; let v = loop { i += 1; yield_now().await; if i % 2 == 0 { continue; } "
                + "if i > n { break i * 10; } }; [v, i] }\nprint(f(4).await);",
        // catch and finally around awaits; return and break through finally; an error after resuming
        "async fn t(k) { let mut log = []; for i in 0..k { try { sleep(1).await; if i == 1 { continue; } "
                + "if i == 3 { break; } log.push(i); } finally { sleep(1).await; log.push(\"f${i}\"); } } log }\n"
                + "print(t(5).await);\nasync fn r() { try { sleep(1).await; return 7; } finally { print(\"fin\"); } }\n"
                + "print(r().await);\nasync fn c(x) { try { sleep(1).await; [][x] } catch e { sleep(1).await; \"${e.kind} ${x}\" } }\n"
                + "print(c(2).await);\nasync fn u() { let q = 5; sleep(1).await; q + \"s\" }\nu().await;",
        // closures and async blocks capturing variables of an async fn, each iteration its own Cell
        "async fn mk(n) { let mut fs = []; for i in 0..n { yield_now().await; fs.push(|| i * 2); } "
                + "let mut hits = 0; let ts = [spawn(async { hits += 1; }), spawn(async { hits += 2; })]; "
                + "for t in ts { t.await; } fs.map(|f| f()) + [hits] }\nprint(mk(3).await);",
        // defaults of an async fn read an earlier parameter and a captured variable
        "let base = 100;\nasync fn d(a, b = a + 1, c = base) { yield_now().await; [a, b, c] }\n"
                + "print(d(1).await, d(1, 5).await, d(1, 2, 3).await);\n"
                + "fn outer(k) { async fn inner(x, y = x * k) { yield_now().await; x + y } inner }\nprint(outer(3)(2).await);",
        // cancellation runs the finally of a machine suspended in a loop
        "async fn w() { let mut i = 0; try { loop { i += 1; sleep(10).await; } } finally { print(\"stopped after\", i); } }\n"
                + "let t = spawn(w());\nsleep(35).await;\nt.cancel();\nsleep(1).await;\nprint(\"done\");",
    })
    void fieldMachinesAndInterpretedMachinesAgree(String program) {
        TierRuns.assertTiersAgree(program);
    }

    private String jvm(String program, String fn) throws IOException {
        Path file = dir.resolve("m.pln");
        Files.writeString(file, program);
        try (Pollen pollen = new Pollen(PollenConfig.defaults().withVirtualClock(true).withCompile(CompileTier.ALWAYS)
                .withModuleRoot(dir))) {
            return pollen.jvmStates(file, fn);
        }
    }
}
