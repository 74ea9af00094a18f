package dev.pollen.interpreter.embed;

import dev.pollen.runtime.async.Executor;
import dev.pollen.runtime.async.MultiThreadExecutor;
import dev.pollen.runtime.async.RealClock;
import dev.pollen.runtime.async.VirtualClock;

/** The work-stealing executor for {@code --executor=multi --threads=N [--affinity]}. */
final class MultiExecutors {
    private MultiExecutors() {}

    static Executor create(PollenConfig config) {
        return new MultiThreadExecutor(config.virtualClock() ? new VirtualClock() : new RealClock(),
                config.threads(), config.affinity());
    }
}
