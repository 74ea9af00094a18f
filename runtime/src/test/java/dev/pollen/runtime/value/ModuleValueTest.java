package dev.pollen.runtime.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ModuleValueTest {

    @Test
    void keepsFieldsInDefinitionOrder() {
        ModuleValue m = new ModuleValue("m").define("b", 1L).define("a", 2L);
        assertThat(m.names()).containsExactly("b", "a");
        assertThat(m.get("a")).isEqualTo(2L);
    }

    @Test
    void fieldHoldingNilIsPresent() {
        ModuleValue m = new ModuleValue("m").define("x", null);
        assertThat(m.has("x")).isTrue();
        assertThat(m.get("x")).isNull();
    }

    @Test
    void missingFieldIsAKeyErrorNamingTheModule() {
        ModuleValue m = new ModuleValue("math");
        assertThatThrownBy(() -> m.get("tau")).hasMessage("KeyError: module math has no field tau");
    }
}
