package dev.pollen.runtime.lincheck;

import dev.pollen.runtime.value.PList;
import dev.pollen.runtime.value.SharedValues;
import java.util.Arrays;
import org.jetbrains.kotlinx.lincheck.annotations.Operation;
import org.jetbrains.kotlinx.lincheck.annotations.Param;
import org.jetbrains.kotlinx.lincheck.paramgen.IntGen;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A script list shared by tasks on several workers is linearizable (LANGUAGE.md §6.7). */
@Param(name = "v", gen = IntGen.class, conf = "0:3")
public class ListLincheckTest {
    static {
        SharedValues.enable();
    }

    private final PList list = new PList();

    @Operation
    public void push(@Param(name = "v") int v) {
        list.add((long) v);
    }

    @Operation
    public Object pop() {
        return list.pop();
    }

    @Operation
    public int len() {
        return list.size();
    }

    @Operation
    public Object first() {
        return list.getOr(0, "none");
    }

    @Operation
    public void insertFront(@Param(name = "v") int v) {
        list.insert(0, (long) v);
    }

    @Operation
    public void sort() {
        list.sort((a, b) -> Long.compare((Long) a, (Long) b));
    }

    @Operation
    public String snapshot() {
        return Arrays.toString(list.toArray());
    }

    @Test
    @Timeout(300)
    void isLinearizable() {
        ModelChecks.run(ListLincheckTest.class);
    }
}
