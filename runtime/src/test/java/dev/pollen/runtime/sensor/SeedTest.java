package dev.pollen.runtime.sensor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pollen.runtime.async.SingleThreadExecutor;
import dev.pollen.runtime.value.Printer;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class SeedTest {
    private static final SensorOptions FAST_JITTERY =
            SensorOptions.defaults().withPeriodMillis(10).withJitterMillis(4).withFailRate(0.1);

    /** A fresh executor and simulator on run seed {@code runSeed}; the sensors made by {@code make}, read 100 times. */
    private static List<Reader.Got> run(long runSeed, Function<SensorSimulator, Sensor> make) {
        SingleThreadExecutor ex = SingleThreadExecutor.withVirtualClock();
        SensorSimulator sim = new SensorSimulator(ex, runSeed);
        Sensor s = make.apply(sim);
        Reader r = Reader.reads(s, ex, 100);
        ex.blockOn(r, "main");
        return r.got;
    }

    @Test
    void sameSeed_givesIdenticalSamplesAtIdenticalTimes() {
        Function<SensorSimulator, Sensor> make = sim -> sim.start(SensorModel.temperature(), FAST_JITTERY.withSeed(42));
        assertThat(run(0, make)).isEqualTo(run(0, make));
    }

    @Test
    void anotherSeed_givesOtherSamples() {
        List<Reader.Got> a = run(0, sim -> sim.start(SensorModel.temperature(), FAST_JITTERY.withSeed(42)));
        List<Reader.Got> b = run(0, sim -> sim.start(SensorModel.temperature(), FAST_JITTERY.withSeed(43)));
        assertThat(a).isNotEqualTo(b);
    }

    @Test
    void withoutASeedOption_theRunSeedDecides() {
        Function<SensorSimulator, Sensor> make = sim -> sim.start(SensorModel.light(), FAST_JITTERY);
        assertThat(run(7, make)).isEqualTo(run(7, make));
        assertThat(run(7, make)).isNotEqualTo(run(8, make));
    }

    @Test
    void withoutASeedOption_theCreationOrderDecides() {
        List<Reader.Got> first = run(7, sim -> sim.start(SensorModel.light(), FAST_JITTERY));
        List<Reader.Got> second = run(7, sim -> {
            sim.start(SensorModel.light(), FAST_JITTERY).stop();
            return sim.start(SensorModel.light(), FAST_JITTERY);
        });
        assertThat(first).isNotEqualTo(second);
    }

    @Test
    void seedingOneSensor_doesNotChangeTheDerivedSeedsOfTheOthers() {
        List<Reader.Got> plain = run(7, sim -> {
            sim.start(SensorModel.light(), FAST_JITTERY).stop();
            return sim.start(SensorModel.light(), FAST_JITTERY);
        });
        List<Reader.Got> withSeededFirst = run(7, sim -> {
            sim.start(SensorModel.light(), FAST_JITTERY.withSeed(1)).stop();
            return sim.start(SensorModel.light(), FAST_JITTERY);
        });
        assertThat(withSeededFirst).isEqualTo(plain);
    }

    @Test
    void noiseZero_makesEverySampleEqualBase() {
        List<Reader.Got> temps = run(0, sim -> sim.start(SensorModel.temperature().withBase(21.5).withNoise(0.0),
                SensorOptions.defaults().withPeriodMillis(10)));
        assertThat(temps).extracting(Reader.Got::value).containsOnly(21.5);
        List<Reader.Got> axes = run(0, sim -> sim.start(SensorModel.accelerometer().withNoise(0.0),
                SensorOptions.defaults().withPeriodMillis(10)));
        assertThat(axes).extracting(g -> Printer.str(g.value())).containsOnly("#{\"x\": 0.0, \"y\": 0.0, \"z\": 9.81}");
    }

    @Test
    void readings_stayWithinTheirPhysicalRange() {
        List<Reader.Got> humidity = run(0, sim -> sim.start(SensorModel.humidity().withBase(99.0).withNoise(5.0),
                SensorOptions.defaults().withPeriodMillis(10)));
        assertThat(humidity).extracting(g -> (Double) g.value()).allMatch(h -> h >= 0.0 && h <= 100.0)
                .anyMatch(h -> h == 100.0);
        List<Reader.Got> light = run(0, sim -> sim.start(SensorModel.light().withBase(1.0).withNoise(50.0),
                SensorOptions.defaults().withPeriodMillis(10)));
        assertThat(light).extracting(g -> (Double) g.value()).allMatch(l -> l >= 0.0);
    }

    @Test
    void temperature_wandersAroundItsBase() {
        List<Reader.Got> temps = run(0, sim -> sim.start(SensorModel.temperature(),
                SensorOptions.defaults().withPeriodMillis(10).withSeed(2)));
        double mean = temps.stream().mapToDouble(g -> (Double) g.value()).average().orElseThrow();
        assertThat(mean).isBetween(19.0, 21.0);
        assertThat(temps).extracting(Reader.Got::value).doesNotHaveDuplicates();
    }
}
