package dev.pollen.interpreter.embed;

/**
 * One live task of an engine at the moment {@link Pollen#tasks()} looked: what the REPL's
 * {@code :tasks} lists.
 *
 * @param id         1 for the first task the engine spawned, counting up in spawn order
 * @param name       the name given at spawn, else that of the function it runs ({@code main}
 *                   for an evaluation or REPL entry)
 * @param cancelled  true once it was cancelled (it is still live while its {@code finally} blocks run)
 * @param waitingOn  what it waits on, as a deadlock report names it ({@code recv at app.pln:4})
 * @param lastWorker the worker thread (numbered from 1) that last ran it under the multi-threaded
 *                   executor; 0 when it never ran on one, as on the single-threaded executor
 */
public record TaskInfo(int id, String name, boolean cancelled, String waitingOn, int lastWorker) {}
