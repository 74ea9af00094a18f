package dev.pollen.runtime.sensor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.pollen.runtime.async.DeadlockException;
import dev.pollen.runtime.async.PendingFuture;
import dev.pollen.runtime.async.SingleThreadExecutor;
import dev.pollen.runtime.async.Task;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class StopTest {
    private final SingleThreadExecutor ex = SingleThreadExecutor.withVirtualClock();
    private final SensorSimulator sim = new SensorSimulator(ex, 0);

    private Sensor replayOneToNine() {
        return sim.start(SensorModel.replay(Arrays.asList(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L)),
                SensorOptions.defaults().withPeriodMillis(100));
    }

    @Test
    void readsPendingAtStop_completeWithNil() {
        Sensor s = replayOneToNine();
        Reader r = Reader.untilNil(s, ex);
        Task reader = ex.spawn(r, "reader");
        ex.blockOn(At.after(ex, 250, s::stop), "main");
        ex.blockOn(reader, "join");
        assertThat(r.values()).containsExactly(1L, 2L, null);
        assertThat(r.times()).containsExactly(100L, 200L, 250L);
    }

    @Test
    void afterStop_noMoreInterrupts_andLatestAndSamplesStay() {
        Sensor s = replayOneToNine();
        ex.blockOn(At.after(ex, 350, s::stop), "main");
        ex.runFor(1_000_000_000L);
        assertThat(s.samples()).isEqualTo(3);
        assertThat(s.latest()).isEqualTo(3L);
        assertThat(s.isRunning()).isFalse();
    }

    @Test
    void readingAStoppedSensor_returnsNilAtOnce() {
        Sensor s = replayOneToNine();
        s.stop();
        Reader r = Reader.reads(s, ex, 2);
        ex.blockOn(r, "main");
        assertThat(r.got).extracting(Reader.Got::value, Reader.Got::atMillis)
                .containsExactly(tuple(null, 0L), tuple(null, 0L));
    }

    @Test
    void aReadCreatedBeforeStop_butFirstPolledAfter_returnsNil() {
        Sensor s = replayOneToNine();
        var read = s.read();
        s.stop();
        assertThat(ex.blockOn(read, "main")).isNull();
    }

    @Test
    void stop_isIdempotent() {
        Sensor s = replayOneToNine();
        s.stop();
        s.stop();
        assertThat(s.isRunning()).isFalse();
        assertThat(sim.runningSensors()).isEmpty();
    }

    @Test
    void aStoppedSensor_noLongerKeepsTheProgramAlive_soWaitingForeverIsADeadlock() {
        Sensor s = replayOneToNine();
        s.stop();
        assertThatThrownBy(() -> ex.blockOn(new PendingFuture(), "main")).isInstanceOf(DeadlockException.class);
    }

    @Test
    void aReplayPastItsEnd_hasStopped_soAReadReturnsNilAtOnce() {
        Sensor s = sim.start(SensorModel.replay(List.of(1L)), SensorOptions.defaults());
        ex.blockOn(At.after(ex, 2000, () -> {}), "past the end");
        assertThat(ex.blockOn(s.read(), "main")).isNull();
        assertThat(ex.nowMillis()).isEqualTo(2000);
    }

    @Test
    void aPendingRead_describesItsWaitByTheSensorsName() {
        Sensor s = sim.start(SensorModel.temperature(), SensorOptions.defaults().withName("porch"));
        Task reader = ex.spawn(s.read(), null);
        ex.runUntilIdle();
        assertThat(reader.waitingOn()).isEqualTo("read of sensor porch");
        assertThat(reader.name()).isEqualTo("read");
    }

    @Test
    void simulatorClose_stopsEveryRunningSensor() {
        Sensor a = replayOneToNine();
        Sensor b = sim.start(SensorModel.temperature(), SensorOptions.defaults());
        sim.close();
        assertThat(a.isRunning()).isFalse();
        assertThat(b.isRunning()).isFalse();
        assertThatThrownBy(() -> ex.blockOn(new PendingFuture(), "main")).isInstanceOf(DeadlockException.class);
    }
}
