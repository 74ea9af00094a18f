package dev.pollen.interpreter.conformance;

import dev.pollen.interpreter.diagnostics.Diagnostic;
import dev.pollen.interpreter.embed.Pollen;
import dev.pollen.interpreter.embed.PollenConfig;
import dev.pollen.interpreter.embed.ScriptCompileException;
import dev.pollen.interpreter.embed.ScriptRuntimeException;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * Runs a script through the engine the way the {@code pollen} command does from the script's
 * folder (named by its file name; exit 0, 1 for a runtime error, 2 for a compile error) and
 * captures what it printed.
 */
record ScriptOutcome(String stdout, String stderr, int exit) {

    static ScriptOutcome run(ScriptCase script) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
        PollenConfig config = PollenConfig.defaults().withStreams(o, e).withVirtualClock(true);
        boolean check = false;
        for (String flag : script.flags()) {
            if (flag.equals("check")) {
                check = true;
            } else if (flag.startsWith("--clock=")) {
                config = config.withVirtualClock(flag.endsWith("virtual"));
            } else if (flag.startsWith("--seed=")) {
                config = config.withSeed(Long.parseLong(flag.substring(7)));
            } else if (flag.equals("--trace")) {
                config = config.withTrace(true, null);
            } else if (flag.startsWith("--threads=")) {
                config = config.withThreads(Integer.parseInt(flag.substring(10)), false);
            } else if (flag.startsWith("--max-ops=")) {
                config = config.withMaxOps(Long.parseLong(flag.substring(10)));
            }
        }
        Path file = script.file();
        config = config.withModuleRoot(file.toAbsolutePath().getParent());  // as `pollen FILE` does
        int exit = 0;
        try (Pollen pollen = new Pollen(config)) {
            if (check) {
                List<Diagnostic> errors = pollen.check(file, file.getFileName().toString());
                errors.forEach(d -> e.print(pollen.render(d)));
                exit = errors.isEmpty() ? 0 : 2;
            } else {
                pollen.runFile(file, file.getFileName().toString());
            }
        } catch (ScriptCompileException ex) {
            e.print(ex.rendered());
            exit = 2;
        } catch (ScriptRuntimeException ex) {
            e.print(ex.rendered());
            exit = 1;
        }
        return new ScriptOutcome(out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), exit);
    }
}
