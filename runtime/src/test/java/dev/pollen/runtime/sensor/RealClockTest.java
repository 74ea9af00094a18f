package dev.pollen.runtime.sensor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pollen.runtime.async.Future;
import dev.pollen.runtime.async.Join;
import dev.pollen.runtime.async.SingleThreadExecutor;
import dev.pollen.runtime.async.Task;
import dev.pollen.runtime.async.TraceListener;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Real clock: samples come from the engine's hardware thread, which raises each interrupt and wakes
 * the readers from that thread. Nothing here asserts how fast anything is; a lost wake would show
 * as a DeadlockException (the replay ends, so nothing could wake the reader again) or a timeout.
 */
@Timeout(60)
class RealClockTest {
    private final SingleThreadExecutor ex = SingleThreadExecutor.withRealClock();
    private final SensorSimulator sim = new SensorSimulator(ex, 0);

    private static List<Object> oneTo(int n) {
        List<Object> values = new ArrayList<>();
        for (long i = 1; i <= n; i++) {
            values.add(i);
        }
        return values;
    }

    @Test
    void interrupts_areRaisedOnTheHardwareThread_andWakeTheLoopFromThere() {
        Set<String> interruptThreads = ConcurrentHashMap.newKeySet();
        AtomicInteger crossThreadWakes = new AtomicInteger();
        ex.setTraceListener(new TraceListener() {
            @Override
            public void onInterrupt(String source, long atNanos) {
                interruptThreads.add(Thread.currentThread().getName());
            }

            @Override
            public void onWake(Task task, boolean fromOtherThread, long atNanos) {
                if (fromOtherThread) {
                    crossThreadWakes.incrementAndGet();
                }
            }
        });
        Sensor s = sim.start(SensorModel.replay(oneTo(20)), SensorOptions.defaults().withPeriodMillis(2));
        ex.blockOn(Reader.untilNil(s, ex), "main");
        assertThat(interruptThreads).containsExactly("pollen-sensor-hardware");
        assertThat(crossThreadWakes.get()).isPositive();
    }

    @Test
    void manyReaders_fastSamples_noWakeIsLost_andNoSampleArrivesEarly() {
        long before = ex.nowNanos();
        long period = 1_000_000L;
        Sensor s = sim.start(SensorModel.replay(oneTo(300)), SensorOptions.defaults().withPeriodMillis(1));
        List<Reader> readers = List.of(Reader.untilNil(s, ex), Reader.untilNil(s, ex), Reader.untilNil(s, ex),
                Reader.untilNil(s, ex));
        List<Future> tasks = new ArrayList<>();
        for (Reader r : readers) {
            tasks.add(ex.spawn(r, null));
        }
        ex.blockOn(Join.of(tasks.toArray(Future[]::new)), "main");  // a lost wake: DeadlockException
        for (Reader r : readers) {
            List<Object> values = r.values();
            assertThat(values.get(values.size() - 1)).isNull();
            List<Object> samples = values.subList(0, values.size() - 1);
            assertThat(samples).isNotEmpty().isSortedAccordingTo((a, b) -> Long.compare((Long) a, (Long) b))
                    .doesNotHaveDuplicates();
            for (Reader.Got g : r.got.subList(0, samples.size())) {
                assertThat(g.atNanos()).isGreaterThanOrEqualTo(before + (Long) g.value() * period);
            }
        }
        assertThat(s.samples()).isEqualTo(300);
    }

    @Test
    void theHardwareThread_endsWhenNoSensorRuns_andANewSensorStartsItAgain() throws InterruptedException {
        Sensor first = sim.start(SensorModel.temperature(), SensorOptions.defaults().withPeriodMillis(5));
        assertThat(sim.hardwareThreadAlive()).isTrue();
        first.stop();
        awaitHardwareThreadEnd();
        Sensor second = sim.start(SensorModel.light(), SensorOptions.defaults().withPeriodMillis(5));
        assertThat(sim.hardwareThreadAlive()).isTrue();
        assertThat(ex.blockOn(second.read(), "main")).isInstanceOf(Double.class);
        second.stop();
        awaitHardwareThreadEnd();
    }

    @Test
    void theHardwareThread_endsAfterTheLastReplayedSample() throws InterruptedException {
        Sensor s = sim.start(SensorModel.replay(oneTo(3)), SensorOptions.defaults().withPeriodMillis(1));
        ex.blockOn(Reader.untilNil(s, ex), "main");
        awaitHardwareThreadEnd();
    }

    @Test
    void eachSimulator_hasItsOwnHardwareThread() {
        SingleThreadExecutor otherEx = SingleThreadExecutor.withRealClock();
        SensorSimulator other = new SensorSimulator(otherEx, 0);
        Set<Thread> mine = ConcurrentHashMap.newKeySet();
        Set<Thread> theirs = ConcurrentHashMap.newKeySet();
        ex.setTraceListener(new TraceListener() {
            @Override
            public void onInterrupt(String source, long atNanos) {
                mine.add(Thread.currentThread());
            }
        });
        otherEx.setTraceListener(new TraceListener() {
            @Override
            public void onInterrupt(String source, long atNanos) {
                theirs.add(Thread.currentThread());
            }
        });
        Sensor a = sim.start(SensorModel.replay(oneTo(2)), SensorOptions.defaults().withPeriodMillis(1));
        Sensor b = other.start(SensorModel.replay(oneTo(2)), SensorOptions.defaults().withPeriodMillis(1));
        ex.blockOn(Reader.untilNil(a, ex), "main");
        otherEx.blockOn(Reader.untilNil(b, otherEx), "main");
        assertThat(mine).hasSize(1).doesNotContainAnyElementsOf(theirs);
        assertThat(theirs).hasSize(1);
    }

    private void awaitHardwareThreadEnd() throws InterruptedException {
        // A liveness check, not a speed one: the thread must end at some point after the last stop.
        for (int i = 0; i < 10_000 && sim.hardwareThreadAlive(); i++) {
            Thread.sleep(1);
        }
        assertThat(sim.hardwareThreadAlive()).isFalse();
    }
}
