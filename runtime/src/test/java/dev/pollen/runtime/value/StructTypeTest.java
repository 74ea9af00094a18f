package dev.pollen.runtime.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class StructTypeTest {
    private final StructType point = new StructType("Point", List.of("x", "y"));

    @Test
    void fieldIndexFollowsDeclarationOrder() {
        assertThat(point.fieldIndex("x")).isZero();
        assertThat(point.fieldIndex("y")).isEqualTo(1);
        assertThat(point.fieldIndex("z")).isEqualTo(-1);
    }

    @Test
    void constructorTakesOneArgumentPerField() {
        StructInstance p = (StructInstance) point.call(new Object[] {3L, 4L});
        assertThat(p.getField("x")).isEqualTo(3L);
        assertThat(p.get(1)).isEqualTo(4L);
    }

    @Test
    void constructorWithWrongArityIsATypeError() {
        assertThatThrownBy(() -> point.call(new Object[] {1L}))
                .hasMessage("TypeError: Point() takes 2 arguments but 1 was given");
    }

    @Test
    void unknownFieldIsAKeyError() {
        StructInstance p = (StructInstance) point.call(new Object[] {3L, 4L});
        assertThatThrownBy(() -> p.setField("z", 1L)).hasMessage("KeyError: Point has no field z");
        assertThatThrownBy(() -> p.getField("z")).hasMessage("KeyError: Point has no field z");
    }

    @Test
    void fieldsAreMutable() {
        StructInstance p = (StructInstance) point.call(new Object[] {3L, 4L});
        p.setField("x", 5L);
        assertThat(p.getField("x")).isEqualTo(5L);
    }

    @Test
    void methodsRememberWhetherTheyTakeSelf() {
        Callable f = new Callable() {
            @Override
            public Object call(Object[] args) {
                return args[0];
            }

            @Override
            public String name() {
                return "norm";
            }
        };
        point.defineMethod("norm", f, true);
        point.defineMethod("origin", f, false);
        assertThat(point.method("norm")).isEqualTo(new StructType.Method(f, true));
        assertThat(point.method("origin").takesSelf()).isFalse();
        assertThat(point.method("missing")).isNull();
    }

    @Test
    void duplicateFieldNamesAreRejected() {
        assertThatThrownBy(() -> new StructType("P", List.of("x", "x"))).isInstanceOf(IllegalArgumentException.class);
    }
}
