package dev.pollen.stdlib;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RandModuleTest {

    private static List<Object> draws(TestEngine e) {
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            out.add(e.callIn("rand", "int", 1L, 1000L));
            out.add(e.callIn("rand", "float"));
        }
        return out;
    }

    @Test
    void sameSeedGivesTheSameSequence() {
        assertThat(draws(new TestEngine(7, List.of()))).isEqualTo(draws(new TestEngine(7, List.of())));
    }

    @Test
    void differentSeedsGiveDifferentSequences() {
        assertThat(draws(new TestEngine(7, List.of()))).isNotEqualTo(draws(new TestEngine(8, List.of())));
    }

    @Test
    void enginesDoNotShareGeneratorState() {
        TestEngine a = new TestEngine(7, List.of());
        TestEngine b = new TestEngine(7, List.of());
        a.callIn("rand", "float");
        assertThat(b.callIn("rand", "float")).isEqualTo(new TestEngine(7, List.of()).callIn("rand", "float"));
    }

    @Test
    void intIncludesBothEnds() {
        TestEngine e = new TestEngine();
        Set<Object> seen = new HashSet<>();
        for (int i = 0; i < 300; i++) {
            seen.add(e.callIn("rand", "int", 1L, 3L));
        }
        assertThat(seen).containsExactlyInAnyOrder(1L, 2L, 3L);
    }

    @Test
    void intWorksAtTheEndsOfTheLongRange() {
        TestEngine e = new TestEngine();
        assertThat(e.callIn("rand", "int", Long.MAX_VALUE, Long.MAX_VALUE)).isEqualTo(Long.MAX_VALUE);
        assertThat(e.callIn("rand", "int", Long.MIN_VALUE, Long.MIN_VALUE)).isEqualTo(Long.MIN_VALUE);
        assertThat(e.callIn("rand", "int", Long.MIN_VALUE, Long.MAX_VALUE)).isInstanceOf(Long.class);
    }

    @Test
    void floatIsInTheHalfOpenUnitInterval() {
        TestEngine e = new TestEngine();
        for (int i = 0; i < 1000; i++) {
            assertThat((Double) e.callIn("rand", "float")).isGreaterThanOrEqualTo(0.0).isLessThan(1.0);
        }
    }

    @Test
    void intWithLowAboveHighIsAValueError() {
        assertThatThrownBy(() -> new TestEngine().callIn("rand", "int", 3L, 1L)).hasMessageStartingWith("ValueError:");
    }
}
