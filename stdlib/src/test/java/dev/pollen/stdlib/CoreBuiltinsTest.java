package dev.pollen.stdlib;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pollen.runtime.value.ErrorValue;
import dev.pollen.runtime.value.PList;
import dev.pollen.runtime.value.PMap;
import dev.pollen.runtime.value.PRange;
import dev.pollen.runtime.value.PollenException;
import java.util.List;
import org.junit.jupiter.api.Test;

class CoreBuiltinsTest {
    private final TestEngine e = new TestEngine();

    @Test
    void printWritesTopLevelFormsSeparatedBySpacesThenANewline() {
        e.call("print", "a", PList.of("b"), 3L, null);
        assertThat(e.output()).isEqualTo("a [\"b\"] 3 nil\n");
    }

    @Test
    void printWithoutArgumentsWritesAnEmptyLine() {
        assertThat(e.call("print")).isNull();
        assertThat(e.output()).isEqualTo("\n");
    }

    @Test
    void typeOfNamesTheValuesType() {
        assertThat(e.call("type_of", 1.5)).isEqualTo("float");
        assertThat(e.call("type_of", e.globals.get("print"))).isEqualTo("function");
    }

    @Test
    void lenCountsCodePointsElementsEntriesAndRangeLength() {
        assertThat(e.call("len", "héllo😀")).isEqualTo(6L);
        assertThat(e.call("len", PList.of(1L, 2L, 3L))).isEqualTo(3L);
        PMap m = new PMap();
        m.put("a", 1L);
        assertThat(e.call("len", m)).isEqualTo(1L);
        assertThat(e.call("len", new PRange(0, 10, true))).isEqualTo(11L);
    }

    @Test
    void lenOfAnIntIsATypeError() {
        assertThatThrownBy(() -> e.call("len", 5L)).hasMessage("TypeError: int has no length");
    }

    @Test
    void lenWithTwoArgumentsIsAnArityTypeError() {
        assertThatThrownBy(() -> e.call("len", "a", "b"))
                .isInstanceOf(PollenException.class)
                .hasMessage("TypeError: len() takes 1 argument but 2 were given");
    }

    @Test
    void assertPassesOnTruthyAndReturnsNil() {
        assertThat(e.call("assert", 0L)).isNull();
    }

    @Test
    void assertFailsWithTheGivenMessageOrADefault() {
        assertThatThrownBy(() -> e.call("assert", false, "custom message"))
                .hasMessage("AssertionError: custom message");
        assertThatThrownBy(() -> e.call("assert", (Object) null))
                .hasMessage("AssertionError: assertion failed");
    }

    @Test
    void assertEqComparesWithLanguageEquality() {
        assertThat(e.call("assert_eq", PList.of(1L, 2L), PList.of(1.0, 2L))).isNull();
    }

    @Test
    void assertEqFailureShowsBothSidesInReprForm() {
        assertThatThrownBy(() -> e.call("assert_eq", 1L, 2L)).hasMessage("AssertionError: assert_eq failed: 1 != 2");
        assertThatThrownBy(() -> e.call("assert_eq", "a", 1L)).hasMessage("AssertionError: assert_eq failed: \"a\" != 1");
    }

    @Test
    void errorMakesAnErrorValueWithKindAndMessage() {
        ErrorValue err = (ErrorValue) e.call("error", "KeyError", "no key");
        assertThat(err.kind()).isEqualTo("KeyError");
        assertThat(err.message()).isEqualTo("no key");
    }

    @Test
    void errorKindMustBeAString() {
        assertThatThrownBy(() -> e.call("error", 1L, "m"))
                .hasMessage("TypeError: error() argument 1 must be a string, not int");
    }

    @Test
    void argsReturnsTheScriptArgumentsAsAFreshList() {
        TestEngine withArgs = new TestEngine(0, List.of("a", "b"));
        PList first = (PList) withArgs.call("args");
        first.add("mutated");
        assertThat(((PList) withArgs.call("args")).items()).containsExactly("a", "b");
    }
}
