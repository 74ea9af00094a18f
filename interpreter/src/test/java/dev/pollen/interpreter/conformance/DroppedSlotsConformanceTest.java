package dev.pollen.interpreter.conformance;

import dev.pollen.interpreter.lower.DroppedSlots;
import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Checks the liveness behind {@code pollen states} by running it: a suspended frame drops every
 * slot that states does not list as kept, and here each dropped slot holds a marker string
 * instead of nil. Had the analysis missed a slot some path reads after resuming, the marker would
 * be printed, fail an operation, or break a captured variable's Cell, and the script's output
 * would differ from what it expects.
 */
class DroppedSlotsConformanceTest {
    private static final String MARKER = "<a slot states said was not kept>";

    @TestFactory
    Stream<DynamicTest> everyScriptRunsTheSameWithDroppedSlotsMarked() throws IOException {
        Path root = ConformanceTest.root();
        return ConformanceTest.files(root).stream().map(file -> DynamicTest.dynamicTest(
                root.relativize(file).toString(), () -> {
                    Object before = DroppedSlots.fillWith(MARKER);
                    try {
                        ConformanceTest.check(file);
                    } finally {
                        DroppedSlots.fillWith(before);
                    }
                }));
    }
}
