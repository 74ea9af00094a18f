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
        if (body.poll(cx) == PENDING) {
            return PENDING;
        }
        module.publish();
        return module.value;
    }

    @Override
    public void cancel() {
        body.cancel();
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
