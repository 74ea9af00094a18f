package dev.pollen.cli;

import java.io.Console;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.PrintStream;

/**
 * The {@code pollen} command (LANGUAGE.md §10): parses the command line and hands over to the
 * {@link ScriptRunner} (files, {@code -e}, standard input, {@code check}, {@code states}) or the
 * {@link Repl}.
 *
 * <p>{@link #run} is the whole command as a function of its arguments and streams, so tests run
 * it in-process; {@link #main} adds only the process: buffered standard streams, flushing them on
 * every way out, and the exit status.
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        BufferedConsole console = new BufferedConsole(
                new FileOutputStream(FileDescriptor.out), new FileOutputStream(FileDescriptor.err));
        // Ctrl-C or a kill ends the JVM without returning here: still write what was printed.
        Runtime.getRuntime().addShutdownHook(new Thread(console::flush, "pollen-flush-at-exit"));
        // A failure on a thread of our own outside the engine (a sensor's, a worker's) would
        // otherwise reach the user as a Java stack trace.
        ErrorReporter background = new ErrorReporter(console.out(), console.err(), debugRequested(args));
        Thread.setDefaultUncaughtExceptionHandler((thread, failure) -> background.internal(failure));
        int status;
        try {
            status = run(args, System.in, console.out(), console.err());
        } finally {
            console.close();
        }
        System.exit(status);
    }

    /**
     * Runs the command: the exit status is the result, never an exception.
     *
     * @param in standard input; the REPL starts only when it is the process's own and a terminal
     */
    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        Options options;
        try {
            options = OptionParser.parse(args);
        } catch (UsageException e) {
            return new ErrorReporter(out, err, false).usage(e);
        }
        ErrorReporter reporter = new ErrorReporter(out, err, options.debug());
        try {
            switch (options.mode()) {
                case HELP -> {
                    out.print(Usage.HELP);
                    return ErrorReporter.OK;
                }
                case VERSION -> {
                    out.println(Usage.version());
                    return ErrorReporter.OK;
                }
                case INTERACTIVE -> {
                    if (in == System.in && stdinIsTerminal()) {
                        out.flush();
                        return Repl.runOnSystemTerminal(options, err);
                    }
                    return new ScriptRunner(options, out, err).run(in);
                }
                default -> {
                    return new ScriptRunner(options, out, err).run(in);
                }
            }
        } catch (Throwable t) {
            return reporter.internal(t);
        } finally {
            out.flush();
            err.flush();
        }
    }

    private static boolean debugRequested(String[] args) {
        try {
            return OptionParser.parse(args).debug();
        } catch (UsageException e) {
            return false;  // run() reports it
        }
    }

    /**
     * Whether the user is typing at us. Java 17–21 give a {@link Console} only when standard input
     * and output are terminals; later JDKs may give one anyway and answer {@code isTerminal()}.
     */
    private static boolean stdinIsTerminal() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException e) {
            return true;  // Java 17–21: a console means a terminal
        }
    }
}
