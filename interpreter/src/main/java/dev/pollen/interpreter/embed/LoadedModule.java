package dev.pollen.interpreter.embed;

import dev.pollen.interpreter.compile.ProgramCompiler;
import dev.pollen.interpreter.nodes.GlobalCell;
import dev.pollen.interpreter.nodes.Globals;
import dev.pollen.runtime.async.Context;
import dev.pollen.runtime.async.Future;
import dev.pollen.runtime.async.Waker;
import dev.pollen.runtime.value.ModuleValue;
import java.util.ArrayList;
import java.util.List;

/**
 * An imported file: compiled before anything runs, run once (the first time it is imported), and
 * then seen by importers as a {@link ModuleValue} whose fields follow the module's globals.
 */
final class LoadedModule {
    final String displayName;
    final ProgramCompiler.CompiledProgram program;
    final Globals globals;
    final ModuleValue value;
    private boolean started;
    private boolean finished;
    /** Tasks that imported the module while its first importer was running it; guarded by this. */
    private final List<Waker> waiting = new ArrayList<>();

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

    /** True for the first importer only: it runs the module's top level. */
    synchronized boolean start() {
        boolean first = !started;
        started = true;
        return first;
    }

    /** The first importer's run ended (done, failed or cancelled): importers waiting go on. */
    void finish() {
        List<Waker> wake;
        synchronized (this) {
            finished = true;
            wake = new ArrayList<>(waiting);
            waiting.clear();
        }
        wake.forEach(Waker::wake);
    }

    /**
     * What a later importer awaits: the module value once the first importer's run has ended, so
     * a module imported by two tasks at once (on two workers) runs once and both see it whole.
     */
    Future whenRun() {
        return new Future() {
            private Waker registered;

            @Override
            public Object poll(Context cx) {
                synchronized (LoadedModule.this) {
                    if (finished) {
                        return value;
                    }
                    if (registered == null) {
                        registered = cx.waker();
                        waiting.add(registered);
                    }
                    return PENDING;
                }
            }

            @Override
            public void cancel() {
                synchronized (LoadedModule.this) {
                    waiting.remove(registered);
                }
            }

            @Override
            public String name() {
                return "import";
            }

            @Override
            public String describeWait() {
                return "import of " + displayName + " (run by another task)";
            }
        };
    }
}
