package dev.pollen.interpreter.embed;

import dev.pollen.runtime.async.Executor;
import dev.pollen.runtime.async.SingleThreadExecutor;

/** Makes the executor a configuration asks for. */
final class Executors {
    private Executors() {}

    static Executor create(PollenConfig config) {
        if (config.threads() > 0) {
            return MultiExecutors.create(config);
        }
        return config.virtualClock() ? SingleThreadExecutor.withVirtualClock() : SingleThreadExecutor.withRealClock();
    }
}
