package dev.pollen.runtime.sensor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pollen.runtime.async.SingleThreadExecutor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReplayTest {
    private final SingleThreadExecutor ex = SingleThreadExecutor.withVirtualClock();
    private final SensorSimulator sim = new SensorSimulator(ex, 0);

    @Test
    void replay_deliversTheValuesInOrder_atPeriodTwoPeriodAndSoOn() {
        Sensor s = sim.start(SensorModel.replay(List.of(3L, 1L, 4L)), SensorOptions.defaults().withPeriodMillis(10));
        Reader r = Reader.reads(s, ex, 3);
        ex.blockOn(r, "main");
        assertThat(r.values()).containsExactly(3L, 1L, 4L);
        assertThat(r.times()).containsExactly(10L, 20L, 30L);
    }

    @Test
    void replay_stopsAfterItsLastValue() {
        Sensor s = sim.start(SensorModel.replay(List.of("a", "b")), SensorOptions.defaults().withPeriodMillis(10));
        Reader r = Reader.untilNil(s, ex);
        ex.blockOn(r, "main");
        assertThat(r.values()).containsExactly("a", "b", null);
        assertThat(r.times()).containsExactly(10L, 20L, 20L);
        assertThat(s.isRunning()).isFalse();
        assertThat(s.latest()).isEqualTo("b");
        assertThat(s.samples()).isEqualTo(2);
    }

    @Test
    void nilValues_areReplayedAsReadings() {
        Sensor s = sim.start(SensorModel.replay(Arrays.asList(1L, null, 2L)),
                SensorOptions.defaults().withPeriodMillis(10));
        Reader r = Reader.reads(s, ex, 3);
        ex.blockOn(r, "main");
        assertThat(r.values()).containsExactly(1L, null, 2L);
    }

    @Test
    void anEmptyReplay_isStoppedFromTheStart() {
        Sensor s = sim.start(SensorModel.replay(List.of()), SensorOptions.defaults());
        assertThat(s.isRunning()).isFalse();
        assertThat(ex.blockOn(s.read(), "main")).isNull();
        assertThat(ex.nowNanos()).isZero();
    }

    @Test
    void changingTheGivenListLater_doesNotChangeTheReplay() {
        List<Object> values = new ArrayList<>(List.of(1L, 2L));
        Sensor s = sim.start(SensorModel.replay(values), SensorOptions.defaults().withPeriodMillis(10));
        values.set(0, 99L);
        Reader r = Reader.reads(s, ex, 2);
        ex.blockOn(r, "main");
        assertThat(r.values()).containsExactly(1L, 2L);
    }
}
