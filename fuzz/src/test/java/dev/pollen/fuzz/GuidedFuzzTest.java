package dev.pollen.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Path;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fuzz targets' checks ({@link FuzzChecks}) driven by Jazzer, which steers its inputs by the
 * code they reach. A build replays only the inputs under
 * {@code src/test/resources/dev/pollen/fuzz/GuidedFuzzTestInputs/METHOD/} (where Jazzer also
 * puts each input it finds failing); {@code JAZZER_FUZZ=1} fuzzes one method for its
 * {@code maxDuration} (docs/fuzzing.md).
 */
class GuidedFuzzTest {
    @TempDir
    static Path dir;

    @FuzzTest(maxDuration = "10m")
    @Timeout(3600)
    void check(byte[] source) throws Exception {
        FuzzChecks.checkReportsInWords(dir, source);
    }

    @FuzzTest(maxDuration = "10m")
    @Timeout(3600)
    void program(FuzzedDataProvider data) throws Exception {
        FuzzChecks.programRunsCleanlyAndRepeatably(dir, new FuzzedRandom(data), new byte[1][]);
    }

    @FuzzTest(maxDuration = "10m")
    @Timeout(3600)
    void primitive(FuzzedDataProvider data) throws Exception {
        FuzzChecks.primitiveBehavesAsItsModel(dir, new FuzzedRandom(data), new byte[1][]);
    }
}
