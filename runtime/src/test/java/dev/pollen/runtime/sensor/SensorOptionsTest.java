package dev.pollen.runtime.sensor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SensorOptionsTest {

    @Test
    void defaults_areOneSecondNoFaultsNoJitter() {
        SensorOptions o = SensorOptions.defaults();
        assertThat(o.periodNanos()).isEqualTo(1_000_000_000L);
        assertThat(o.failRate()).isZero();
        assertThat(o.jitterNanos()).isZero();
        assertThat(o.seed()).isEmpty();
        assertThat(o.name()).isNull();
    }

    @Test
    void aPeriodOutsideOneMsToABillionMs_isRefused() {
        assertThatThrownBy(() -> SensorOptions.defaults().withPeriodMillis(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("period must be between 1 and 1000000000 ms, got 0");
        assertThatThrownBy(() -> SensorOptions.defaults().withPeriodMillis(-5))
                .hasMessage("period must be between 1 and 1000000000 ms, got -5");
        assertThatThrownBy(() -> SensorOptions.defaults().withPeriodMillis(Double.NaN))
                .hasMessage("period must be between 1 and 1000000000 ms, got NaN");
        assertThatThrownBy(() -> SensorOptions.defaults().withPeriodMillis(0.000001))
                .hasMessage("period must be between 1 and 1000000000 ms, got 1.0E-6");
        assertThatThrownBy(() -> SensorOptions.defaults().withPeriodMillis(1e10))
                .hasMessage("period must be between 1 and 1000000000 ms, got 10000000000");
        assertThat(SensorOptions.defaults().withPeriodMillis(1).periodNanos()).isEqualTo(1_000_000L);
        assertThat(SensorOptions.defaults().withPeriodMillis(1e9).periodNanos()).isEqualTo(1_000_000_000_000_000L);
    }

    @Test
    void aFailRateOutsideZeroToOne_isRefused() {
        assertThatThrownBy(() -> SensorOptions.defaults().withFailRate(1.5))
                .hasMessage("fail_rate must be between 0.0 and 1.0, got 1.5");
        assertThatThrownBy(() -> SensorOptions.defaults().withFailRate(-0.1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(SensorOptions.defaults().withFailRate(1.0).failRate()).isEqualTo(1.0);
    }

    @Test
    void aJitterOutsideZeroToABillionMs_isRefused() {
        assertThatThrownBy(() -> SensorOptions.defaults().withJitterMillis(-1))
                .hasMessage("jitter must be between 0 and 1000000000 ms, got -1");
        assertThatThrownBy(() -> SensorOptions.defaults().withJitterMillis(1e300))
                .hasMessage("jitter must be between 0 and 1000000000 ms, got 1.0E300");
        assertThat(SensorOptions.defaults().withJitterMillis(1e9).jitterNanos()).isEqualTo(1_000_000_000_000_000L);
    }

    @Test
    void modelParameters_areChecked() {
        assertThatThrownBy(() -> SensorModel.temperature().withNoise(-1))
                .hasMessage("noise must be between 0 and 1000000, got -1");
        assertThatThrownBy(() -> SensorModel.temperature().withNoise(1e300))
                .hasMessage("noise must be between 0 and 1000000, got 1.0E300");
        assertThatThrownBy(() -> SensorModel.temperature().withBase(-1e12))
                .hasMessage("base must be between -1000000000 and 1000000000, got -1000000000000");
        assertThatThrownBy(() -> SensorModel.humidity().withBase(101))
                .hasMessage("humidity base must be within 0.0..100.0, got 101.0");
        assertThatThrownBy(() -> SensorModel.light().withBase(-1))
                .hasMessage("light base must be at least 0.0, got -1.0");
        assertThatThrownBy(() -> new SensorModel.Button(0))
                .hasMessage("rate must be between 1.0E-6 and 1000 presses per second, got 0");
        assertThatThrownBy(() -> new SensorModel.Button(1e9))
                .hasMessage("rate must be between 1.0E-6 and 1000 presses per second, got 1000000000");
    }

    @Test
    void aSensorIsNamedAfterItsKind_unlessNamed() {
        SensorSimulator sim = new SensorSimulator(dev.pollen.runtime.async.SingleThreadExecutor.withVirtualClock(), 0);
        assertThat(sim.start(SensorModel.accelerometer(), SensorOptions.defaults()).name()).isEqualTo("accelerometer");
        assertThat(sim.start(SensorModel.button(), SensorOptions.defaults().withName("bell")).display())
                .isEqualTo("<sensor bell>");
        sim.close();
    }
}
