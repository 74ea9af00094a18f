package dev.pollen.stdlib;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pollen.runtime.value.ModuleValue;
import dev.pollen.runtime.value.PollValue;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StdlibInstallTest {

    @Test
    void installDefinesExactlyTheAdvertisedGlobalNames() {
        assertThat(new TestEngine().globals.keySet()).containsExactlyInAnyOrderElementsOf(Stdlib.globalNames());
    }

    @Test
    void globalNamesCoverTheSpecsBuiltins() {
        assertThat(Stdlib.globalNames()).contains("print", "str", "int", "float", "type_of", "len", "assert",
                "assert_eq", "error", "abs", "min", "max", "args", "Ready", "Pending", "sleep", "yield_now",
                "now", "spawn", "join", "join_all", "select", "select_all", "timeout", "interval", "channel",
                "semaphore", "ready", "pending", "poll_fn", "math", "rand", "sensors", "sparkline");
    }

    @Test
    void pendingIsThePendingPollValueAndModulesAreModules() {
        TestEngine e = new TestEngine();
        assertThat(e.globals.get("Pending")).isSameAs(PollValue.PENDING);
        assertThat(e.globals.get("math")).isInstanceOf(ModuleValue.class);
        assertThat(e.globals.get("rand")).isInstanceOf(ModuleValue.class);
        assertThat(e.globals.get("sensors")).isInstanceOf(ModuleValue.class);
    }

    @Test
    void extraNativeModulesAreInstalledAndNamed() {
        NativeModule door = new NativeModule() {
            @Override
            public String name() {
                return "door";
            }

            @Override
            public ModuleValue create(StdlibHost host) {
                return new ModuleValue("door").define("ok", true);
            }
        };
        Map<String, Object> globals = new HashMap<>();
        Stdlib.install(globals::put, new TestEngine(), List.of(door));
        assertThat(((ModuleValue) globals.get("door")).get("ok")).isEqualTo(true);
        assertThat(Stdlib.globalNames(List.of(door))).contains("door");
        assertThat(Stdlib.globalNames()).doesNotContain("door");
    }

    @Test
    void eachEngineGetsItsOwnModuleInstances() {
        assertThat(new TestEngine().globals.get("rand")).isNotSameAs(new TestEngine().globals.get("rand"));
    }
}
