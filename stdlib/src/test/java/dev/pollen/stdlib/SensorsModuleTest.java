package dev.pollen.stdlib;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pollen.runtime.async.Future;
import dev.pollen.runtime.async.Join;
import dev.pollen.runtime.sensor.Sensor;
import dev.pollen.runtime.value.ErrorKind;
import dev.pollen.runtime.value.ErrorValue;
import dev.pollen.runtime.value.PList;
import dev.pollen.runtime.value.PMap;
import dev.pollen.runtime.value.PollenException;
import dev.pollen.runtime.value.Printer;
import dev.pollen.runtime.value.Values;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The script-facing {@code sensors} module: constructors, options, and the sensor's methods. */
class SensorsModuleTest {
    private final TestEngine e = new TestEngine();

    private static PMap opts(Object... keysAndValues) {
        PMap m = new PMap();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }

    private Sensor sensor(String kind, Object... args) {
        return (Sensor) e.callIn("sensors", kind, args);
    }

    /** {@code s.read()} as a script calls it. */
    private static Future read(Sensor s) {
        return (Future) TestEngine.method(s, "read");
    }

    private static String errorOf(Runnable call) {
        try {
            call.run();
        } catch (PollenException ex) {
            return ((ErrorValue) ex.value()).toString();
        }
        throw new AssertionError("no error");
    }

    @Test
    void aSensor_isTypedSensor_andPrintsWithItsName() {
        Sensor s = sensor("temperature", opts("name", "porch"));
        assertThat(Values.typeOf(s)).isEqualTo("sensor");
        assertThat(Printer.str(s)).isEqualTo("<sensor porch>");
        assertThat(TestEngine.method(s, "name")).isEqualTo("porch");
    }

    @Test
    void everyKind_startsWithoutOptions_andIsNamedAfterItsKind() {
        for (String kind : List.of("temperature", "humidity", "light", "accelerometer", "button")) {
            assertThat(TestEngine.method(sensor(kind), "name")).isEqualTo(kind);
        }
        assertThat(TestEngine.method(sensor("replay", PList.of(1L)), "name")).isEqualTo("replay");
    }

    @Test
    void readLatestAndSamples_trackAReplay() {
        Sensor s = sensor("replay", PList.of(3L, 1L, 4L), opts("period", 10L));
        assertThat(TestEngine.method(s, "latest")).isNull();
        assertThat(TestEngine.method(s, "samples")).isEqualTo(0L);
        Object first = e.run(TestEngine.method(s, "read"));
        Object second = e.run(TestEngine.method(s, "read"));
        assertThat(List.of(first, second)).containsExactly(3L, 1L);
        assertThat(TestEngine.method(s, "latest")).isEqualTo(1L);
        assertThat(TestEngine.method(s, "samples")).isEqualTo(2L);
        assertThat(e.executor.nowMillis()).isEqualTo(20);
    }

    @Test
    void stop_makesLaterReadsReturnNilAtOnce() {
        Sensor s = sensor("temperature", opts("period", 100L));
        assertThat(TestEngine.method(s, "stop")).isNull();
        assertThat(e.run(TestEngine.method(s, "read"))).isNull();
        assertThat(e.executor.nowMillis()).isZero();
    }

    @Test
    void readings_haveTheDocumentedTypes() {
        Object[] got = ((PList) e.run(new Join(List.of(
                read(sensor("temperature", opts("period", 10L))),
                read(sensor("humidity", opts("period", 10L))),
                read(sensor("light", opts("period", 10L))),
                read(sensor("accelerometer", opts("period", 10L))),
                read(sensor("button", opts("rate", 100L)))))))
                .items().toArray();
        assertThat(got[0]).isInstanceOf(Double.class);
        assertThat((Double) got[1]).isBetween(0.0, 100.0);
        assertThat((Double) got[2]).isGreaterThanOrEqualTo(0.0);
        assertThat(((PMap) got[3]).keys()).containsExactly("x", "y", "z");
        assertThat(got[4]).isEqualTo(true);
    }

    @Test
    void noiseZero_givesBase_andAnAccelerometerBaseMayNameSomeAxes() {
        Sensor t = sensor("temperature", opts("period", 10L, "base", 18L, "noise", 0L));
        assertThat(e.run(TestEngine.method(t, "read"))).isEqualTo(18.0);
        Sensor a = sensor("accelerometer", opts("period", 10L, "base", opts("z", 1L), "noise", 0.0));
        assertThat(Printer.str(e.run(TestEngine.method(a, "read")))).isEqualTo("#{\"x\": 0.0, \"y\": 0.0, \"z\": 1.0}");
    }

    @Test
    void aFailRateOfOne_makesReadsThrowSensorError() {
        Sensor s = sensor("humidity", opts("period", 100L, "fail_rate", 1L));
        assertThatThrownBy(() -> e.run(TestEngine.method(s, "read")))
                .isInstanceOfSatisfying(PollenException.class, ex -> assertThat(ex.kind()).isEqualTo(ErrorKind.SENSOR));
    }

    @Test
    void theSameRunSeed_givesTheSameReadings_andAnotherSeedOthers() {
        assertThat(firstReadings(5)).isEqualTo(firstReadings(5)).isNotEqualTo(firstReadings(6));
    }

    private List<Object> firstReadings(long runSeed) {
        TestEngine engine = new TestEngine(runSeed, List.of());
        Sensor s = (Sensor) engine.callIn("sensors", "temperature", opts("period", 10L));
        Object a = engine.run(TestEngine.method(s, "read"));
        Object b = engine.run(TestEngine.method(s, "read"));
        return List.of(a, b);
    }

