package dev.pollen.bench;

import dev.pollen.interpreter.embed.Pollen;
import dev.pollen.interpreter.embed.PollenConfig;
import dev.pollen.interpreter.internal.EngineInternals;
import dev.pollen.runtime.async.Executor;
import dev.pollen.runtime.async.Future;
import dev.pollen.runtime.value.Callable;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The costs of single operations as a script sees them, each measured inside a Pollen loop of
 * {@value #N} repetitions (so the score is per operation, loop overhead included):
 * <ul>
 *   <li>{@link #call}: a synchronous fn call;</li>
 *   <li>{@link #loopIteration}: one turn of a {@code for} loop over a range;</li>
 *   <li>{@link #awaitReadyStateMachine}: an {@code .await} on a fresh async fn call that completes
 *       at once (one level of a chain);</li>
 *   <li>{@link #spawnYield}: spawn a task that yields once, and await it;</li>
 *   <li>{@link #channelRoundTrip}: one ping-pong round trip through two channels of capacity 1.</li>
 * </ul>
 * Run: {@code java -jar bench/target/benchmarks.jar ScriptBenchmark}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ScriptBenchmark {
    static final int N = 1000;
    private static final String SOURCE = """
            fn id(x) { x }
            fn calls(n) { let mut s = 0; for i in 0..n { s += id(i); } s }
            fn loops(n) { let mut s = 0; for i in 0..n { s += i; } s }
            async fn rec(d) { if d == 0 { 0 } else { rec(d - 1).await + 1 } }
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

    private Pollen pollen;
    private Executor executor;
    private Callable calls;
    private Callable loops;
    private Callable rec;
    private Callable spawns;
    private Callable pingpong;
    private final Object[] n = {(long) N};

    @Setup
    public void setUp() {
        pollen = new Pollen(PollenConfig.defaults().withVirtualClock(true));
        executor = EngineInternals.executor(pollen);
        pollen.eval(SOURCE);
        calls = (Callable) EngineInternals.scriptGlobals(pollen).get("calls");
        loops = (Callable) EngineInternals.scriptGlobals(pollen).get("loops");
        rec = (Callable) EngineInternals.scriptGlobals(pollen).get("rec");
        spawns = (Callable) EngineInternals.scriptGlobals(pollen).get("spawns");
        pingpong = (Callable) EngineInternals.scriptGlobals(pollen).get("pingpong");
    }

    @TearDown
    public void tearDown() {
        pollen.close();
    }

    private Object run(Callable asyncFn) {
        return executor.blockOn((Future) asyncFn.call(n), "bench");
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public Object call() {
        return calls.call(n);
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public Object loopIteration() {
        return loops.call(n);
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public Object awaitReadyStateMachine() {
        return run(rec);
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public Object spawnYield() {
        return run(spawns);
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public Object channelRoundTrip() {
        return run(pingpong);
    }
}
