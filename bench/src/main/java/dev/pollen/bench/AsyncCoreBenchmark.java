package dev.pollen.bench;

import dev.pollen.interpreter.embed.Pollen;
import dev.pollen.interpreter.embed.PollenConfig;
import dev.pollen.interpreter.internal.EngineInternals;
import dev.pollen.runtime.async.Context;
import dev.pollen.runtime.async.Executor;
import dev.pollen.runtime.async.Future;
import dev.pollen.runtime.async.PollFn;
import dev.pollen.runtime.async.ReadyFuture;
import dev.pollen.runtime.async.Task;
import dev.pollen.runtime.value.Callable;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The costs of the async core, measured on compiled Pollen code and the executor:
 * <ul>
 *   <li>{@link #callAndPollReadyStateMachine}: call an async fn and poll its state machine once to
 *       completion;</li>
 *   <li>{@link #awaitSteadyPath}: one {@code .await} that completes plus one that suspends, in a
 *       state machine that loops (run with {@code -prof gc}: bytes per op is the allocation per
 *       await on the steady path);</li>
 *   <li>{@link #spawnAndComplete}: spawn a task and run it to completion;</li>
 *   <li>{@link #wakeAndRepoll}: wake a waiting task and let the executor poll it again.</li>
 * </ul>
 * Run: {@code java -jar bench/target/benchmarks.jar -prof gc}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class AsyncCoreBenchmark {
    private Pollen pollen;
    private Executor executor;
    private Context context;
    private Callable one;
    private Future spinner;
    private Task sleeper;

    /** A future that is ready on every other poll: the awaited side of the steady path. */
    private static final class Alternating implements Future {
        private boolean ready;

        @Override
        public Object poll(Context cx) {
            ready = !ready;
            return ready ? null : PENDING;
        }
    }

    @Setup
    public void setUp() {
        pollen = new Pollen(PollenConfig.defaults().withVirtualClock(true));
        executor = EngineInternals.executor(pollen);
        pollen.eval("async fn one() { 1 }\nasync fn spin(f) { loop { f.await; } }");
        one = (Callable) EngineInternals.scriptGlobals(pollen).get("one");
        Callable spin = (Callable) EngineInternals.scriptGlobals(pollen).get("spin");
        spinner = (Future) spin.call(new Object[] {new Alternating()});
        context = (Context) executor.blockOn(new PollFn(cx -> cx), "context");
        sleeper = executor.spawn(new PollFn(cx -> Future.PENDING), "sleeper");
        executor.runUntilIdle();
    }

    @TearDown
    public void tearDown() {
        pollen.close();
    }

    @Benchmark
    public Object callAndPollReadyStateMachine() {
        return ((Future) one.call(new Object[0])).poll(context);
    }

    @Benchmark
    public Object awaitSteadyPath() {
        return spinner.poll(context);
    }

    @Benchmark
    public Object spawnAndComplete() {
        Task t = executor.spawn(new ReadyFuture(1L), null);
        executor.runUntilIdle();
        return t;
    }

    @Benchmark
    public void wakeAndRepoll() {
        sleeper.waker().wake();
        executor.runUntilIdle();
    }
}