    @Test
    void theSeedOption_overridesTheRunSeed() {
        TestEngine other = new TestEngine(99, List.of());
        Sensor mine = sensor("light", opts("period", 10L, "seed", 4L));
        Sensor theirs = (Sensor) other.callIn("sensors", "light", opts("period", 10L, "seed", 4L));
        assertThat(e.run(TestEngine.method(mine, "read"))).isEqualTo(other.run(TestEngine.method(theirs, "read")));
    }

    @Test
    void badOptions_areRejectedWithTheCallNamed() {
        assertThat(errorOf(() -> sensor("temperature", opts("period", 0L))))
                .isEqualTo("ValueError: sensors.temperature(): period must be between 1 and 1000000000 ms, got 0");
        assertThat(errorOf(() -> sensor("humidity", opts("fail_rate", 1.5))))
                .isEqualTo("ValueError: sensors.humidity(): fail_rate must be between 0.0 and 1.0, got 1.5");
        assertThat(errorOf(() -> sensor("light", opts("colour", "red"))))
                .isEqualTo("TypeError: sensors.light() got an unknown option 'colour' "
                        + "(it takes: period, base, noise, seed, fail_rate, jitter, name)");
        assertThat(errorOf(() -> sensor("button", opts("period", 10L))))
                .isEqualTo("TypeError: sensors.button() got an unknown option 'period' "
                        + "(it takes: rate, seed, fail_rate, jitter, name)");
        assertThat(errorOf(() -> sensor("temperature", opts("period", "fast"))))
                .isEqualTo("TypeError: sensors.temperature() option period must be a number, not string");
        assertThat(errorOf(() -> sensor("temperature", opts("seed", 1.5))))
                .isEqualTo("TypeError: sensors.temperature() option seed must be an int, not float");
        assertThat(errorOf(() -> sensor("temperature", opts("name", 3L))))
                .isEqualTo("TypeError: sensors.temperature() option name must be a string, not int");
        assertThat(errorOf(() -> sensor("temperature", 5L)))
                .isEqualTo("TypeError: sensors.temperature() argument 1 must be a map, not int");
        assertThat(errorOf(() -> sensor("accelerometer", opts("base", 9.81))))
                .isEqualTo("TypeError: sensors.accelerometer() option base must be a map, not float");
        assertThat(errorOf(() -> sensor("accelerometer", opts("base", opts("w", 1L)))))
                .isEqualTo("TypeError: sensors.accelerometer() option base has an unknown axis 'w' (axes: x, y, z)");
        assertThat(errorOf(() -> sensor("replay", 3L)))
                .isEqualTo("TypeError: sensors.replay() argument 1 must be a list, not int");
        assertThat(errorOf(() -> sensor("button", opts("rate", -1L))))
                .isEqualTo("ValueError: sensors.button(): "
                        + "rate must be between 1.0E-6 and 1000 presses per second, got -1");
        assertThat(errorOf(() -> sensor("temperature", opts("jitter", -1L))))
                .isEqualTo("ValueError: sensors.temperature(): jitter must be between 0 and 1000000000 ms, got -1");
    }

    @Test
    void absurdOptionValues_areRefusedWithTheirBounds() {
        assertThat(errorOf(() -> sensor("temperature", opts("jitter", 1e300))))
                .isEqualTo("ValueError: sensors.temperature(): jitter must be between 0 and 1000000000 ms, got 1.0E300");
        assertThat(errorOf(() -> sensor("temperature", opts("period", 0.000001))))
                .isEqualTo("ValueError: sensors.temperature(): period must be between 1 and 1000000000 ms, got 1.0E-6");
        assertThat(errorOf(() -> sensor("button", opts("rate", 1e9))))
                .isEqualTo("ValueError: sensors.button(): rate must be between 1.0E-6 and 1000 presses per second, "
                        + "got 1000000000");
        assertThat(errorOf(() -> sensor("light", opts("noise", 1e300))))
                .isEqualTo("ValueError: sensors.light(): noise must be between 0 and 1000000, got 1.0E300");
        assertThat(errorOf(() -> sensor("accelerometer", opts("base", opts("x", 1e300)))))
                .isEqualTo("ValueError: sensors.accelerometer(): base x must be between -1000000000 and 1000000000, "
                        + "got 1.0E300");
    }

    @Test
    void wrongArity_isATypeError() {
        assertThat(errorOf(() -> sensor("temperature", opts(), opts())))
                .startsWith("TypeError: sensors.temperature() takes");
        assertThat(errorOf(() -> sensor("replay"))).startsWith("TypeError: sensors.replay() takes");
        assertThat(errorOf(() -> TestEngine.method(sensor("light"), "read", 1L)))
                .startsWith("TypeError: sensor.read() takes");
    }

    @Test
    void nilOptions_meanDefaults() {
        assertThat(TestEngine.method(sensor("temperature", (Object) null), "name")).isEqualTo("temperature");
    }

    @Test
    void theSensorMethods_areListedForCompletion() {
        assertThat(Methods.namesFor(sensor("light"))).containsExactly("latest", "name", "read", "samples", "stop");
    }

    @Test
    void eachEngine_getsItsOwnSensorsModule() {
        assertThat(new TestEngine().globals.get("sensors")).isNotSameAs(new TestEngine().globals.get("sensors"));
    }
}
