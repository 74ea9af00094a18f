package dev.pollen.stdlib;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pollen.runtime.value.ModuleValue;
import org.junit.jupiter.api.Test;

class MathModuleTest {
    private final TestEngine e = new TestEngine();

    @Test
    void constantsArePiAndE() {
        ModuleValue math = (ModuleValue) e.globals.get("math");
        assertThat(math.get("pi")).isEqualTo(Math.PI);
        assertThat(math.get("e")).isEqualTo(Math.E);
    }

    @Test
    void floatFunctionsReturnFloatsEvenForInts() {
        assertThat(e.callIn("math", "sqrt", 4L)).isEqualTo(2.0);
        assertThat(e.callIn("math", "pow", 2L, 10L)).isEqualTo(1024.0);
        assertThat(e.callIn("math", "sin", 0.0)).isEqualTo(0.0);
        assertThat(e.callIn("math", "cos", 0.0)).isEqualTo(1.0);
        assertThat(e.callIn("math", "log", 1.0)).isEqualTo(0.0);
    }

    @Test
    void logTakesAnOptionalBase() {
        assertThat((Double) e.callIn("math", "log", 8.0, 2.0)).isCloseTo(3.0, org.assertj.core.data.Offset.offset(1e-12));
    }

    @Test
    void domainErrorsFollowIeee() {
        assertThat((Double) e.callIn("math", "sqrt", -1.0)).isNaN();
        assertThat(e.callIn("math", "log", 0.0)).isEqualTo(Double.NEGATIVE_INFINITY);
    }

    @Test
    void floorAndCeilReturnInts() {
        assertThat(e.callIn("math", "floor", 2.7)).isEqualTo(2L);
        assertThat(e.callIn("math", "floor", -2.1)).isEqualTo(-3L);
        assertThat(e.callIn("math", "ceil", 2.1)).isEqualTo(3L);
        assertThat(e.callIn("math", "floor", 9007199254740993L)).isEqualTo(9007199254740993L);
    }

    @Test
    void roundGoesHalfAwayFromZero() {
        assertThat(e.callIn("math", "round", 2.5)).isEqualTo(3L);
        assertThat(e.callIn("math", "round", -2.5)).isEqualTo(-3L);
        assertThat(e.callIn("math", "round", 2.4)).isEqualTo(2L);
        assertThat(e.callIn("math", "round", 0.49999999999999994)).isEqualTo(0L);
    }

    @Test
    void floorOfInfinityIsAnArithmeticError() {
        assertThatThrownBy(() -> e.callIn("math", "floor", Double.POSITIVE_INFINITY))
                .hasMessageStartingWith("ArithmeticError: math.floor()");
    }

    @Test
    void sqrtOfAStringIsATypeErrorNamingTheFunction() {
        assertThatThrownBy(() -> e.callIn("math", "sqrt", "x"))
                .hasMessage("TypeError: math.sqrt() argument 1 must be a number, not string");
    }
}
