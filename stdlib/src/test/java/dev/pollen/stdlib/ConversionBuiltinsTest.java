package dev.pollen.stdlib;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pollen.runtime.value.PList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ConversionBuiltinsTest {
    private final TestEngine e = new TestEngine();

    @Test
    void strGivesTheTopLevelForm() {
        assertThat(e.call("str", "s")).isEqualTo("s");
        assertThat(e.call("str", PList.of("s"))).isEqualTo("[\"s\"]");
        assertThat(e.call("str", (Object) null)).isEqualTo("nil");
        assertThat(e.call("str", 12L)).isEqualTo("12");
    }

    @Test
    void intTruncatesFloatsTowardZero() {
        assertThat(e.call("int", 3.99)).isEqualTo(3L);
        assertThat(e.call("int", -3.99)).isEqualTo(-3L);
    }

    @Test
    void intParsesDecimalStringsWithSignWhitespaceAndUnderscores() {
        assertThat(e.call("int", "42")).isEqualTo(42L);
        assertThat(e.call("int", " -7 ")).isEqualTo(-7L);
        assertThat(e.call("int", "1_000")).isEqualTo(1000L);
    }

    @Test
    void intOfBoolIsZeroOrOne() {
        assertThat(e.call("int", true)).isEqualTo(1L);
        assertThat(e.call("int", false)).isEqualTo(0L);
    }

    @ParameterizedTest
    @ValueSource(strings = {"4x2", "", "3.5", "0x10", "1__0", "_1"})
    void intOfABadStringIsAValueErrorQuotingIt(String text) {
        assertThatThrownBy(() -> e.call("int", text)).hasMessage("ValueError: invalid int: \"" + text + "\"");
    }

    @Test
    void intOfAStringPastTheLongRangeIsAValueError() {
        assertThatThrownBy(() -> e.call("int", "9223372036854775808")).hasMessageStartingWith("ValueError:");
    }

    @Test
    void intOfNanIsAValueErrorAndOfInfinityAnArithmeticError() {
        assertThatThrownBy(() -> e.call("int", Double.NaN)).hasMessageStartingWith("ValueError:");
        assertThatThrownBy(() -> e.call("int", Double.POSITIVE_INFINITY)).hasMessageStartingWith("ArithmeticError:");
    }

    @Test
    void intOfAListIsATypeError() {
        assertThatThrownBy(() -> e.call("int", new PList())).hasMessage("TypeError: int() cannot convert list");
    }

    @Test
    void floatWidensNumbersAndParsesStrings() {
        assertThat(e.call("float", 2L)).isEqualTo(2.0);
        assertThat(e.call("float", "2.5")).isEqualTo(2.5);
        assertThat(e.call("float", "1e3")).isEqualTo(1000.0);
        assertThat(e.call("float", ".5")).isEqualTo(0.5);
        assertThat(e.call("float", "-inf")).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat((Double) e.call("float", "nan")).isNaN();
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "0x1p3", "2.5d", "NaNa", "Infinity5", "1e", ""})
    void floatOfABadStringIsAValueError(String text) {
        assertThatThrownBy(() -> e.call("float", text)).hasMessage("ValueError: invalid float: \"" + text + "\"");
    }
}
