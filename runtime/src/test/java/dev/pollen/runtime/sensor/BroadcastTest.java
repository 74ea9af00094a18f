package dev.pollen.runtime.sensor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pollen.runtime.async.Join;
import dev.pollen.runtime.async.SingleThreadExecutor;
import dev.pollen.runtime.async.Task;
import dev.pollen.runtime.value.PMap;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BroadcastTest {
    private final SingleThreadExecutor ex = SingleThreadExecutor.withVirtualClock();
    private final SensorSimulator sim = new SensorSimulator(ex, 0);

    private Sensor temperature() {
        return sim.start(SensorModel.temperature(), SensorOptions.defaults().withPeriodMillis(50));
    }

    @Test
    void allReadersPendingAtAnInterrupt_receiveTheSameSample() {
        Sensor s = temperature();
        Reader a = Reader.reads(s, ex, 1);
        Reader b = Reader.reads(s, ex, 1);
        Reader c = Reader.reads(s, ex, 1);
        ex.blockOn(Join.of(ex.spawn(a, null), ex.spawn(b, null), ex.spawn(c, null)), "main");
        assertThat(b.values()).isEqualTo(a.values()).isEqualTo(c.values());
        assertThat(s.samples()).isEqualTo(1);
    }

    @Test
    void readersAreWoken_inTheOrderTheyBeganToWait() {
        Sensor s = sim.start(SensorModel.replay(List.of(1L, 2L)), SensorOptions.defaults().withPeriodMillis(10));
        List<String> log = new ArrayList<>();
        Task third = ex.spawn(Reader.logging("third", s, ex, 1, log), null);
        Task first = ex.spawn(Reader.logging("first", s, ex, 1, log), null);
        Task second = ex.spawn(Reader.logging("second", s, ex, 1, log), null);
        ex.blockOn(Join.of(first, second, third), "main");
        assertThat(log).containsExactly("third 1", "first 1", "second 1");
    }

    @Test
    void aReadStartedAfterAnInterrupt_waitsForTheFollowingOne() {
        Sensor s = sim.start(SensorModel.replay(List.of(1L, 2L, 3L)), SensorOptions.defaults().withPeriodMillis(100));
        ex.blockOn(At.after(ex, 100, () -> {}), "until the first interrupt");
        assertThat(s.latest()).isEqualTo(1L);
        Reader r = Reader.reads(s, ex, 1);
        ex.blockOn(r, "main");
        assertThat(r.got).containsExactly(new Reader.Got(2L, null, 200, 200_000_000L));
    }

    @Test
    void eachReader_getsItsOwnCopyOfAMapReading() {
        Sensor s = sim.start(SensorModel.accelerometer(), SensorOptions.defaults().withPeriodMillis(10));
        Reader a = Reader.reads(s, ex, 1);
        Reader b = Reader.reads(s, ex, 1);
        ex.blockOn(Join.of(ex.spawn(a, null), ex.spawn(b, null)), "main");
        PMap mine = (PMap) a.values().get(0);
        mine.put("x", 99.0);
        assertThat(((PMap) b.values().get(0)).get("x")).isNotEqualTo(99.0);
        assertThat(((PMap) s.latest()).get("x")).isNotEqualTo(99.0);
    }

    @Test
    void aCancelledRead_leavesTheQueue_andTheOthersStillGetTheSample() {
        Sensor s = sim.start(SensorModel.replay(List.of("v")), SensorOptions.defaults().withPeriodMillis(10));
        Task dropped = ex.spawn(Reader.reads(s, ex, 1), "dropped");
        Reader kept = Reader.reads(s, ex, 1);
        Task keeper = ex.spawn(kept, "kept");
        ex.runUntilIdle();
        assertThat(s.pendingReads()).isEqualTo(2);
        dropped.abort();
        ex.runUntilIdle();
        assertThat(s.pendingReads()).isEqualTo(1);
        ex.blockOn(keeper, "main");
        assertThat(kept.values()).containsExactly("v");
    }
}
