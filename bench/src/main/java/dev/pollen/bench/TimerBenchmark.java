package dev.pollen.bench;

import dev.pollen.runtime.async.Executor;
import dev.pollen.runtime.async.Future;
import dev.pollen.runtime.async.PollFn;
import dev.pollen.runtime.async.SingleThreadExecutor;
import dev.pollen.runtime.async.Task;
import dev.pollen.runtime.async.Timer;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The timer queue at a given size: arm {@code queued} timers at pseudo-random deadlines 0..1000 ms
 * (the LCG of the timers workload), then let the virtual clock fire them all in deadline order.
 * The score is per batch: divide by {@code queued} for the cost of one timer's arm and fire.
 * Run: {@code java -jar bench/target/benchmarks.jar TimerBenchmark}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class TimerBenchmark {
    @Param({"1000", "1000000"})
    public int queued;

    private Executor executor;
    private Task sleeper;

    @Setup
    public void setUp() {
        executor = SingleThreadExecutor.withVirtualClock();
        sleeper = executor.spawn(new PollFn(cx -> Future.PENDING), "sleeper");
        executor.runUntilIdle();
    }

    @Benchmark
    public Object armAndFire() {
        long now = executor.nowNanos();
        long x = 42;
        for (int i = 0; i < queued; i++) {
            x = (x * 1103515245L + 12345L) & 0x7fffffffL;
            Timer t = executor.newTimer(now + (x % 1001) * 1_000_000L, "bench");
            t.arm(sleeper.waker());
        }
        executor.runFor(1_001_000_000L);
        return sleeper;
    }
}
