package dev.pollen.runtime.lincheck;

import dev.pollen.runtime.value.AtomicValue;
import org.jetbrains.kotlinx.lincheck.annotations.Operation;
import org.jetbrains.kotlinx.lincheck.annotations.Param;
import org.jetbrains.kotlinx.lincheck.paramgen.IntGen;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** {@code atomic(v)} is linearizable: add, compare_and_set and update lose no update. */
@Param(name = "n", gen = IntGen.class, conf = "0:2")
public class AtomicLincheckTest {
    private final AtomicValue value = new AtomicValue(0L);

    @Operation
    public Object add(@Param(name = "n") int n) {
        return value.add((long) n);
    }

    @Operation
    public boolean compareAndSet(@Param(name = "n") int expected, @Param(name = "n") int replacement) {
        return value.compareAndSet((long) expected, (long) replacement);
    }

    @Operation
    public Object doubleIt() {
        return value.update(v -> (Long) v * 2);
    }

    @Operation
    public void set(@Param(name = "n") int n) {
        value.set((long) n);
    }

    @Operation
    public Object get() {
        return value.get();
    }

    @Test
    @Timeout(300)
    void isLinearizable() {
        ModelChecks.run(AtomicLincheckTest.class);
    }
}
