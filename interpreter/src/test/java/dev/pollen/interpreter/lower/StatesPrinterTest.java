package dev.pollen.interpreter.lower;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code pollen states}: one state per resume point, with the await that suspends into it. */
class StatesPrinterTest {

    @Test
    void anAsyncFnWithoutAwaits_hasOneState() {
        String out = Scripts.states("async fn one() { 1 }", "one");
        assertThat(out).startsWith("async fn one()   1 state\n").contains("state 0  start").contains("returns");
    }

    @Test
    void eachAwaitAddsAStateThatResumesAtIt() {
        String out = Scripts.states("""
                async fn two(a) {
                    let x = sleep(a).await;
                    let y = sleep(2).await;
                    [a, y]
                }
                """, "two");
        assertThat(out).startsWith("async fn two(a)   3 states\n");
        assertThat(out).contains("suspends at 2:13 sleep(a).await -> state 1");
        assertThat(out).contains("state 1  resume at 2:13");
        assertThat(out).contains("suspends at 3:13 sleep(2).await -> state 2");
        assertThat(out).containsPattern("state 2  resume at 3:13 +keeps a; ");
    }

    @Test
    void aLoopWithAnAwait_loopsBackToItsOwnState() {
        String out = Scripts.states("""
                async fn fetch_all(urls) {
                    let mut out = [];
                    for u in urls {
                        try {
                            out.push(sleep(u).await);
                        } catch e {
                            out.push(nil);
                        }
                    }
                    out
                }
                """, "fetch_all");
        assertThat(out).startsWith("async fn fetch_all(urls)   2 states\n");
        // u is rebound before it is read again; the receiver of push was evaluated before the await
        assertThat(out).containsPattern("state 1  resume at 5:22 +keeps out, the iterator of for at 3:5, "
                + "the receiver of .push at 5:13; .*-> state 1; returns");
    }

    @Test
    void closuresAndAsyncBlocksAreListedToo() {
        String out = Scripts.states("let f = async |x| { sleep(x).await; x };", null);
        assertThat(out).contains("async fn <closure>(x)   2 states");
    }
}
