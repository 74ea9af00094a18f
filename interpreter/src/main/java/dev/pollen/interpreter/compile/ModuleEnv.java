package dev.pollen.interpreter.compile;

import dev.pollen.interpreter.nodes.Globals;
import dev.pollen.interpreter.nodes.RunContext;
import java.util.Map;

/**
 * What the compiler of one module needs from the engine: the module's file name and source (for
 * locations and {@code pollen states}), its globals, the built-in names, the run context, and a
 * way to load the modules it imports.
 */
public record ModuleEnv(String file, String source, Globals globals, Map<String, Object> builtins,
                        RunContext context, Importer importer) {

    /** Loads an imported file: a future whose value is its module (ready at once if already run). */
    public interface Importer {
        Object load(String path, String fromFile);
    }
}
