package dev.pollen.interpreter.embed;

import dev.pollen.interpreter.compile.ProgramCompiler;
import dev.pollen.interpreter.nodes.GlobalCell;
import dev.pollen.interpreter.nodes.Globals;
import dev.pollen.runtime.value.ModuleValue;

/**
 * An imported file: compiled before anything runs, run once (the first time it is imported), and
 * then seen by importers as a {@link ModuleValue} whose fields follow the module's globals.
 */
final class LoadedModule {
    final String displayName;
    final ProgramCompiler.CompiledProgram program;
    final Globals globals;
    final ModuleValue value;
    boolean started;

    LoadedModule(String displayName, ProgramCompiler.CompiledProgram program, Globals globals, String moduleName) {
        this.displayName = displayName;
        this.program = program;
        this.globals = globals;
        this.value = new ModuleValue(moduleName);
    }

    /** Publishes the module's globals as its fields, and keeps them in step from now on. */
    void publish() {
        for (GlobalCell cell : globals.cells().values()) {
            cell.mirrorInto(value);
        }
    }
}
