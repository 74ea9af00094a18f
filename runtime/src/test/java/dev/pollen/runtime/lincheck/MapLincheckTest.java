package dev.pollen.runtime.lincheck;

import dev.pollen.runtime.value.PMap;
import dev.pollen.runtime.value.SharedValues;
import org.jetbrains.kotlinx.lincheck.annotations.Operation;
import org.jetbrains.kotlinx.lincheck.annotations.Param;
import org.jetbrains.kotlinx.lincheck.paramgen.IntGen;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A script map shared by tasks on several workers is linearizable (LANGUAGE.md §6.7). */
@Param(name = "k", gen = IntGen.class, conf = "0:3")
public class MapLincheckTest {
    static {
        SharedValues.enable();
    }

    private final PMap map = new PMap();

    @Operation
    public void put(@Param(name = "k") int k, @Param(name = "k") int v) {
        map.put((long) k, (long) v);
    }

    @Operation
    public Object get(@Param(name = "k") int k) {
        return map.getOrDefault((long) k, "absent");
    }

    @Operation
    public Object remove(@Param(name = "k") int k) {
        return map.remove((long) k);
    }

    @Operation
    public int len() {
        return map.size();
    }

    @Operation
    public String keys() {
        return map.keys().toString();
    }

    @Test
    @Timeout(300)
    void isLinearizable() {
        ModelChecks.run(MapLincheckTest.class);
    }
}
