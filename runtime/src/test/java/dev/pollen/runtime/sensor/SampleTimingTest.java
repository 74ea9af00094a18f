package dev.pollen.runtime.sensor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pollen.runtime.async.Join;
import dev.pollen.runtime.async.SingleThreadExecutor;
import java.util.List;
import org.junit.jupiter.api.Test;

class SampleTimingTest {
    private final SingleThreadExecutor ex = SingleThreadExecutor.withVirtualClock();
    private final SensorSimulator sim = new SensorSimulator(ex, 0);

    @Test
    void firstSample_comesOnePeriodAfterCreation_thenOneEveryPeriod() {
        Sensor s = sim.start(SensorModel.temperature(), SensorOptions.defaults().withPeriodMillis(250));
        Reader r = Reader.reads(s, ex, 4);
        ex.blockOn(r, "main");
        assertThat(r.times()).containsExactly(250L, 500L, 750L, 1000L);
    }

    @Test
    void defaultPeriod_isOneSecond() {
        Sensor s = sim.start(SensorModel.humidity(), SensorOptions.defaults());
        Reader r = Reader.reads(s, ex, 2);
        ex.blockOn(r, "main");
        assertThat(r.times()).containsExactly(1000L, 2000L);
    }

    @Test
    void sensorCreatedLater_countsItsPeriodFromItsOwnCreation() {
        ex.blockOn(At.after(ex, 30, () -> {}), "wait");
        Sensor s = sim.start(SensorModel.light(), SensorOptions.defaults().withPeriodMillis(100));
        Reader r = Reader.reads(s, ex, 2);
        ex.blockOn(r, "main");
        assertThat(r.times()).containsExactly(130L, 230L);
    }

    @Test
    void samples_countsEveryInterruptWhetherOrNotAnyoneReads() {
        Sensor s = sim.start(SensorModel.temperature(), SensorOptions.defaults().withPeriodMillis(10));
        ex.blockOn(At.after(ex, 105, () -> {}), "main");
        assertThat(s.samples()).isEqualTo(10);
        assertThat(s.lastSampleAtNanos()).isEqualTo(100_000_000L);
    }

    @Test
    void jitter_delaysEachSampleWithinItsWindow_withoutDrift() {
        Sensor s = sim.start(SensorModel.temperature(),
                SensorOptions.defaults().withPeriodMillis(100).withJitterMillis(30).withSeed(5));
        Reader r = Reader.reads(s, ex, 50);
        ex.blockOn(r, "main");
        List<Reader.Got> got = r.got;
        for (int k = 0; k < got.size(); k++) {
            long nominal = (k + 1) * 100_000_000L;
            assertThat(got.get(k).atNanos()).isBetween(nominal, nominal + 30_000_000L);
        }
        assertThat(got).extracting(g -> g.atNanos() % 100_000_000L).doesNotHaveDuplicates();
    }

    @Test
    void buttonPresses_averageOneOverTheRateApart() {
        Sensor b = sim.start(new SensorModel.Button(10.0), SensorOptions.defaults().withSeed(11));
        Reader r = Reader.reads(b, ex, 2000);
        ex.blockOn(r, "main");
        double meanGapMillis = (double) r.got.get(1999).atNanos() / 2000 / 1e6;
        assertThat(meanGapMillis).isBetween(90.0, 110.0);
        assertThat(r.values()).containsOnly(true);
    }

    @Test
    void sensorsWithEqualPeriods_interruptInCreationOrder() {
        Sensor a = sim.start(SensorModel.replay(List.of("a1", "a2")), SensorOptions.defaults().withPeriodMillis(10));
        Sensor b = sim.start(SensorModel.replay(List.of("b1", "b2")), SensorOptions.defaults().withPeriodMillis(10));
        List<String> log = new java.util.ArrayList<>();
        // b's reader waits first, yet a's interrupt comes first at each instant
        ex.blockOn(Join.of(ex.spawn(Reader.logging("b", b, ex, 2, log), null),
                ex.spawn(Reader.logging("a", a, ex, 2, log), null)), "main");
        assertThat(log).containsExactly("a a1", "b b1", "a a2", "b b2");
    }
}
