package dev.pollen.stdlib;

import dev.pollen.runtime.value.ModuleValue;

/**
 * A module written in Java and bound as a global ({@code math}, {@code rand}, and the
 * {@code sensors} module, which lives with the sensor simulator and is passed to
 * {@link Stdlib#install(java.util.function.BiConsumer, StdlibHost, java.util.List)}).
 *
 * <p>{@link #create} is called once per engine, so a module may keep per-engine state (the random
 * generator of {@code rand}) in the {@link ModuleValue} it builds, and never in statics.
 */
public interface NativeModule {
    /** The global name scripts use ({@code math}). */
    String name();

    /** Builds this engine's instance of the module. */
    ModuleValue create(StdlibHost host);
}
