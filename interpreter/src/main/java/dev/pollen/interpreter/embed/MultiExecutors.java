package dev.pollen.interpreter.embed;

import dev.pollen.runtime.async.Executor;
import dev.pollen.runtime.async.MultiThreadExecutor;
import dev.pollen.runtime.async.RealClock;
import dev.pollen.runtime.async.VirtualClock;
import java.util.concurrent.locks.ReentrantLock;

/** The work-stealing executor for {@code --executor=multi --threads=N [--affinity]}. */
final class MultiExecutors {
    private MultiExecutors() {}

    /**
     * Script code shares lists, maps and variables between tasks without locks of its own, so
     * polls hold the engine's interpreter lock: tasks are spread, stolen and woken across all
     * workers, but one runs script code at a time and no update is lost (LANGUAGE §6.3: a program
     * whose output does not depend on order behaves the same). Java futures and host sources
     * still work in parallel.
     */
    static Executor create(PollenConfig config) {
        MultiThreadExecutor executor = new MultiThreadExecutor(
                config.virtualClock() ? new VirtualClock() : new RealClock(), config.threads(), config.affinity());
        executor.setPollLock(new ReentrantLock());
        return executor;
    }
}
