package dev.pollen.interpreter.embed;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pollen.runtime.async.Task;
import dev.pollen.runtime.value.PList;
import dev.pollen.stdlib.Stdlib;
import java.lang.module.ModuleDescriptor;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The door a modular host sees: of all Pollen's packages, only the embedding API, its diagnostics
 * and the javax.script engine are exported to everyone; the runtime, the standard library, the
 * grammar and the interpreter's insides are exported to Pollen's own modules alone.
 */
class ModuleBoundaryTest {
    private static Set<String> exportedToEveryone(Module module) {
        return module.getDescriptor().exports().stream()
                .filter(e -> !e.isQualified())
                .map(ModuleDescriptor.Exports::source)
                .collect(Collectors.toSet());
    }

    @Test
    void theInterpreterExports_onlyTheEmbeddingApi() {
        Module interpreter = Pollen.class.getModule();
        assertThat(interpreter.isNamed()).as("the tests run on the module path").isTrue();
        assertThat(exportedToEveryone(interpreter)).containsExactlyInAnyOrder(
                "dev.pollen.interpreter.embed", "dev.pollen.interpreter.diagnostics", "dev.pollen.interpreter.jsr223");
    }

    @Test
    void theRuntimeStdlibAndGrammar_areExportedToPollenAlone() {
        for (Class<?> inside : new Class<?>[] {PList.class, Task.class, Stdlib.class, dev.pollen.grammar.PollenParser.class}) {
            Module module = inside.getModule();
            assertThat(exportedToEveryone(module)).as(module.getName()).isEmpty();
            assertThat(module.getDescriptor().exports()).allSatisfy(e ->
                    assertThat(e.targets()).contains("dev.pollen.interpreter"));
        }
    }
}
