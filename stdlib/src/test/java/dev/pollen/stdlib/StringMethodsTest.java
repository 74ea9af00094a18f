package dev.pollen.stdlib;

import static dev.pollen.stdlib.TestEngine.method;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pollen.runtime.value.PList;
import org.junit.jupiter.api.Test;

class StringMethodsTest {

    private static Object items(Object list) {
        return ((PList) list).items();
    }

    @Test
    void lenCountsCodePoints() {
        assertThat(method("a😀", "len")).isEqualTo(2L);
    }

    @Test
    void upperAndLowerIgnoreTheDefaultLocale() {
        assertThat(method("title", "upper")).isEqualTo("TITLE");
        assertThat(method("HeLLo", "lower")).isEqualTo("hello");
    }

    @Test
    void trimRemovesWhitespaceAtBothEnds() {
        assertThat(method("  Hello, World \t\n", "trim")).isEqualTo("Hello, World");
    }

    @Test
    void splitOnALiteralSeparatorKeepsEmptyPieces() {
        assertThat(items(method("a,b,,c", "split", ","))).asList().containsExactly("a", "b", "", "c");
        assertThat(items(method("Hello, World", "split", ", "))).asList().containsExactly("Hello", "World");
        assertThat(items(method("a.b", "split", "."))).asList().containsExactly("a", "b");
    }

    @Test
    void splitWithoutSeparatorSplitsOnWhitespaceRuns() {
        assertThat(items(method("  a  b\tc ", "split"))).asList().containsExactly("a", "b", "c");
    }

    @Test
    void splitOnAnEmptySeparatorIsAValueError() {
        assertThatThrownBy(() -> method("abc", "split", "")).hasMessageStartingWith("ValueError:");
    }

    @Test
    void containsStartsWithEndsWith() {
        assertThat(method("Hello, World", "contains", "lo, W")).isEqualTo(true);
        assertThat(method("Hello", "starts_with", "Hell")).isEqualTo(true);
        assertThat(method("Hello", "ends_with", "x")).isEqualTo(false);
    }

    @Test
    void replaceReplacesEveryOccurrenceLiterally() {
        assertThat(method("Hello, World", "replace", "l", "L")).isEqualTo("HeLLo, WorLd");
        assertThat(method("a.b.c", "replace", ".", "$")).isEqualTo("a$b$c");
    }

    @Test
    void replaceOfTheEmptyStringInsertsBetweenCodePoints() {
        assertThat(method("a😀", "replace", "", "-")).isEqualTo("-a-😀-");
    }

    @Test
    void charsSplitsIntoCodePoints() {
        assertThat(items(method("ab😀", "chars"))).asList().containsExactly("a", "b", "😀");
    }

    @Test
    void repeatConcatenatesNTimesAndNegativeGivesEmpty() {
        assertThat(method("ab", "repeat", 3L)).isEqualTo("ababab");
        assertThat(method("ab", "repeat", -1L)).isEqualTo("");
    }

    @Test
    void indexOfCountsCodePointsAndIsMinusOneWhenAbsent() {
        assertThat(method("Hello, World", "index_of", "World")).isEqualTo(7L);
        assertThat(method("😀x", "index_of", "x")).isEqualTo(1L);
        assertThat(method("abc", "index_of", "zzz")).isEqualTo(-1L);
    }

    @Test
    void methodArgumentOfTheWrongTypeIsATypeError() {
        assertThatThrownBy(() -> method("abc", "contains", 1L))
                .hasMessage("TypeError: string.contains() argument 1 must be a string, not int");
    }

    @Test
    void methodWithTheWrongArityIsATypeError() {
        assertThatThrownBy(() -> method("abc", "upper", 1L))
                .hasMessage("TypeError: string.upper() takes 0 arguments but 1 was given");
    }
}
