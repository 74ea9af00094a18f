package dev.pollen.bench;

import dev.pollen.interpreter.embed.CompileTier;
import dev.pollen.interpreter.embed.Pollen;
import dev.pollen.interpreter.embed.PollenConfig;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The costs of single operations as a script sees them, each measured inside a Pollen loop of
 * {@value #N} repetitions, called through the engine (so the score is per operation, loop
 * overhead included, and the engine's own cost of a call is spread over the repetitions):
 * <ul>
 *   <li>{@link #call}: a synchronous fn call;</li>
 *   <li>{@link #recursiveCall}: a call of a recursive fn (one level of {@code fib}: the JIT cannot
 *       inline it all away);</li>
 *   <li>{@link #methodCall}: a call of a struct's method;</li>
 *   <li>{@link #loopIteration}: one turn of a {@code for} loop over a range;</li>
 *   <li>{@link #awaitReadyStateMachine}: an {@code .await} on a fresh async fn call that completes
 *       at once (one level of a chain 100 deep);</li>
 *   <li>{@link #spawnYield}: spawn a task that yields once, and await it;</li>
 *   <li>{@link #channelRoundTrip}: one ping-pong round trip through two channels of capacity 1.</li>
 * </ul>
 * Each runs under both tiers ({@code tier}). Run: {@code java -jar bench/target/benchmarks.jar ScriptBenchmark}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ScriptBenchmark {
    static final int N = 100_000;
    private static final String SOURCE = """
            fn id(x) { x }
            fn calls(n) { let mut s = 0; for i in 0..n { s += id(i); } s }
            fn fib(n) { if n < 2 { n } else { fib(n - 1) + fib(n - 2) } }
            fn fibs(n) { let mut s = 0; for _ in 0..n / 21891 { s += fib(20); } s }
            struct P { x }
            impl P { fn plus(self, d) { self.x + d } }
            fn methods(n) { let p = P(1); let mut s = 0; for i in 0..n { s += p.plus(i); } s }
            fn loops(n) { let mut s = 0; for i in 0..n { s += i; } s }
            async fn rec(d) { if d == 0 { 0 } else { rec(d - 1).await + 1 } }
            async fn chains(n) { let mut s = 0; for _ in 0..n / 100 { s += rec(100).await; } s }
            async fn child() { yield_now().await; 1 }
            async fn spawns(n) { let mut s = 0; for _ in 0..n { s += spawn(child()).await; } s }
            async fn pingpong(n) {
                let [atx, arx] = channel(1);
                let [btx, brx] = channel(1);
                let p = spawn(async { for _ in 0..n { btx.send(arx.recv().await).await; } });
                let mut last = 0;
                for i in 1..=n { atx.send(i).await; last = brx.recv().await; }
                p.await;
                last
            }
            """;

    /** The tier: every function and async body compiled on its first call, or all of it on the node interpreter. */
    @Param({"ALWAYS", "NEVER"})
    public CompileTier tier;

    private Pollen pollen;

    @Setup
    public void setUp() {
        pollen = new Pollen(PollenConfig.defaults().withVirtualClock(true).withCompile(tier));
        pollen.eval(SOURCE);
    }

    @TearDown
    public void tearDown() {
        pollen.close();
    }

    private Object run(String fn) {
        return pollen.call(fn, (long) N);
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public Object call() {
        return run("calls");
    }

    /** fib(20) makes 21891 calls. */
    @Benchmark
    @OperationsPerInvocation(N / 21891 * 21891)
    public Object recursiveCall() {
        return run("fibs");
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public Object methodCall() {
        return run("methods");
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public Object loopIteration() {
        return run("loops");
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public Object awaitReadyStateMachine() {
        return run("chains");
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public Object spawnYield() {
        return run("spawns");
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public Object channelRoundTrip() {
        return run("pingpong");
    }
}
