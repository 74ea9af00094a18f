package dev.pollen.stdlib;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pollen.runtime.value.PList;
import org.junit.jupiter.api.Test;

class NumberBuiltinsTest {
    private final TestEngine e = new TestEngine();

    @Test
    void absKeepsTheNumberKind() {
        assertThat(e.call("abs", -5L)).isEqualTo(5L);
        assertThat(e.call("abs", -2.5)).isEqualTo(2.5);
    }

    @Test
    void absOfTheSmallestIntOverflows() {
        assertThatThrownBy(() -> e.call("abs", Long.MIN_VALUE)).hasMessageStartingWith("ArithmeticError:");
    }

    @Test
    void minAndMaxTakeSeveralArguments() {
        assertThat(e.call("min", 3L, 1L, 2L)).isEqualTo(1L);
        assertThat(e.call("max", 3L, 1L)).isEqualTo(3L);
        assertThat(e.call("max", 1L, 2.5)).isEqualTo(2.5);
    }

    @Test
    void minAndMaxTakeOneList() {
        assertThat(e.call("min", PList.of("b", "a", "c"))).isEqualTo("a");
        assertThat(e.call("max", PList.of(4L))).isEqualTo(4L);
    }

    @Test
    void minReturnsTheFirstOfEqualElements() {
        assertThat(e.call("min", 1L, 1.0)).isEqualTo(1L);
    }

    @Test
    void minOfAnEmptyListIsAValueError() {
        assertThatThrownBy(() -> e.call("min", new PList())).hasMessage("ValueError: min() of an empty list");
    }

    @Test
    void maxOfMixedStringsAndNumbersIsATypeError() {
        assertThatThrownBy(() -> e.call("max", 1L, "a")).hasMessage("TypeError: cannot compare string and int");
    }

    @Test
    void minOfOneNonListIsATypeError() {
        assertThatThrownBy(() -> e.call("min", 5L)).hasMessageStartingWith("TypeError: min() takes two or more");
    }

    @Test
    void maxWithoutArgumentsIsAnArityError() {
        assertThatThrownBy(() -> e.call("max")).hasMessage("TypeError: max() takes at least 1 argument but 0 were given");
    }
}
