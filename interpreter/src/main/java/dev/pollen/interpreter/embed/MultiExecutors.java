package dev.pollen.interpreter.embed;

import dev.pollen.runtime.async.Executor;
import dev.pollen.runtime.async.MultiThreadExecutor;
import dev.pollen.runtime.async.RealClock;
import dev.pollen.runtime.async.VirtualClock;

/**
 * The work-stealing executor for {@code --executor=multi --threads=N [--affinity]}. Script code of
 * different tasks runs at the same time, with no interpreter-wide lock: values guard themselves
 * (LANGUAGE.md §6.7; docs/internals.md, "What is shared between threads, and how it is guarded").
 */
final class MultiExecutors {
    private MultiExecutors() {}

    static Executor create(PollenConfig config) {
        return new MultiThreadExecutor(
                config.virtualClock() ? new VirtualClock() : new RealClock(), config.threads(), config.affinity());
    }
}
