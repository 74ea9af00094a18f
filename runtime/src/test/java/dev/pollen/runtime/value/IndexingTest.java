package dev.pollen.runtime.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class IndexingTest {
    private final PList xs = PList.of(1L, 2L, 3L);

    @Test
    void negativeListIndexCountsFromTheEnd() {
        assertThat(Indexing.get(xs, -1L)).isEqualTo(3L);
        assertThat(Indexing.get(xs, -3L)).isEqualTo(1L);
    }

    @Test
    void listIndexOutOfRangeIsAnIndexErrorNamingIndexAndLength() {
        assertThatThrownBy(() -> Indexing.get(xs, 5L)).hasMessage("IndexError: list index 5 out of range for length 3");
        assertThatThrownBy(() -> Indexing.get(xs, -4L)).hasMessage("IndexError: list index -4 out of range for length 3");
    }

    @Test
    void listIndexMustBeAnIntOrARange() {
        assertThatThrownBy(() -> Indexing.get(xs, 1.0)).hasMessage("TypeError: list index must be an int or a range, not float");
    }

    @Test
    void settingAListElementReplacesIt() {
        Indexing.set(xs, 1L, 20L);
        assertThat(xs.items()).containsExactly(1L, 20L, 3L);
    }

    @Test
    void settingOutOfRangeIsAnIndexError() {
        assertThatThrownBy(() -> Indexing.set(xs, 3L, 0L)).hasMessageStartingWith("IndexError:");
    }

    @Test
    void sliceWithRangeMakesANewList() {
        Object slice = Indexing.get(xs, new PRange(1, 3, false));
        assertThat(((PList) slice).items()).containsExactly(2L, 3L);
        assertThat(slice).isNotSameAs(xs);
    }

    @Test
    void sliceBoundsAreClampedLikePython() {
        assertThat(((PList) Indexing.get(xs, new PRange(1, 100, false))).items()).containsExactly(2L, 3L);
        assertThat(((PList) Indexing.get(xs, new PRange(-2, 3, false))).items()).containsExactly(2L, 3L);
        assertThat(((PList) Indexing.get(xs, new PRange(2, 1, false))).items()).isEmpty();
        assertThat(((PList) Indexing.get(xs, new PRange(10, 20, false))).items()).isEmpty();
    }

    @Test
    void inclusiveSliceResolvesANegativeEndFirst() {
        assertThat(((PList) Indexing.get(xs, new PRange(0, -1, true))).items()).containsExactly(1L, 2L, 3L);
        assertThat(((PList) Indexing.get(xs, new PRange(0, 1, true))).items()).containsExactly(1L, 2L);
    }

    @Test
    void stringIndexCountsCodePoints() {
        assertThat(Indexing.get("héllo", 1L)).isEqualTo("é");
        assertThat(Indexing.get("a😀b", 1L)).isEqualTo("😀");
        assertThat(Indexing.get("a😀b", -1L)).isEqualTo("b");
    }

    @Test
    void stringSliceCountsCodePoints() {
        assertThat(Indexing.get("héllo", new PRange(0, 2, false))).isEqualTo("hé");
        assertThat(Indexing.get("😀😀x", new PRange(1, 2, true))).isEqualTo("😀x");
    }

    @Test
    void stringIndexOutOfRangeIsAnIndexError() {
        assertThatThrownBy(() -> Indexing.get("abc", 5L)).hasMessage("IndexError: string index 5 out of range for length 3");
    }

    @Test
    void assigningIntoAStringIsATypeError() {
        assertThatThrownBy(() -> Indexing.set("abc", 0L, "x")).hasMessageStartingWith("TypeError:");
    }

    @Test
    void missingMapKeyIsAKeyErrorWithTheKeysRepr() {
        PMap m = new PMap();
        m.put("a", 1L);
        assertThat(Indexing.get(m, "a")).isEqualTo(1L);
        assertThatThrownBy(() -> Indexing.get(m, "b")).hasMessage("KeyError: \"b\"");
    }

    @Test
    void mapIndexAssignmentInserts() {
        PMap m = new PMap();
        Indexing.set(m, 1L, "one");
        assertThat(Indexing.get(m, 1.0)).isEqualTo("one");
    }

    @Test
    void indexingAnIntIsATypeError() {
        assertThatThrownBy(() -> Indexing.get(5L, 0L)).hasMessage("TypeError: int is not indexable");
    }

    @Test
    void assigningASliceIsATypeError() {
        assertThatThrownBy(() -> Indexing.set(xs, new PRange(0, 1, false), 0L)).hasMessageStartingWith("TypeError:");
    }
}
