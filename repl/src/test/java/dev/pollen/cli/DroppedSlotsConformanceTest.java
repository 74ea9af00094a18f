package dev.pollen.cli;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.Timeout;

/**
 * Checks the liveness behind {@code pollen states} by running it: a suspended frame drops every
 * slot that states does not list as kept, and here each dropped slot holds a marker string
 * instead of nil. Had the analysis missed a slot some path reads after resuming, the marker would
 * be printed, fail an operation, or break a captured variable's Cell, and a conformance script's
 * output would differ from what it expects.
 */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class DroppedSlotsConformanceTest {
    private static final String MARKER = "<a slot states said was not kept>";
    private static Field fill;
    private static Object before;

    @BeforeAll
    static void markDroppedSlots() throws ReflectiveOperationException {
        // the state machine's own field, set here so that production code carries no test switch
        fill = Class.forName("dev.pollen.interpreter.lower.StateMachine").getDeclaredField("droppedValue");
        fill.setAccessible(true);
        before = fill.get(null);
        fill.set(null, MARKER);
    }

    @AfterAll
    static void restore() throws IllegalAccessException {
        fill.set(null, before);
    }

    /** Under both tiers: the interpreted machine's slot array and the generated machine's fields. */
    @TestFactory
    Stream<DynamicContainer> everyScriptRunsTheSameWithDroppedSlotsMarked() throws IOException {
        Path root = ConformanceTest.root();
        List<Path> files = ConformanceTest.files(root);
        return Stream.of("--compile=always", "--compile=never").map(tier -> DynamicContainer.dynamicContainer(tier,
                files.stream().map(file -> DynamicTest.dynamicTest(root.relativize(file).toString(),
                        () -> assertTimeoutPreemptively(Duration.ofSeconds(60), () -> ConformanceTest.check(file, tier))))));
    }
}
