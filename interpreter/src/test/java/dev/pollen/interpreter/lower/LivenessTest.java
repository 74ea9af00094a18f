package dev.pollen.interpreter.lower;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pollen.interpreter.embed.Pollen;
import dev.pollen.interpreter.embed.PollenConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * What {@code pollen states} says a frame keeps across each await comes from liveness over the
 * blocks: a slot is kept when some path from the resume point reads it before writing it, no
 * matter on which lines things were written.
 */
class LivenessTest {

    @Test
    void aLoopOnOneLine_keepsItsVariableAndItsIterator() {
        String out = Scripts.states(
                "async fn tick(n) { for i in 0..n { sleep(300).await; print(\"tick\", i) } \"done\" }", "tick");
        assertThat(out).contains("state 1  resume at 1:36        keeps i, the iterator of for at 1:20;");
    }

    @Test
    void aVariableNotReadAfterTheAwait_isNotKept() {
        String out = Scripts.states("""
                async fn f() {
                    let a = 1;
                    print(a);
                    sleep(1).await;
                    2
                }
                """, "f");
        assertThat(out).contains("keeps nothing; runs line 5; returns");
    }

    @Test
    void aVariableOverwrittenBeforeItIsRead_isNotKept() {
        String out = Scripts.states("""
                async fn f() {
                    let mut a = 1;
                    let b = 2;
                    sleep(1).await;
                    a = 3;
                    a + b
                }
                """, "f");
        assertThat(out).contains("keeps b;");
    }

    @Test
    void whatACatchBlockReads_isKeptAcrossAnAwaitInItsTry() {
        String out = Scripts.states("""
                async fn f(x) {
                    try { sleep(1).await; 1 } catch e { x }
                }
                """, "f");
        assertThat(out).contains("keeps x;");
    }

    @Test
    void anAwaitInAFinally_keepsHowTheTryWasLeft() {
        String out = Scripts.states("""
                async fn f() {
                    try { 1 } finally { sleep(1).await; }
                }
                """, "f");
        assertThat(out).contains("keeps the value of try at 2:5, how the try at 2:5 left for its finally;");
    }

    @Test
    void aFinallyEnteredByAnError_doesNotCarryOnAfterTheTry() {
        // the try's value is set after the await; only a normal exit from the body reaches the
        // code after the try, which reads it, so the error path through finally keeps nothing
        String out = Scripts.states("""
                async fn f() {
                    try { sleep(1).await; "body" } catch e { "caught" } finally { print("finally"); }
                }
                """, "f");
        assertThat(out).contains("state 1  resume at 2:11        keeps nothing;");
    }

    @Test
    void aBreakOutOfAFinallyInALoop_stillReachesTheCodeAfterTheTryNextTime() {
        String out = Scripts.states("""
                async fn f(xs) {
                    let mut seen = 0;
                    for x in xs {
                        try { seen = x; } finally { sleep(1).await; if x > 2 { continue; } }
                        print(seen);
                    }
                }
                """, "f");
        assertThat(out).contains("keeps seen, x, the iterator of for at 3:5, how the try at 4:9 left for its finally;");
    }

    @Test
    void twoKeptVariablesOfOneName_sayWhichLineDeclaredEach() {
        String out = Scripts.states("""
                async fn f() {
                    let x = 1;
                    { let x = 2; sleep(1).await; print(x); }
                    x
                }
                """, "f");
        assertThat(out).contains("keeps x (of line 2), x (of line 3);");
    }

    @Test
    void anOperandEvaluatedBeforeAnAwait_isAHiddenTemporary() {
        String out = Scripts.states("""
                async fn f(a) {
                    a * 2 + sleep(1).await
                }
                """, "f");
        assertThat(out).contains("keeps the left operand at 2:5;");
    }

    @Test
    void aBreakInSynchronousCode_leadsToTheLoopExit() {
        String out = Scripts.states("""
                async fn f(rest) {
                    loop { sleep(1).await; if true { break; } }
                    rest
                }
                """, "f");
        assertThat(out).contains("keeps rest;");
    }

    @Test
    void aBreakWithAValue_setsTheLoopsValueSoItIsNotKept() {
        String out = Scripts.states("""
                async fn f(c) {
                    let v = loop { sleep(1).await; if c { break 5; } };
                    v
                }
                """, "f");
        assertThat(out).contains("state 1  resume at 2:20        keeps c; runs lines 2-3; "
                + "suspends at 2:20 sleep(1).await -> state 1; returns");
    }

    @Test
    void theFrameDropsWhatItDoesNotKeep() {
        Object before = StateMachine.droppedValue;
        StateMachine.droppedValue = "<dropped>";
        try {
            String out = Scripts.run("""
                    async fn f() {
                        let a = [1];
                        let b = [2];
                        let g = || a;
                        sleep(1).await;
                        print(b, g());
                    }
                    f().await;
                    """);
            assertThat(out).isEqualTo("[2] [1]\n");
        } finally {
            StateMachine.droppedValue = before;
        }
    }

    @Test
    void dotFormat_drawsEachStateAndItsEdges() throws IOException {
        String out;
        Path file = Files.createTempFile("states", ".pln");
        try (Pollen pollen = new Pollen(PollenConfig.defaults().withVirtualClock(true))) {
            Files.writeString(file, "async fn tick(n) { for i in 0..n { sleep(300).await; } }");
            out = pollen.statesDot(file, "tick");
        } finally {
            Files.delete(file);
        }
        assertThat(out).startsWith("digraph states {").endsWith("}\n")
                .contains("subgraph cluster_m0 {\n    label=\"async fn tick(n)\";")
                .contains("m0_0 [label=\"state 0: start\\nruns line 1\"];")
                .contains("m0_1 [label=\"state 1: resume at 1:36\\nkeeps the iterator of for at 1:20\\nruns line 1\"];")
                .contains("m0_0 -> m0_1 [label=\"sleep(300).await Pending\"];")
                .contains("m0_1 -> m0_1")
                .contains("m0_1 -> m0_ready [label=\"returns\"];");
    }
}
