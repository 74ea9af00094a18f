package dev.pollen.interpreter.lower;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Each control structure with an {@code .await} inside it, lowered into blocks, behaves as written. */
class AwaitInControlFlowTest {

    private static final String TRACE = """
            fn log(x) { print(x); x }
            async fn later(x) { sleep(1).await; log(x) }
            """;

    @Test
    void awaitsInArguments_evaluateLeftToRight() {
        String out = Scripts.run(TRACE + "print(log(1) + later(2).await + log(3));");
        assertThat(out).isEqualTo("1\n2\n3\n6\n");
    }

    @Test
    void awaitInIfCondition_andBranch() {
        String out = Scripts.run(TRACE + """
                let v = if later(true).await { later("then").await } else { "else" };
                print(v, now());
                """);
        assertThat(out).isEqualTo("true\nthen\nthen 2\n");
    }

    @Test
    void awaitInWhileCondition_andBody() {
        String out = Scripts.run(TRACE + """
                let mut i = 0;
                while later(i).await < 2 { i = later(i + 1).await; }
                print("done", i, now());
                """);
        assertThat(out).isEqualTo("0\n1\n1\n2\n2\ndone 2 5\n");
    }

    @Test
    void loopWithAwait_breaksWithAValue() {
        String out = Scripts.run(TRACE + """
                let mut n = 0;
                let v = loop { n = later(n + 1).await; if n == 3 { break n * 10; } };
                print(v);
                """);
        assertThat(out).isEqualTo("1\n2\n3\n30\n");
    }

    @Test
    void forWithAwait_continuesAndBreaks() {
        String out = Scripts.run("""
                let got = [];
                for x in [1, 2, 3, 4, 5] {
                    sleep(1).await;
                    if x == 2 { continue; }
                    if x == 4 { break; }
                    got.push(x);
                }
                print(got, now());
                """);
        assertThat(out).isEqualTo("[1, 3] 4\n");
    }

    @Test
    void closuresMadeInALoweredLoop_eachSeeTheirOwnVariable() {
        String out = Scripts.run("""
                let fs = [];
                for i in 0..3 { sleep(1).await; fs.push(|| i); }
                print(fs.map(|f| f()));
                """);
        assertThat(out).isEqualTo("[0, 1, 2]\n");
    }

    @Test
    void awaitInMatchArms_andGuards() {
        String out = Scripts.run(TRACE + """
                fn classify(v) { async {
                    match v {
                        [a, b] if later(a < b).await => "ascending",
                        [a, b] => "not ascending " + str(later(a).await),
                        _ => "other"
                    }
                } }
                print(classify([1, 2]).await);
                print(classify([3, 2]).await);
                print(classify(7).await);
                """);
        assertThat(out).isEqualTo("true\nascending\nfalse\n3\nnot ascending 3\nother\n");
    }

    @Test
    void logicalOperators_shortCircuitAroundAwaits() {
        String out = Scripts.run(TRACE + """
                print(false && later("never").await);
                print(nil || later("right").await);
                print(1 && later(2).await);
                """);
        assertThat(out).isEqualTo("false\nright\nright\n2\n2\n");
    }

    @Test
    void errorFromAnAwaitedFuture_isCaughtByTheEnclosingTry() {
        String out = Scripts.run("""
                async fn boom() { sleep(5).await; throw error("KeyError", "k"); }
                let r = try { boom().await; "no" } catch e { "caught " + e.kind } finally { print("finally", now()); };
                print(r);
                """);
        assertThat(out).isEqualTo("finally 5\ncaught KeyError\n");
    }

    @Test
    void returnFromATryThatAwaited_runsFinallyFirst() {
        String out = Scripts.run("""
                async fn f() {
                    try { sleep(1).await; return "returned"; } finally { print("cleanup"); }
                    "not here"
                }
                print(f().await);
                """);
        assertThat(out).isEqualTo("cleanup\nreturned\n");
    }

    @Test
    void breakThroughNestedFinallyBlocks_runsThemInnermostFirst() {
        String out = Scripts.run("""
                for i in 0..5 {
                    try {
                        try { sleep(1).await; if i == 1 { break; } } finally { print("inner", i); }
                    } finally { print("outer", i); }
                }
                print("after", now());
                """);
        assertThat(out).isEqualTo("inner 0\nouter 0\ninner 1\nouter 1\nafter 2\n");
    }

    @Test
    void awaitInsideFinally_afterAnError_rethrowsTheError() {
        String out = Scripts.run("""
                async fn f() {
                    try { throw "first"; } finally { sleep(3).await; print("finally awaited", now()); }
                }
                try { f().await; } catch e { print("caught", e); }
                """);
        assertThat(out).isEqualTo("finally awaited 3\ncaught first\n");
    }

    @Test
    void cancellingASuspendedMachine_runsFinallyBlocksInnermostFirst() {
        String out = Scripts.run("""
                async fn inner() { try { sleep(100).await; } finally { print("inner finally"); } }
                async fn outer() { try { inner().await; } finally { print("outer finally"); } }
                print(select(outer(), sleep(10)).await, now());
                """);
        assertThat(out).isEqualTo("inner finally\nouter finally\n[1, nil] 10\n");
    }

    @Test
    void awaitInCompoundAssignmentsAndIndexing() {
        String out = Scripts.run(TRACE + """
                let xs = [10, 20];
                xs[later(1).await] += later(5).await;
                let m = #{a: 1};
                m[later("a").await] = later(2).await;
                print(xs, m);
                """);
        assertThat(out).isEqualTo("1\n5\na\n2\n[10, 25] #{\"a\": 2}\n");
    }
}
