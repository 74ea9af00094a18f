package dev.pollen.runtime.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PRangeTest {

    @Test
    void exclusiveRangeLeavesOutItsEnd() {
        assertThat(new PRange(0, 10, false).length()).isEqualTo(10);
        assertThat(new PRange(0, 10, false).contains(10)).isFalse();
    }

    @Test
    void inclusiveRangeKeepsItsEnd() {
        assertThat(new PRange(0, 10, true).length()).isEqualTo(11);
        assertThat(new PRange(0, 10, true).contains(10)).isTrue();
    }

    @Test
    void backwardsRangeIsEmpty() {
        assertThat(new PRange(5, 1, true).length()).isZero();
        assertThat(new PRange(5, 5, false).iterator().hasNext()).isFalse();
    }

    @Test
    void inclusiveRangeEndingAtMaxLongStopsWithoutOverflow() {
        List<Object> seen = new ArrayList<>();
        new PRange(Long.MAX_VALUE - 1, Long.MAX_VALUE, true).forEach(seen::add);
        assertThat(seen).containsExactly(Long.MAX_VALUE - 1, Long.MAX_VALUE);
    }

    @Test
    void lengthPastTheLongRangeIsAValueError() {
        assertThatThrownBy(() -> new PRange(Long.MIN_VALUE, Long.MAX_VALUE, true).length())
                .hasMessageStartingWith("ValueError: range");
    }
}
