package dev.pollen.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * The interactive REPL on a JLine terminal: reads entries (with continuation lines, history in
 * {@code ~/.pollen_history}, completion and highlighting) on the calling thread and hands each to
 * a {@link ReplSession} on the {@link EngineThread}.
 *
 * <p>Ctrl-C while typing clears the entry (JLine's {@code UserInterruptException}); Ctrl-C while an
 * entry runs reaches us as a signal and aborts the entry's task. An entry stuck in code that never
 * awaits cannot be aborted that way, so a third Ctrl-C during one entry leaves the REPL. Ctrl-D on
 * an empty line and {@code :quit} end the session, which cancels the remaining tasks as a
 * script's end does.
 */
final class Repl {
    static final String PROMPT = "pollen> ";
    static final String CONTINUATION_PROMPT = "...> ";
    /** The exit status after Ctrl-C ended the REPL, as a shell reports a SIGINT death. */
    static final int INTERRUPTED_STATUS = 130;
    /**
     * JLine reports its own troubles (no usable terminal, so a dumb one) through this logger, whose
     * default output names Java classes. The REPL works either way, so it stays quiet. Held here
     * because the logging system keeps loggers only weakly.
     */
    private static final Logger JLINE_LOG = Logger.getLogger("org.jline");

    private final Options options;
    private final Terminal terminal;
    private final Path history;
    private final AtomicInteger interruptsThisEntry = new AtomicInteger();
    /** Set once the engine exists; the completer reads it from the terminal thread. */
    private volatile ReplSession current;

    /** @param history the history file, or null for none */
    Repl(Options options, Terminal terminal, Path history) {
        this.options = options;
        this.terminal = terminal;
        this.history = history;
    }

    /** Runs the REPL on the process's terminal; {@code err} gets the errors that prevent that. */
    static int runOnSystemTerminal(Options options, PrintStream err) {
        JLINE_LOG.setLevel(options.debug() ? Level.ALL : Level.OFF);
        Terminal terminal;
        try {
            terminal = TerminalBuilder.builder().system(true).name("pollen").build();
        } catch (IOException e) {
            err.println("error: cannot use the terminal: " + ErrorReporter.reason(e));
            return ErrorReporter.RUNTIME_ERROR;
        }
        try (terminal) {
            return new Repl(options, terminal, Path.of(System.getProperty("user.home"), ".pollen_history")).run();
        } catch (IOException e) {
            return ErrorReporter.OK;  // closing the terminal failed after the session ended
        }
    }

    /** Runs the session until {@code :quit}, Ctrl-D or the end of input; the exit status. */
    int run() {
        LineReader reader = newReader();
        try (BufferedConsole console = new BufferedConsole(new PrintAbove(reader), new PrintAbove(reader));
             EngineThread engine = new EngineThread("pollen-repl")) {
            ErrorReporter reporter = new ErrorReporter(console.out(), console.err(), options.debug());
            ReplSession session;
            try {
                session = engine.call(() -> new ReplSession(options, console.out(), console.err()));
            } catch (UncheckedIOException e) {
                IOException cause = ErrorReporter.ioCause(e);
                return options.traceOut() != null && cause != null
                        ? reporter.fileError("write", options.traceOut(), cause)
                        : reporter.internal(e);
            }
            current = session;
            if (!options.virtualClock()) {
                engine.setIdleWork(session::idleSlice);
            }
            Terminal.SignalHandler previous = terminal.handle(Terminal.Signal.INT, signal -> interrupt(session, console));
            try {
                console.out().println(banner());
                readEvalPrint(reader, console, engine, session);
            } finally {
                terminal.handle(Terminal.Signal.INT, previous);
                engine.setIdleWork(null);
                EngineThread.await(engine.submit(() -> {
                    session.close();
                    return null;
                }));
            }
            return ErrorReporter.OK;
        } finally {
            saveHistory(reader);
        }
    }

    private void readEvalPrint(LineReader reader, BufferedConsole console, EngineThread engine, ReplSession session) {
        while (true) {
            console.flush();
            String input;
            try {
                input = reader.readLine(PROMPT);
            } catch (UserInterruptException e) {
                continue;  // Ctrl-C while typing: drop the half-typed entry
            } catch (EndOfFileException e) {
                return;  // Ctrl-D
            }
            if (input.isBlank()) {
                continue;
            }
            interruptsThisEntry.set(0);
            boolean goOn = EngineThread.await(engine.submit(() -> session.handle(input)));
            console.flush();
            if (!goOn) {
                return;
            }
        }
    }

    /** Ctrl-C while an entry runs: abort it; say what else can be done when that is not enough. */
    private void interrupt(ReplSession session, BufferedConsole console) {
        if (!session.cancelRunningEntry()) {
            return;
        }
        session.engine().interrupt();  // also stops code that never reaches an .await
        int count = interruptsThisEntry.incrementAndGet();
        console.err().println();  // past the ^C the terminal echoed
        if (count == 2) {
            console.err().println("the entry is still busy (in a host call that does not return); "
                    + "press Ctrl-C once more to leave pollen");
        }
        console.flush();
        if (count >= 3) {
            System.exit(INTERRUPTED_STATUS);
        }
    }

    private String banner() {
        return "Pollen " + Usage.versionNumber() + " REPL (" + (options.virtualClock() ? "virtual" : "real")
                + " clock). :help for help, Ctrl-D to leave.";
    }

    private LineReader newReader() {
        LineReaderBuilder builder = LineReaderBuilder.builder()
                .terminal(terminal)
                .appName("pollen")
                .parser(new ReplLineParser())
                .completer(new ReplCompleter(() -> current == null ? null : current.engine()))
                .highlighter(new ReplHighlighter())
                .variable(LineReader.SECONDARY_PROMPT_PATTERN, CONTINUATION_PROMPT)
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)  // `!x` is code, not history
                .option(LineReader.Option.INSERT_TAB, true);              // pasted indentation stays
        if (history != null) {
            builder.variable(LineReader.HISTORY_FILE, history);
        }
        return builder.build();
    }

    private static void saveHistory(LineReader reader) {
        try {
            reader.getHistory().save();
        } catch (IOException e) {
            // No history next time is not worth an error at exit.
        }
    }
}
