package dev.pollen.cli;

import dev.pollen.interpreter.embed.Entry;
import dev.pollen.interpreter.embed.Pollen;
import dev.pollen.interpreter.embed.ScriptCompileException;
import dev.pollen.interpreter.embed.ScriptRuntimeException;
import dev.pollen.interpreter.embed.ScriptValue;
import java.io.PrintStream;
import java.time.Duration;

/**
 * The REPL's engine side, without any terminal: runs entries and {@code :commands} against one
 * Pollen engine and writes what the user should see to its two streams. The terminal side ({@link
 * Repl}) feeds it lines; tests feed it strings.
 *
 * <p>Each entry is compiled under the name {@code <repl:N>} and started as an engine {@link Entry},
 * so {@code .await} works at its top level and Ctrl-C can cancel it ({@link #cancelRunningEntry}).
 * It uses the embedding API alone, as any host could. A trailing
 * expression's value, unless nil, is shown in its nested form (strings quoted, as Python's REPL
 * does) and stored in {@code _}. Definitions live in the engine's globals, so they persist.
 *
 * <p>Threads: everything but {@link #cancelRunningEntry} and {@link #engine} runs on the engine
 * thread. Between entries spawned tasks keep running: after each entry the engine runs every
 * task that is ready; with the real clock {@link #idleSlice} also lets tasks run in short slices
 * while the user types ({@link Pollen#runTasks}), so timers fire and tasks print on time. With the
 * virtual clock time stands still between entries, as it has no other meaning there.
 */
final class ReplSession implements AutoCloseable {
    /** How long one idle slice runs the executor (real clock): the most an entry waits to start. */
    static final Duration IDLE_SLICE = Duration.ofMillis(20);


    private final Options options;
    private final PrintStream out;
    private final PrintStream err;
    private final ErrorReporter reporter;
    private volatile Pollen pollen;
    private int entryNumber;
    /** True from the start of an entry (before it compiles) to its end. */
    private volatile boolean inEntry;
    /** The entry while it runs; Ctrl-C cancels it from the terminal thread. */
    private volatile Entry running;
    /** Ctrl-C came during this entry, maybe before its task existed. */
    private volatile boolean cancelRequested;

    ReplSession(Options options, PrintStream out, PrintStream err) {
        this.options = options;
        this.out = out;
        this.err = err;
        this.reporter = new ErrorReporter(out, err, options.debug());
        this.pollen = new Pollen(options.toConfig(out, err));
    }

    /** The current engine (a {@code :reset} replaces it); safe to read from any thread. */
    Pollen engine() {
        return pollen;
    }

    PrintStream out() {
        return out;
    }

    PrintStream err() {
        return err;
    }

    Options options() {
        return options;
    }


    /**
     * Handles one complete input: a {@code :command} or code.
     *
     * @return false when the REPL should end ({@code :quit})
     */
    boolean handle(String input) {
        try {
            if (ReplLineParser.isCommand(input)) {
                return new ReplCommands(this).run(input.strip());
            }
            if (!input.isBlank()) {
                evaluate(input);
            }
        } catch (Throwable t) {
            // A bug in Pollen must not end the session: report it and read the next entry.
            reporter.internal(t);
        } finally {
            out.flush();
            err.flush();
        }
        return true;
    }

    /** Runs code as the next entry, {@code <repl:N>}, showing its value. */
    void evaluate(String code) {
        runEntry(code, "<repl:" + (++entryNumber) + ">", true);
    }

    /**
     * Compiles and runs one entry as a task and reports its outcome. Definitions made before a
     * runtime error stay defined; a compile error defines nothing.
     */
    void runEntry(String code, String name, boolean showValue) {
        cancelRequested = false;
        inEntry = true;
        try {
            Entry entry = pollen.startEntry(code, name);
            running = entry;
            if (cancelRequested) {
                entry.cancel();  // Ctrl-C came while the entry compiled
            }
            awaitEntry(entry, showValue);
        } catch (ScriptCompileException e) {
            reporter.compileError(e);
        } finally {
            running = null;
            inEntry = false;
        }
    }

    /** Runs the entry to its end, shows what came of it, then lets the tasks made ready run. */
    private void awaitEntry(Entry entry, boolean showValue) {
        try {
            ScriptValue value = entry.await();
            if (showValue && !value.isNil()) {
                pollen.define("_", value);
                out.println(value.repr());
            }
        } catch (ScriptRuntimeException e) {
            if (entry.wasCancelled()) {
                out.flush();
                err.println("cancelled");
            } else {
                reporter.runtimeError(e);
            }
        } finally {
            pollen.runTasks(Duration.ZERO);
            reportBackgroundFailures();  // the background tasks that failed meanwhile
        }
    }

    /**
     * Called from any thread (the terminal's Ctrl-C handler): cancels the running entry. It
     * fails with {@code Cancelled} at its current {@code .await}; code that never reaches an
     * await cannot be stopped this way.
     *
     * @return true when an entry was running
     */
    boolean cancelRunningEntry() {
        if (!inEntry) {
            return false;  // nothing to cancel; a stale request must not hit the next entry
        }
        cancelRequested = true;
        Entry entry = running;
        if (entry != null) {
            entry.cancel();
        }
        return true;
    }

    /**
     * One slice of background work while the user types (real clock only): lets the live tasks
     * run for {@link #IDLE_SLICE} when any is live.
     *
     * @return false when there is nothing to run, so the caller may block until the next entry
     */
    boolean idleSlice() {
        if (!pollen.runTasks(IDLE_SLICE)) {
            return false;
        }
        reportBackgroundFailures();
        out.flush();
        err.flush();
        return true;
    }

    /** Reports tasks that failed with nobody awaiting them, each once (LANGUAGE.md §6.3). */
    private void reportBackgroundFailures() {
        pollen.warnUnobservedFailures();
    }

    /** {@code :reset}: ends every task of the current engine and starts a fresh one. */
    void reset() {
        shutdownEngine();
        entryNumber = 0;
        pollen = new Pollen(options.toConfig(out, err));
    }

    /** At the end of the session: main-exit cancellation of live tasks, and the last warnings. */
    @Override
    public void close() {
        shutdownEngine();
        out.flush();
        err.flush();
    }

    /** Main exit for the engine: its tasks are cancelled, their unobserved failures reported. */
    private void shutdownEngine() {
        pollen.finish();
        pollen.close();
    }
}
