package dev.pollen.cli;

import dev.pollen.interpreter.embed.Pollen;
import dev.pollen.interpreter.embed.ScriptCompileException;
import dev.pollen.interpreter.embed.ScriptRuntimeException;
import dev.pollen.runtime.async.DeadlockException;
import dev.pollen.runtime.async.Task;
import dev.pollen.runtime.value.ErrorKind;
import dev.pollen.runtime.value.PollenException;
import dev.pollen.runtime.value.Printer;
import java.io.PrintStream;
import java.util.concurrent.TimeUnit;

/**
 * The REPL's engine side, without any terminal: runs entries and {@code :commands} against one
 * Pollen engine and writes what the user should see to its two streams. The terminal side ({@link
 * Repl}) feeds it lines; tests feed it strings.
 *
 * <p>Each entry is compiled under the name {@code <repl:N>} and spawned as a task, so {@code .await}
 * works at its top level and Ctrl-C can abort it ({@link #cancelRunningEntry}). A trailing
 * expression's value, unless nil, is shown in its nested form (strings quoted, as Python's REPL
 * does) and stored in {@code _}. Definitions live in the engine's globals, so they persist.
 *
 * <p>Threads: everything but {@link #cancelRunningEntry} and {@link #engine} runs on the engine
 * thread. Between entries spawned tasks keep running: after each entry the executor runs every
 * task that is ready ({@code runUntilIdle}); with the real clock {@link #idleSlice} also runs the
 * executor in short slices while the user types, so timers fire and tasks print on time. With the
 * virtual clock time stands still between entries, as it has no other meaning there.
 */
final class ReplSession implements AutoCloseable {
    /** How long one idle slice runs the executor (real clock): the most an entry waits to start. */
    static final long IDLE_SLICE_NANOS = TimeUnit.MILLISECONDS.toNanos(20);


    private final Options options;
    private final PrintStream out;
    private final PrintStream err;
    private final ErrorReporter reporter;
    private volatile Pollen pollen;
    private int entryNumber;
    /** True from the start of an entry (before it compiles) to its end. */
    private volatile boolean inEntry;
    /** The entry's task while it runs; Ctrl-C aborts it from the terminal thread. */
    private volatile Task running;
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
            Task task = pollen.spawnEntry(code, name);
            running = task;
            if (cancelRequested) {
                task.abort();  // Ctrl-C came while the entry compiled
            }
            awaitEntry(task, showValue);
        } catch (ScriptCompileException e) {
            reporter.compileError(e);
        } finally {
            running = null;
            inEntry = false;
        }
    }

    private void awaitEntry(Task task, boolean showValue) {
        try {
            Object value = pollen.await(task);
            if (showValue && value != null) {
                pollen.define("_", value);
                out.println(Printer.repr(value));
            }
        } catch (ScriptRuntimeException e) {
            if (task.isCancelled() && !ErrorKind.LIMIT_EXCEEDED.equals(e.kind())) {
                // Aborted by Ctrl-C; a limit also wakes the entry by aborting it, but is an error.
                out.flush();
                err.println("cancelled");
            } else {
                reporter.runtimeError(e);
            }
        } finally {
            if (!task.isFinished()) {
                // A deadlocked entry is still waiting: end it so it does not linger in :tasks.
                task.abort();
                pollen.executor().runUntilIdle();
            }
            afterEntry();
        }
    }

    /** Between entries: let ready tasks run, then say which background tasks failed meanwhile. */
    private void afterEntry() {
        pollen.executor().runUntilIdle();
        reportBackgroundFailures();
    }

    /**
     * Called from any thread (the terminal's Ctrl-C handler): aborts the running entry. The
     * executor throws {@code Cancelled} at the entry's current {@code .await}; code that never
     * reaches an await cannot be stopped this way.
     *
     * @return true when an entry was running
     */
    boolean cancelRunningEntry() {
        if (!inEntry) {
            return false;  // nothing to cancel; a stale request must not hit the next entry
        }
        cancelRequested = true;
        Task task = running;
        if (task != null) {
            task.abort();
        }
        return true;
    }

    /**
     * One slice of background work while the user types (real clock only): runs the executor for
     * {@link #IDLE_SLICE_NANOS} when any task is live.
     *
     * @return false when there is nothing to run, so the caller may block until the next entry
     */
    boolean idleSlice() {
        if (pollen.executor().liveTasks().isEmpty()) {
            return false;
        }
        try {
            pollen.executor().runFor(IDLE_SLICE_NANOS);
        } catch (PollenException | DeadlockException e) {
            // Nobody awaits inside a slice; a task's own failure is reported below.
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

    private void shutdownEngine() {
        try {
            pollen.executor().shutdown();
        } catch (PollenException | DeadlockException e) {
            // A task failing while being cancelled changes nothing at the end.
        }
        reportBackgroundFailures();
        pollen.close();
    }
}
