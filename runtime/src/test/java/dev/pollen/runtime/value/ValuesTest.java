package dev.pollen.runtime.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValuesTest {

    @Test
    void typeOfNamesEveryCoreKind() {
        assertThat(Values.typeOf(null)).isEqualTo("nil");
        assertThat(Values.typeOf(true)).isEqualTo("bool");
        assertThat(Values.typeOf(1L)).isEqualTo("int");
        assertThat(Values.typeOf(1.5)).isEqualTo("float");
        assertThat(Values.typeOf("s")).isEqualTo("string");
        assertThat(Values.typeOf(new PList())).isEqualTo("list");
        assertThat(Values.typeOf(new PMap())).isEqualTo("map");
        assertThat(Values.typeOf(new PRange(0, 3, false))).isEqualTo("range");
        assertThat(Values.typeOf(PollValue.PENDING)).isEqualTo("poll");
        assertThat(Values.typeOf(new ErrorValue("ValueError", "x"))).isEqualTo("error");
        assertThat(Values.typeOf(new ModuleValue("m"))).isEqualTo("module");
    }

    @Test
    void typeOfStructInstanceIsTheStructNameAndOfTheStructItselfFunction() {
        StructType point = new StructType("Point", List.of("x"));
        assertThat(Values.typeOf(point.call(new Object[] {0L}))).isEqualTo("Point");
        assertThat(Values.typeOf(point)).isEqualTo("function");
    }

    @Test
    void onlyFalseAndNilAreFalsy() {
        assertThat(Values.isTruthy(null)).isFalse();
        assertThat(Values.isTruthy(false)).isFalse();
        assertThat(Values.isTruthy(0L)).isTrue();
        assertThat(Values.isTruthy("")).isTrue();
        assertThat(Values.isTruthy(0.0)).isTrue();
        assertThat(Values.isTruthy(new PList())).isTrue();
    }

    @Test
    void numbersAreEqualByValueAcrossIntAndFloat() {
        assertThat(Values.equals(1L, 1.0)).isTrue();
        assertThat(Values.equals(1.0, 1L)).isTrue();
        assertThat(Values.equals(1L, 1.5)).isFalse();
    }

    @Test
    void intAndFloatCompareExactlyWithoutRoundingTheInt() {
        assertThat(Values.equals(9007199254740993L, 9007199254740992.0)).isFalse();
        assertThat(Values.equals(Long.MAX_VALUE, 0x1p63)).isFalse();
    }

    @Test
    void nanIsNotEqualToItself() {
        Double nan = Double.NaN;
        assertThat(Values.equals(nan, nan)).isFalse();
    }

    @Test
    void stringsAndListsAreEqualStructurally() {
        assertThat(Values.equals("ab", new String("ab"))).isTrue();
        assertThat(Values.equals(PList.of(1L, PList.of(2L, "x")), PList.of(1.0, PList.of(2L, "x")))).isTrue();
        assertThat(Values.equals(PList.of(1L, 2L), PList.of(2L, 1L))).isFalse();
    }

    @Test
    void mapsAreEqualIgnoringOrder() {
        PMap a = new PMap();
        a.put("a", 1L);
        a.put("b", PList.of(2L));
        PMap b = new PMap();
        b.put("b", PList.of(2L));
        b.put("a", 1.0);
        assertThat(Values.equals(a, b)).isTrue();
        b.put("c", null);
        assertThat(Values.equals(a, b)).isFalse();
    }

    @Test
    void structsErrorsAndRangesAreEqualOnlyToThemselves() {
        StructType p = new StructType("P", List.of("x"));
        Object one = p.call(new Object[] {1L});
        assertThat(Values.equals(one, p.call(new Object[] {1L}))).isFalse();
        assertThat(Values.equals(one, one)).isTrue();
        assertThat(Values.equals(new ErrorValue("K", "m"), new ErrorValue("K", "m"))).isFalse();
        assertThat(Values.equals(new PRange(0, 1, false), new PRange(0, 1, false))).isFalse();
    }

    @Test
    void nilIsNotFalseAndIntIsNotString() {
        assertThat(Values.equals(null, false)).isFalse();
        assertThat(Values.equals(1L, "1")).isFalse();
        assertThat(Values.equals(null, null)).isTrue();
    }

    @Test
    void compareOrdersNumbersAcrossKinds() {
        assertThat(Values.lessOrEqual(2L, 2.0)).isTrue();
        assertThat(Values.greaterThan(3L, 2.5)).isTrue();
        assertThat(Values.lessThan(-1L, -0.5)).isTrue();
        assertThat(Values.compare(Long.MAX_VALUE, 0x1p63)).isNegative();
    }

    @Test
    void compareOrdersStringsByCodePoint() {
        assertThat(Values.lessThan("apple", "banana")).isTrue();
        // U+FF5E is one UTF-16 unit, U+1F600 is a surrogate pair starting with 0xD83D < 0xFF5E
        assertThat(Values.lessThan("\uFF5E", "😀")).isTrue();
    }

    @Test
    void comparisonsWithNanAreAllFalse() {
        assertThat(Values.lessThan(Double.NaN, 1L)).isFalse();
        assertThat(Values.greaterOrEqual(Double.NaN, 1L)).isFalse();
        assertThat(Values.lessOrEqual(1.0, Double.NaN)).isFalse();
    }

    @Test
    void comparingStringWithIntIsATypeError() {
        assertThatThrownBy(() -> Values.lessThan("a", 1L)).hasMessage("TypeError: cannot compare string and int");
    }

    @Test
    void comparingNanWithStringIsStillATypeError() {
        assertThatThrownBy(() -> Values.lessThan(Double.NaN, "x")).hasMessage("TypeError: cannot compare float and string");
    }

    private static List<Object> drain(Iterator<Object> it) {
        List<Object> out = new ArrayList<>();
        it.forEachRemaining(out::add);
        return out;
    }

    @Test
    void iteratingAStringYieldsCodePointsAsOneCharStrings() {
        assertThat(drain(Values.iterate("hé😀"))).containsExactly("h", "é", "😀");
    }

    @Test
    void iteratingAMapYieldsKeyValuePairs() {
        PMap m = new PMap();
        m.put("x", 10L);
        m.put("y", 20L);
        List<Object> pairs = drain(Values.iterate(m));
        assertThat(pairs).hasSize(2);
        assertThat(Values.equals(pairs.get(0), PList.of("x", 10L))).isTrue();
        assertThat(Values.equals(pairs.get(1), PList.of("y", 20L))).isTrue();
    }

    @Test
    void iteratingAListSeesElementsPushedDuringTheLoop() {
        PList xs = PList.of(1L);
        List<Object> seen = new ArrayList<>();
        Iterator<Object> it = Values.iterate(xs);
        while (it.hasNext()) {
            Object v = it.next();
            seen.add(v);
            if (xs.size() < 3) {
                xs.add(((Long) v) + 1);
            }
        }
        assertThat(seen).containsExactly(1L, 2L, 3L);
    }

    @Test
    void iteratingARangeYieldsInts() {
        assertThat(drain(Values.iterate(new PRange(1, 3, true)))).containsExactly(1L, 2L, 3L);
        assertThat(drain(Values.iterate(new PRange(3, 1, false)))).isEmpty();
    }

    @Test
    void iteratingAnIntIsATypeError() {
        assertThatThrownBy(() -> Values.iterate(5L)).hasMessage("TypeError: int is not iterable");
    }
}
