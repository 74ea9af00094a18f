package dev.pollen.interpreter.embed;

import dev.pollen.interpreter.internal.EngineInternals;
import dev.pollen.runtime.async.Executor;
import dev.pollen.stdlib.NativeModule;
import java.util.List;
import java.util.Map;

/** The engine's side of {@link EngineInternals}: the package-private members it may reach. */
final class InternalAccess implements EngineInternals.Access {
    @Override
    public Executor executor(Pollen engine) {
        return engine.executor();
    }

    @Override
    public Map<String, Object> scriptGlobals(Pollen engine) {
        return engine.scriptGlobals();
    }

    @Override
    public Pollen newEngine(PollenConfig config, List<? extends NativeModule> extraModules) {
        return new Pollen(config, extraModules);
    }
}
