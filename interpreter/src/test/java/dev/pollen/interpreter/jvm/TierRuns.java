package dev.pollen.interpreter.jvm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pollen.interpreter.embed.CompileTier;
import dev.pollen.interpreter.embed.Pollen;
import dev.pollen.interpreter.embed.PollenConfig;
import dev.pollen.interpreter.embed.ScriptRuntimeException;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Runs a program on a virtual-clock engine under one tier, for the tests that compare tiers. */
final class TierRuns {
    private TierRuns() {}

    /** What a run printed, and its rendered error (empty when it ended well). */
    record Run(String out, String error) {}

    static Run run(String program, CompileTier tier) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PollenConfig config = PollenConfig.defaults().withStreams(o, o).withVirtualClock(true).withMaxOps(1_000_000)
                .withCompile(tier);
        String error = "";
        try (Pollen pollen = new Pollen(config)) {
            pollen.run(program, "t.pln");
        } catch (ScriptRuntimeException e) {
            error = e.rendered();
        }
        return new Run(out.toString(StandardCharsets.UTF_8), error);
    }

    /** Compiled on first call and interpreted alone, the program prints and fails alike, and the JVM refused no class. */
    static void assertTiersAgree(String program) {
        Run compiled = run(program, CompileTier.ALWAYS);
        Run interpreted = run(program, CompileTier.NEVER);
        assertThat(compiled.out()).isEqualTo(interpreted.out());
        assertThat(compiled.error()).isEqualTo(interpreted.error());
        assertThat(compiled.out() + compiled.error()).isNotBlank();
        assertThat(JvmBackend.rejected()).as("bodies the JVM refused").isEmpty();
    }
}
