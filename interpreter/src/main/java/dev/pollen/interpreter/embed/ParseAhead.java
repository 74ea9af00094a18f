package dev.pollen.interpreter.embed;

import dev.pollen.interpreter.parse.ParseResult;
import dev.pollen.interpreter.parse.SourceParser;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Parsing on a background thread while the engine and its standard library are set up.
 *
 * <p>A cold parser is the largest part of a short script's start-up: deserialising the lexer's
 * and parser's ATNs, then filling their prediction caches the first time each decision is met.
 * None of it needs an engine, so with a second core it can overlap the rest of start-up. The
 * result is the same whichever thread parses: the thread has the engine thread's deep stack, so
 * even nesting the stack decides (see {@link SourceParser}) comes out alike.
 */
final class ParseAhead {
    private static final AtomicBoolean WARMING = new AtomicBoolean();
    /** At most one parse waits to be taken: a newer one replaces it. */
    private static final AtomicReference<Pending> PENDING = new AtomicReference<>();

    private ParseAhead() {}

    /** Loads the lexer's and parser's ATNs on a daemon thread, once per process. */
    static void warmUp() {
        if (WARMING.compareAndSet(false, true)) {
            startDaemon(new FutureTask<>(new Parse("", "<warm-up>", false)));
        }
    }

    /** Starts parsing {@code source} as {@link SourceParser#parse(String, String, boolean)} would. */
    static void start(String source, String fileName, boolean entry) {
        WARMING.set(true);  // this parse loads the ATNs anyway
        Pending pending = new Pending(source, fileName, entry, new FutureTask<>(new Parse(source, fileName, entry)));
        PENDING.set(pending);
        startDaemon(pending.task);
    }

    /**
     * The result of the parse started for exactly these arguments, or null when there is none.
     * A parse whose thread has not begun yet is run here rather than waited for.
     */
    static ParseResult take(String source, String fileName, boolean entry) {
        Pending pending = PENDING.get();
        if (pending == null || !pending.matches(source, fileName, entry) || !PENDING.compareAndSet(pending, null)) {
            return null;
        }
        pending.task.run();  // returns at once when the background thread already ran or runs it
        try {
            return pending.task.get();
        } catch (ExecutionException | InterruptedException failed) {
            if (failed instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            return null;  // the caller parses again and meets the failure itself
        }
    }

    private static void startDaemon(Runnable work) {
        Thread thread = new Thread(null, work, "pollen-parse-ahead", EngineDriver.STACK_BYTES);
        thread.setDaemon(true);  // never keeps the process alive
        thread.start();
    }

    /** A parse to run; a class rather than a lambda, whose first use costs start-up time of its own. */
    private record Parse(String source, String fileName, boolean entry) implements java.util.concurrent.Callable<ParseResult> {
        @Override
        public ParseResult call() {
            return SourceParser.parse(source, fileName, entry);
        }
    }

    private record Pending(String source, String fileName, boolean entry, FutureTask<ParseResult> task) {
        boolean matches(String otherSource, String otherName, boolean otherEntry) {
            return entry == otherEntry && fileName.equals(otherName) && source.equals(otherSource);
        }
    }
}
