package dev.pollen.interpreter.embed;

import dev.pollen.runtime.async.Executor;
import dev.pollen.runtime.async.SingleThreadExecutor;

/** The work-stealing executor for {@code --executor=multi}. */
final class MultiExecutors {
    private MultiExecutors() {}

    static Executor create(PollenConfig config) {
        // Until the work-stealing executor lands, multi runs on one thread: same output for
        // programs whose output does not depend on scheduling order.
        return config.virtualClock() ? SingleThreadExecutor.withVirtualClock() : SingleThreadExecutor.withRealClock();
    }
}
