package dev.pollen.stdlib;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pollen.runtime.value.PList;
import org.junit.jupiter.api.Test;

class SparklineTest {
    private final TestEngine e = new TestEngine();

    @Test
    void scalesBetweenMinimumAndMaximum() {
        assertThat(e.call("sparkline", PList.of(0L, 1L, 2L, 3L, 4L, 5L, 6L, 7L))).isEqualTo("▁▂▃▄▅▆▇█");
    }

    @Test
    void mixesIntsAndFloats() {
        assertThat(e.call("sparkline", PList.of(1.0, 8L, 4.5))).isEqualTo("▁█▅");
    }

    @Test
    void allEqualValuesGiveAFlatMiddleLine() {
        assertThat(e.call("sparkline", PList.of(3L, 3L, 3.0))).isEqualTo("▄▄▄");
    }

    @Test
    void emptyListGivesEmptyString() {
        assertThat(e.call("sparkline", new PList())).isEqualTo("");
    }

    @Test
    void hugeSpanDoesNotOverflow() {
        assertThat(e.call("sparkline", PList.of(-1e308, 1e308))).isEqualTo("▁█");
    }

    @Test
    void nonNumbersAreATypeError() {
        assertThatThrownBy(() -> e.call("sparkline", PList.of(1L, "x"))).hasMessageStartingWith("TypeError:");
    }
}
