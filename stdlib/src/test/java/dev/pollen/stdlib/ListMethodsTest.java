package dev.pollen.stdlib;

import static dev.pollen.stdlib.TestEngine.method;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pollen.runtime.value.Callable;
import dev.pollen.runtime.value.PList;
import dev.pollen.runtime.value.Printer;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class ListMethodsTest {

    private static Callable fn(Function<Object[], Object> body) {
        return new NativeFunction("f", body::apply);
    }

    private static String show(Object v) {
        return Printer.str(v);
    }

    @Test
    void pushAppendsInPlaceAndReturnsNil() {
        PList xs = PList.of(5L, 3L);
        assertThat(method(xs, "push", 1L)).isNull();
        assertThat(show(xs)).isEqualTo("[5, 3, 1]");
        assertThat(method(xs, "len")).isEqualTo(3L);
    }

    @Test
    void popRemovesTheLastElementOrGivesNilWhenEmpty() {
        PList xs = PList.of(1L, 2L);
        assertThat(method(xs, "pop")).isEqualTo(2L);
        assertThat(show(xs)).isEqualTo("[1]");
        assertThat(method(new PList(), "pop")).isNull();
    }

    @Test
    void insertPlacesBeforeTheIndexAndClampsLikePython() {
        PList xs = PList.of(5L, 3L, 8L);
        method(xs, "insert", 1L, 9L);
        method(xs, "insert", 100L, 0L);
        method(xs, "insert", -1L, 7L);
        assertThat(show(xs)).isEqualTo("[5, 9, 3, 8, 7, 0]");
    }

    @Test
    void removeReturnsTheElementAtTheIndex() {
        PList xs = PList.of(5L, 9L, 3L);
        assertThat(method(xs, "remove", 0L)).isEqualTo(5L);
        assertThat(method(xs, "remove", -1L)).isEqualTo(3L);
        assertThat(show(xs)).isEqualTo("[9]");
    }

    @Test
    void removeOutOfRangeIsAnIndexError() {
        assertThatThrownBy(() -> method(PList.of(1L), "remove", 3L))
                .hasMessage("IndexError: list index 3 out of range for length 1");
    }

    @Test
    void containsAndIndexOfUseLanguageEquality() {
        PList xs = PList.of(9L, 3L, PList.of(1L));
        assertThat(method(xs, "contains", 3.0)).isEqualTo(true);
        assertThat(method(xs, "index_of", PList.of(1L))).isEqualTo(2L);
        assertThat(method(xs, "index_of", "x")).isEqualTo(-1L);
    }

    @Test
    void mapAndFilterReturnNewLists() {
        PList xs = PList.of(9L, 3L, 8L);
        Object doubled = method(xs, "map", fn(a -> (Long) a[0] * 2));
        Object big = method(xs, "filter", fn(a -> (Long) a[0] > 4));
        assertThat(show(doubled)).isEqualTo("[18, 6, 16]");
        assertThat(show(big)).isEqualTo("[9, 8]");
        assertThat(show(xs)).isEqualTo("[9, 3, 8]");
    }

    @Test
    void reduceFoldsFromTheInitialValue() {
        PList xs = PList.of(9L, 3L, 8L);
        assertThat(method(xs, "reduce", fn(a -> (Long) a[0] * 10 + (Long) a[1]), 0L)).isEqualTo(938L);
    }

    @Test
    void reduceWithoutInitialValueStartsFromTheFirstElement() {
        assertThat(method(PList.of(1L, 2L, 3L), "reduce", fn(a -> (Long) a[0] + (Long) a[1]))).isEqualTo(6L);
        assertThatThrownBy(() -> method(new PList(), "reduce", fn(a -> a[0]))).hasMessageStartingWith("ValueError:");
    }

    @Test
    void sortOrdersNumbersInPlace() {
        PList xs = PList.of(9L, 3.5, 8L, -1L);
        assertThat(method(xs, "sort")).isNull();
        assertThat(show(xs)).isEqualTo("[-1, 3.5, 8, 9]");
    }

    @Test
    void sortOfMixedTypesIsATypeErrorAndLeavesTheListAlone() {
        PList xs = PList.of(3L, "a", 1L);
        assertThatThrownBy(() -> method(xs, "sort")).hasMessageStartingWith("TypeError: cannot compare");
        assertThat(show(xs)).isEqualTo("[3, \"a\", 1]");
    }

    @Test
    void sortByIsStableAndCallsTheKeyOncePerElement() {
        PList words = PList.of("ccc", "a", "bb", "x");
        int[] calls = {0};
        method(words, "sort_by", fn(a -> {
            calls[0]++;
            return (long) ((String) a[0]).length();
        }));
        assertThat(show(words)).isEqualTo("[\"a\", \"x\", \"bb\", \"ccc\"]");
        assertThat(calls[0]).isEqualTo(4);
    }

    @Test
    void reverseWorksInPlace() {
        PList xs = PList.of(1L, 2L, 3L);
        assertThat(method(xs, "reverse")).isNull();
        assertThat(show(xs)).isEqualTo("[3, 2, 1]");
    }

    @Test
    void joinUsesTheTopLevelFormOfEachElement() {
        assertThat(method(PList.of("a", "b", "c"), "join", "-")).isEqualTo("a-b-c");
        assertThat(method(PList.of(1L, "x", null), "join", ", ")).isEqualTo("1, x, nil");
        assertThat(method(PList.of("a", "b"), "join")).isEqualTo("ab");
    }

    @Test
    void sumOfIntsIsAnIntAndBecomesAFloatWithAFloat() {
        assertThat(method(PList.of(9L, 3L, 8L), "sum")).isEqualTo(20L);
        assertThat(method(PList.of(1L, 0.5), "sum")).isEqualTo(1.5);
        assertThat(method(new PList(), "sum")).isEqualTo(0L);
    }

    @Test
    void sumOverflowIsAnArithmeticError() {
        assertThatThrownBy(() -> method(PList.of(Long.MAX_VALUE, 1L), "sum")).hasMessageStartingWith("ArithmeticError:");
    }

    @Test
    void sumOfStringsIsATypeError() {
        assertThatThrownBy(() -> method(PList.of(1L, "a"), "sum")).hasMessageStartingWith("TypeError:");
    }

    @Test
    void mapWithANonFunctionIsATypeError() {
        assertThatThrownBy(() -> method(PList.of(1L), "map", 5L))
                .hasMessage("TypeError: list.map() argument 1 must be a function, not int");
    }
}
