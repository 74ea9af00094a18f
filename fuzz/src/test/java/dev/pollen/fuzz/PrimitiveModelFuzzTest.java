package dev.pollen.fuzz;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Channels, semaphores, timers and cancellation, driven by random operations, against a model. */
class PrimitiveModelFuzzTest {
    @TempDir
    Path dir;

    @Test
    @Timeout(3600)
    void primitivesBehaveAsTheirModel() throws Exception {
        FuzzLoop.run("primitives", (random, input) -> FuzzChecks.primitiveBehavesAsItsModel(dir, random, input));
    }
}
