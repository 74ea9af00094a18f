package dev.pollen.stdlib;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pollen.runtime.async.Channel;
import dev.pollen.runtime.value.PList;
import dev.pollen.runtime.value.PMap;
import org.junit.jupiter.api.Test;

class MethodsTest {

    @Test
    void unknownMethodIsNull() {
        assertThat(Methods.find("s", "nope")).isNull();
        assertThat(Methods.find(1L, "len")).isNull();
        assertThat(Methods.find(null, "len")).isNull();
    }

    @Test
    void tableForAClassIsTheSameObjectEachTime() {
        assertThat(Methods.tableFor(PList.class)).isSameAs(Methods.tableFor(PList.class));
        assertThat(Methods.tableFor(PList.class)).containsKeys("push", "sort_by", "sum");
    }

    @Test
    void everyTypeWithMethodsIsCovered() {
        Channel ch = new Channel(1);
        assertThat(Methods.namesFor("s")).contains("upper", "index_of");
        assertThat(Methods.namesFor(new PMap())).containsExactly("contains_key", "get", "items", "keys", "len", "remove", "values");
        assertThat(Methods.namesFor(ch.sender())).containsExactly("close", "send", "try_send");
        assertThat(Methods.namesFor(ch.receiver())).containsExactly("recv", "try_recv");
    }

    @Test
    void valuesWithoutMethodsHaveAnEmptyTable() {
        assertThat(Methods.tableFor(Long.class)).isEmpty();
        assertThat(Methods.namesFor(null)).isEmpty();
    }
}
