package dev.pollen.stdlib;

import static dev.pollen.stdlib.TestEngine.method;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pollen.runtime.value.PList;
import dev.pollen.runtime.value.PMap;
import dev.pollen.runtime.value.Printer;
import org.junit.jupiter.api.Test;

class MapMethodsTest {
    private final PMap m = new PMap();

    MapMethodsTest() {
        m.put("b", 2L);
        m.put("a", 1L);
        m.put("c", 3L);
    }

    @Test
    void keysValuesAndItemsFollowInsertionOrder() {
        assertThat(Printer.str(method(m, "keys"))).isEqualTo("[\"b\", \"a\", \"c\"]");
        assertThat(Printer.str(method(m, "values"))).isEqualTo("[2, 1, 3]");
        assertThat(Printer.str(method(m, "items"))).isEqualTo("[[\"b\", 2], [\"a\", 1], [\"c\", 3]]");
        assertThat(method(m, "len")).isEqualTo(3L);
    }

    @Test
    void getGivesNilOrTheDefaultWhenAbsent() {
        assertThat(method(m, "get", "a")).isEqualTo(1L);
        assertThat(method(m, "get", "zz")).isNull();
        assertThat(method(m, "get", "zz", 0L)).isEqualTo(0L);
    }

    @Test
    void containsKeyComparesKeysWithEquality() {
        PMap nums = new PMap();
        nums.put(1L, "one");
        assertThat(method(nums, "contains_key", 1.0)).isEqualTo(true);
        assertThat(method(m, "contains_key", "q")).isEqualTo(false);
    }

    @Test
    void removeReturnsTheRemovedValueOrNilWhenAbsent() {
        assertThat(method(m, "remove", "b")).isEqualTo(2L);
        assertThat(method(m, "remove", "b")).isNull();
        assertThat(Printer.str(m)).isEqualTo("#{\"a\": 1, \"c\": 3}");
    }

    @Test
    void keysListIsACopy() {
        PList keys = (PList) method(m, "keys");
        keys.add("d");
        assertThat(m.size()).isEqualTo(3);
    }

    @Test
    void getWithAListKeyIsATypeError() {
        assertThatThrownBy(() -> method(m, "get", new PList())).hasMessage("TypeError: list cannot be a map key");
    }
}
