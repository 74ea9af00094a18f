package dev.pollen.interpreter.embed;

import dev.pollen.runtime.async.Task;

/**
 * A REPL entry (or any snippet) compiled and started by {@link Pollen#startEntry}, to be run to
 * its end by {@link #await()} while another thread may {@link #cancel()} it (a terminal's Ctrl-C).
 * It runs in the engine's persistent globals, as {@link Pollen#eval(String)} does, and its
 * {@code .await}s work at the top level.
 *
 * <pre>{@code
 * Entry entry = pollen.startEntry("sleep(1000).await; 42", "<repl:1>");
 * // on another thread, later: entry.cancel();
 * try {
 *     ScriptValue v = entry.await();                  // 42, shown as v.repr()
 * } catch (ScriptRuntimeException e) {
 *     System.err.print(entry.wasCancelled() ? "cancelled\n" : e.rendered());
 * }
 * pollen.runTasks(Duration.ZERO);                     // what the entry made ready goes on
 * }</pre>
 */
public final class Entry {
    private final Pollen engine;
    private final Task task;
    private final String name;
    private volatile boolean cancelled;

    Entry(Pollen engine, Task task, String name) {
        this.engine = engine;
        this.task = task;
        this.name = name;
    }

    /**
     * Runs the engine until the entry ends, under the engine's limits, and returns as soon as it
     * has: tasks the entry spawned live on, and run when the host lets them
     * ({@link Pollen#runTasks}), so a REPL shows the entry's outcome before what they print. A
     * deadlocked entry is cancelled on the way out (its {@code finally} blocks run with those
     * tasks). Call it once.
     *
     * @return the value of the entry's final expression ({@code nil} when it ends with a statement)
     * @throws ScriptRuntimeException when it fails, meets a limit, deadlocks or is cancelled
     */
    public ScriptValue await() {
        return engine.awaitEntry(this);
    }

    /**
     * Cancels the entry from any thread: it fails with {@code Cancelled} at its next
     * {@code .await} (its {@code finally} blocks run). Code that never awaits goes on: pair it with
     * {@link Pollen#interrupt()} to stop that too. Does nothing once the entry has ended.
     */
    public void cancel() {
        task.abort();
    }

    /**
     * True when the entry ended because it was cancelled ({@link #cancel()} or
     * {@link Pollen#interrupt()}), not by its own error; a limit met while it was being cancelled
     * counts as the limit.
     */
    public boolean wasCancelled() {
        return cancelled;
    }

    /** The name diagnostics give it ({@code <repl:3>}). */
    public String name() {
        return name;
    }

    Task task() {
        return task;
    }

    void markCancelled() {
        cancelled = true;
    }
}
