package dev.pollen.interpreter.lower;

import dev.pollen.interpreter.embed.Pollen;
import dev.pollen.interpreter.embed.PollenConfig;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Runs small programs on a virtual-clock engine and returns what they printed. */
final class Scripts {
    private Scripts() {}

    static String run(String source) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream stream = new PrintStream(out, true, StandardCharsets.UTF_8);
        PollenConfig config = PollenConfig.defaults().withVirtualClock(true).withStreams(stream, stream);
        try (Pollen pollen = new Pollen(config)) {
            pollen.run(source, "test.pln");
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /** The state machines {@code pollen states} shows for {@code fn} (all when null) once the source has run. */
    static String states(String source, String fn) {
        try (Pollen pollen = new Pollen(PollenConfig.defaults().withVirtualClock(true))) {
            pollen.eval(source, "test.pln");
            return pollen.entryStates(fn);
        }
    }
}
