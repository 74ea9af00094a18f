package dev.pollen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code pollen check} stays linear however broken its input: each family of inputs is checked,
 * in-process through the command's entry point (its engine thread and stack),
 * at 1×, 10× and 100× its base size (100× is about 1 MB), and the 100× input may take at most
 * 200 times as long as the 1× one or 20 times as long as the 10× one, whichever allows more (a
 * quadratic step would take about 10 000 and 100 times). A ratio, not
 * a timing, and of the process's CPU time rather than wall time: on a loaded machine the wall
 * time also counts the time spent waiting for a core, which varies from one run to the next. The
 * best of the runs each, after a warm-up, keeps the JIT and the garbage collector out of it. The
 * figures go to standard output.
 */
class CheckScalingTest {
    private static final int RUNS = 2;
    private static final double MAX_RATIO = 200;
    /** Below this the 1× time is mostly noise (CPU time ticks in 10 ms here): the ratio is taken against this floor instead. */
    private static final long FLOOR_NANOS = TimeUnit.MILLISECONDS.toNanos(20);

    @TempDir
    static Path dir;

    static Stream<Arguments> families() {
        return Stream.of(
                family("unclosed async blocks", 10_000, n -> "async {\n".repeat(n / 8)),
                family("unclosed parentheses", 10_000, n -> "(".repeat(n)),
                family("unclosed interpolations", 10_000, n -> "\"${".repeat(n / 3)),
                family("chained awaits", 10_000, n -> "print(1" + ".await".repeat(n / 6) + ");\n"),
                family("chained additions", 10_000, n -> "print(1" + "+1".repeat(n / 2) + ");\n"),
                family("prefix minus", 10_000, n -> "print(" + "-".repeat(n) + "1);\n"),
                family("unclosed braces then stray closers", 10_000,
                        n -> "{".repeat(n / 2) + ")]".repeat(n / 4)),
                family("braces nested after a minus", 10_000,
                        n -> "b--" + "{".repeat(n / 2) + "ev" + "}".repeat(n / 2) + ";\n"),
                family("broken statements", 10_000, n -> "let x = (1, ]; fn f( { [ if match } ;\n".repeat(n / 37)),
                family("valid statements", 10_000, n -> "let x = [1, 2].map(|v| v * 2);\n".repeat(n / 32)));
    }

    private static Arguments family(String name, int baseBytes, IntFunction<String> make) {
        return Arguments.of(name, baseBytes, make);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("families")
    @Timeout(value = 180, unit = TimeUnit.SECONDS)
    void checkTimeGrowsLinearly(String name, int baseBytes, IntFunction<String> make) throws Exception {
        long[] nanos = new long[3];
        int[] scales = {1, 10, 100};
        Path warmUp = write(name + "-warm", make.apply(baseBytes));
        best(warmUp);
        for (int i = 0; i < scales.length; i++) {
            nanos[i] = best(write(name + "-" + scales[i], make.apply(baseBytes * scales[i])));
        }
        System.out.printf("check scaling, %s: %d B %.1f ms, %d B %.1f ms, %d B %.1f ms%n", name,
                baseBytes, nanos[0] / 1e6, baseBytes * 10, nanos[1] / 1e6, baseBytes * 100, nanos[2] / 1e6);
        // The 1x time of a warm JIT can be a few milliseconds; a tenth of the 10x time is the
        // steadier per-unit cost when it is larger. A quadratic step exceeds either bound 5-fold.
        double ratio = (double) nanos[2] / Math.max(Math.max(nanos[0], nanos[1] / 10), FLOOR_NANOS);
        assertThat(ratio).as("%s: 100x input took %.0f times the 1x input (or a tenth of the 10x one)", name, ratio)
                .isLessThan(MAX_RATIO);
    }

    private static Path write(String name, String source) throws Exception {
        Path file = dir.resolve(name.replace(' ', '_') + ".pln");
        Files.writeString(file, source, StandardCharsets.UTF_8);
        return file;
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** The fastest of {@link #RUNS} checks of {@code file}; each must end in diagnostics, never an internal error. */
    private static long best(Path file) {
        long best = Long.MAX_VALUE;
        for (int i = 0; i < RUNS; i++) {
            long start = processCpuNanos();
            CommandRun run = CommandRun.of("check", file.toString());
            best = Math.min(best, processCpuNanos() - start);
            assertThat(run.status()).as(run.err()).isIn(0, 2);
            assertThat(run.err()).doesNotContain("internal error", "java.", "Exception");
        }
        return best;
    }
}
