package dev.pollen.interpreter.internal;

import dev.pollen.interpreter.embed.Pollen;
import dev.pollen.interpreter.embed.PollenConfig;
import dev.pollen.runtime.async.Executor;
import dev.pollen.stdlib.NativeModule;
import java.util.List;
import java.util.Map;

/**
 * What Pollen's own benchmarks and white-box tests reach inside an engine, past the embedding
 * API: its executor, its globals as script values, native modules of their own. The module does
 * not export this package, so a modular host cannot see it, and nothing here is promised to stay.
 *
 * <p>The engine's fields are private to the embedding package; it hands this class an
 * {@link Access} as {@link Pollen} loads, and every method here goes through it.
 */
public final class EngineInternals {
    private EngineInternals() {}

    /** The engine's side of this door, implemented inside the embedding package. */
    public interface Access {
        Executor executor(Pollen engine);

        Map<String, Object> scriptGlobals(Pollen engine);

        Pollen newEngine(PollenConfig config, List<? extends NativeModule> extraModules);
    }

    private static volatile Access access;

    /** Called once, by {@link Pollen} as it loads; a second call is a bug. */
    public static void install(Access engineSide) {
        synchronized (EngineInternals.class) {
            if (access != null) {
                throw new IllegalStateException("the engine's internals are installed already");
            }
            access = engineSide;
        }
    }

    /** The engine's executor, made on first use (its clock starts then). */
    public static Executor executor(Pollen engine) {
        return access().executor(engine);
    }

    /** The globals defined so far, in order of definition, as the scripts hold them (not converted). */
    public static Map<String, Object> scriptGlobals(Pollen engine) {
        return access().scriptGlobals(engine);
    }

    /** An engine with native modules beside the standard library's (a benchmark's device, say). */
    public static Pollen newEngine(PollenConfig config, List<? extends NativeModule> extraModules) {
        return access().newEngine(config, extraModules);
    }

    private static Access access() {
        Access a = access;
        if (a == null) {
            try {
                // Loading the engine class installs the access (no engine may exist yet).
                Class.forName(Pollen.class.getName(), true, Pollen.class.getClassLoader());
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
            a = access;
        }
        return a;
    }
}
