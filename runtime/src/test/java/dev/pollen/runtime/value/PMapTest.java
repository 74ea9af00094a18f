package dev.pollen.runtime.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Iterator;
import org.junit.jupiter.api.Test;

class PMapTest {

    @Test
    void intAndEqualFloatAreOneKeyAndTheFirstInsertedFormIsKept() {
        PMap m = new PMap();
        m.put(1L, "a");
        m.put(1.0, "b");
        assertThat(m.size()).isEqualTo(1);
        assertThat(m.keys()).containsExactly(1L);
        assertThat(m.get(1.0)).isEqualTo("b");
    }

    @Test
    void floatKeyInsertedFirstStaysAFloat() {
        PMap m = new PMap();
        m.put(2.0, "x");
        m.put(2L, "y");
        assertThat(m.keys()).containsExactly(2.0);
        assertThat(Printer.str(m)).isEqualTo("#{2.0: \"y\"}");
    }

    @Test
    void negativeZeroAndZeroAreOneKey() {
        PMap m = new PMap();
        m.put(-0.0, 1L);
        assertThat(m.containsKey(0L)).isTrue();
    }

    @Test
    void nonIntegralFloatIsItsOwnKey() {
        PMap m = new PMap();
        m.put(1.5, "x");
        assertThat(m.containsKey(1L)).isFalse();
        assertThat(m.get(1.5)).isEqualTo("x");
    }

    @Test
    void nilBoolAndStringAreKeys() {
        PMap m = new PMap();
        m.put(null, 1L);
        m.put(true, 2L);
        m.put("true", 3L);
        assertThat(m.size()).isEqualTo(3);
        assertThat(m.get(null)).isEqualTo(1L);
        assertThat(m.get(true)).isEqualTo(2L);
    }

    @Test
    void keepsInsertionOrderAndOverwritingKeepsPosition() {
        PMap m = new PMap();
        m.put("b", 1L);
        m.put("a", 2L);
        m.put("b", 3L);
        assertThat(m.keys()).containsExactly("b", "a");
        assertThat(m.values()).containsExactly(3L, 2L);
    }

    @Test
    void removeReturnsTheValueAndReinsertGoesToTheEnd() {
        PMap m = new PMap();
        m.put("a", 1L);
        m.put("b", 2L);
        assertThat(m.remove("a")).isEqualTo(1L);
        assertThat(m.remove("zz")).isNull();
        m.put("a", 3L);
        assertThat(m.keys()).containsExactly("b", "a");
    }

    @Test
    void listKeyIsATypeError() {
        PMap m = new PMap();
        assertThatThrownBy(() -> m.put(PList.of(1L), 1L))
                .isInstanceOf(PollenException.class)
                .hasMessage("TypeError: list cannot be a map key");
    }

    @Test
    void mapKeyIsATypeErrorEvenForLookup() {
        PMap m = new PMap();
        assertThatThrownBy(() -> m.get(new PMap())).hasMessage("TypeError: map cannot be a map key");
    }

    @Test
    void getOrDefaultDistinguishesStoredNilFromAbsent() {
        PMap m = new PMap();
        m.put("k", null);
        assertThat(m.getOrDefault("k", 0L)).isNull();
        assertThat(m.getOrDefault("z", 0L)).isEqualTo(0L);
    }

    @Test
    void addingKeysWhileIteratingIsAValueError() {
        PMap m = new PMap();
        m.put("a", 1L);
        m.put("b", 2L);
        assertThatThrownBy(() -> {
            for (Iterator<Object[]> it = m.pairs(); it.hasNext(); ) {
                m.put("new" + it.next()[0], 0L);
            }
        }).isInstanceOf(PollenException.class).hasMessage("ValueError: map changed size during iteration");
    }

    @Test
    void updatingValuesWhileIteratingIsAllowed() {
        PMap m = new PMap();
        m.put("a", 1L);
        m.put("b", 2L);
        for (Iterator<Object[]> it = m.pairs(); it.hasNext(); ) {
            m.put(it.next()[0], 10L);
        }
        assertThat(m.values()).containsExactly(10L, 10L);
    }
}
