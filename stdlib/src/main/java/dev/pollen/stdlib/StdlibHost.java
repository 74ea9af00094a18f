package dev.pollen.stdlib;

import dev.pollen.runtime.async.Executor;
import java.io.PrintStream;
import java.util.List;

/**
 * What the standard library needs from the engine that installs it. The interpreter implements this
 * once per engine; the library keeps no other state, so several engines (on several threads) never
 * share anything through it.
 *
 * <p>Methods are called lazily, at the time a builtin runs (except {@link #seed()}, read once at
 * install to seed {@code rand}), so a host may swap its output stream between REPL entries.
 */
public interface StdlibHost {
    /** Where {@code print} writes. */
    PrintStream out();

    /** The run's {@code --seed}: seeds {@code rand} (and, by convention, the sensors). */
    long seed();

    /** The script's arguments (those after its path), for {@code args()}. */
    List<String> args();

    /** The executor that {@code spawn}, {@code sleep}, {@code now}, timers and intervals use. */
    Executor executor();

    /**
     * Asks the host to close {@code resource} when the engine is closed (a sensor simulator's
     * hardware thread, say). Hosts without a lifecycle may ignore it.
     */
    default void closeWithEngine(AutoCloseable resource) {}

    /**
     * Called before {@code spawn} makes a task, so the host can refuse one task too many (its
     * {@code --max-tasks} limit) by throwing the run-ending error.
     */
    default void beforeSpawn() {}
}
