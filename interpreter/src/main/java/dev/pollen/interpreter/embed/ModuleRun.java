package dev.pollen.interpreter.embed;

import dev.pollen.runtime.async.Context;
import dev.pollen.runtime.async.Future;

/** Runs an imported module's top level as part of the importer's task; its value is the module. */
final class ModuleRun implements Future {
    private final LoadedModule module;
    private final Future body;

    ModuleRun(LoadedModule module, Future body) {
        this.module = module;
        this.body = body;
    }

    @Override
    public Object poll(Context cx) {
        Object done;
        try {
            done = body.poll(cx);
        } catch (RuntimeException | Error e) {
            module.finish();  // importers waiting on another task see what the module defined
            throw e;
        }
        if (done == PENDING) {
            return PENDING;
        }
        module.publish();
        module.finish();
        return module.value;
    }

    @Override
    public void cancel() {
        try {
            body.cancel();
        } finally {
            module.finish();
        }
    }

    @Override
    public String name() {
        return "import";
    }

    @Override
    public String describeWait() {
        return body.describeWait();
    }
}
