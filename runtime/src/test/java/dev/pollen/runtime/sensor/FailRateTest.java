package dev.pollen.runtime.sensor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pollen.runtime.async.SingleThreadExecutor;
import dev.pollen.runtime.value.ErrorKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class FailRateTest {
    private final SingleThreadExecutor ex = SingleThreadExecutor.withVirtualClock();
    private final SensorSimulator sim = new SensorSimulator(ex, 0);

    @Test
    void failRateOne_makesEveryReadThrowSensorError_oncePerPeriod() {
        Sensor s = sim.start(SensorModel.humidity(), SensorOptions.defaults().withPeriodMillis(100).withFailRate(1.0));
        Reader r = Reader.reads(s, ex, 3);
        ex.blockOn(r, "main");
        assertThat(r.got).extracting(Reader.Got::error).containsOnly(ErrorKind.SENSOR);
        assertThat(r.times()).containsExactly(100L, 200L, 300L);
    }

    @Test
    void aFault_countsAsASample_butLatestKeepsTheLastGoodValue() {
        Sensor s = sim.start(SensorModel.humidity(), SensorOptions.defaults().withPeriodMillis(100).withFailRate(1.0));
        ex.blockOn(Reader.reads(s, ex, 3), "main");
        assertThat(s.samples()).isEqualTo(3);
        assertThat(s.latest()).isNull();
    }

    @Test
    void failRateHalf_failsAboutHalfTheSamples_andTheRestAreGood() {
        Sensor s = sim.start(SensorModel.temperature(),
                SensorOptions.defaults().withPeriodMillis(10).withFailRate(0.5).withSeed(3));
        Reader r = Reader.reads(s, ex, 1000);
        ex.blockOn(r, "main");
        long faults = r.got.stream().filter(g -> g.error() != null).count();
        assertThat(faults).isBetween(400L, 600L);
        Object lastGood = r.got.stream().filter(g -> g.error() == null).reduce((x, y) -> y).orElseThrow().value();
        assertThat(s.latest()).isEqualTo(r.got.get(999).error() == null ? r.got.get(999).value() : lastGood);
    }

    @Test
    void faults_doNotChangeTheValuesOfTheGoodSamples() {
        SensorOptions base = SensorOptions.defaults().withPeriodMillis(10).withSeed(9);
        Sensor clean = sim.start(SensorModel.temperature(), base);
        Sensor flaky = sim.start(SensorModel.temperature(), base.withFailRate(0.3));
        Reader a = Reader.reads(clean, ex, 50);
        Reader b = Reader.reads(flaky, ex, 50);
        ex.blockOn(dev.pollen.runtime.async.Join.of(ex.spawn(a, null), ex.spawn(b, null)), "main");
        for (int k = 0; k < 50; k++) {
            if (b.got.get(k).error() == null) {
                assertThat(b.got.get(k).value()).isEqualTo(a.got.get(k).value());
            }
        }
    }

    @Test
    void aReplayFault_usesUpThatSlotsValue() {
        Sensor s = sim.start(SensorModel.replay(List.of(1L, 2L, 3L)),
                SensorOptions.defaults().withPeriodMillis(10).withFailRate(1.0));
        Reader r = Reader.untilNil(s, ex);
        ex.blockOn(r, "main");
        assertThat(r.got).extracting(Reader.Got::error).containsExactly(ErrorKind.SENSOR, ErrorKind.SENSOR,
                ErrorKind.SENSOR, null);
        assertThat(s.samples()).isEqualTo(3);
    }
}
