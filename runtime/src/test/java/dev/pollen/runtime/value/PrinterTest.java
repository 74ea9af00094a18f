package dev.pollen.runtime.value;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PrinterTest {

    private static Callable fn(String name) {
        return new Callable() {
            @Override
            public Object call(Object[] args) {
                return null;
            }

            @Override
            public String name() {
                return name;
            }
        };
    }

    @Test
    void scalarsPrintTheSameAtTopLevelAndNested() {
        assertThat(Printer.str(null)).isEqualTo("nil");
        assertThat(Printer.str(true)).isEqualTo("true");
        assertThat(Printer.str(false)).isEqualTo("false");
        assertThat(Printer.str(-42L)).isEqualTo("-42");
        assertThat(Printer.repr(Long.MIN_VALUE)).isEqualTo("-9223372036854775808");
    }

    @Test
    void stringIsRawAtTopLevelAndQuotedWhenNested() {
        assertThat(Printer.str("a\"b")).isEqualTo("a\"b");
        assertThat(Printer.str(PList.of("s"))).isEqualTo("[\"s\"]");
    }

    @Test
    void reprEscapesQuoteBackslashNewlineTabAndCarriageReturn() {
        assertThat(Printer.repr("q\"\\\n\t\r")).isEqualTo("\"q\\\"\\\\\\n\\t\\r\"");
    }

    @Test
    void listPrintsElementsInNestedForm() {
        assertThat(Printer.str(PList.of(1L, "a", null, true, 2.5))).isEqualTo("[1, \"a\", nil, true, 2.5]");
        assertThat(Printer.str(PList.of(PList.of(1L, 2L), new PList(), new PMap()))).isEqualTo("[[1, 2], [], #{}]");
    }

    @Test
    void mapPrintsInInsertionOrderWithHashPrefix() {
        PMap m = new PMap();
        m.put("a", 1L);
        m.put(2L, PList.of(3L));
        assertThat(Printer.str(m)).isEqualTo("#{\"a\": 1, 2: [3]}");
    }

    @Test
    void structPrintsNameAndFieldsInDeclarationOrder() {
        StructType point = new StructType("Point", List.of("x", "y"));
        assertThat(Printer.str(point.call(new Object[] {1L, "b"}))).isEqualTo("Point { x: 1, y: \"b\" }");
    }

    @Test
    void structWithoutFieldsPrintsEmptyBraces() {
        StructType unit = new StructType("Unit", List.of());
        assertThat(Printer.str(unit.call(new Object[0]))).isEqualTo("Unit {}");
    }

    @Test
    void pollValuesPrintAsReadyAndPending() {
        assertThat(Printer.str(PollValue.ready(1L))).isEqualTo("Ready(1)");
        assertThat(Printer.str(PollValue.ready("x"))).isEqualTo("Ready(\"x\")");
        assertThat(Printer.str(PollValue.PENDING)).isEqualTo("Pending");
    }

    @Test
    void errorPrintsKindColonMessage() {
        assertThat(Printer.str(new ErrorValue("KeyError", "no key"))).isEqualTo("KeyError: no key");
    }

    @Test
    void functionPrintsItsNameOrBareFnWhenAnonymous() {
        assertThat(Printer.str(fn("add"))).isEqualTo("<fn add>");
        assertThat(Printer.str(fn(null))).isEqualTo("<fn>");
        assertThat(Printer.str(new StructType("Point", List.of("x")))).isEqualTo("<fn Point>");
    }

    @Test
    void futurePrintsItsName() {
        dev.pollen.runtime.async.Future f = new dev.pollen.runtime.async.Future() {
            @Override
            public Object poll(dev.pollen.runtime.async.Context cx) {
                return 1L;
            }

            @Override
            public String name() {
                return "fetch";
            }
        };
        assertThat(Printer.str(f)).isEqualTo("<future fetch>");
    }

    @Test
    void rangeAndModulePrintTheirSourceForm() {
        assertThat(Printer.str(new PRange(0, 10, false))).isEqualTo("0..10");
        assertThat(Printer.str(new PRange(0, 10, true))).isEqualTo("0..=10");
        assertThat(Printer.str(new ModuleValue("math"))).isEqualTo("<module math>");
    }

    @Test
    void hostValueNamesItsOwnForm() {
        HostValue h = () -> "semaphore";
        assertThat(Printer.str(h)).isEqualTo("<semaphore>");
    }

    @Test
    void unknownJavaObjectNeverLeaksItsClassName() {
        assertThat(Printer.str(new StringBuilder("x"))).isEqualTo("<object>");
    }

    @Test
    void listContainingItselfPrintsTheInnerOccurrenceAsEllipsis() {
        PList xs = PList.of(1L);
        xs.add(xs);
        assertThat(Printer.str(xs)).isEqualTo("[1, [...]]");
    }

    @Test
    void mapContainingItselfPrintsTheInnerOccurrenceAsEllipsis() {
        PMap m = new PMap();
        m.put("self", m);
        assertThat(Printer.str(m)).isEqualTo("#{\"self\": #{...}}");
    }

    @Test
    void structContainingItselfPrintsTheInnerOccurrenceAsEllipsis() {
        StructType node = new StructType("Node", List.of("next"));
        StructInstance n = (StructInstance) node.call(new Object[] {null});
        n.setField("next", n);
        assertThat(Printer.str(n)).isEqualTo("Node { next: Node {...} }");
    }

    @Test
    void sameListTwiceWithoutCycleIsPrintedInFull() {
        PList inner = PList.of(1L);
        assertThat(Printer.str(PList.of(inner, inner))).isEqualTo("[[1], [1]]");
    }
}
