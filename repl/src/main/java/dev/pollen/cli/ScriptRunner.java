package dev.pollen.cli;

import dev.pollen.interpreter.diagnostics.Diagnostic;
import dev.pollen.interpreter.embed.Pollen;
import dev.pollen.interpreter.embed.ScriptCompileException;
import dev.pollen.interpreter.embed.ScriptRuntimeException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Carries out the non-interactive modes — run a file, {@code -e}, a script on standard input,
 * {@code check}, {@code states} — on an {@link EngineThread}, and turns the outcome into an exit
 * status: 0 ok, 1 uncaught runtime error or internal error, 2 compile error or unreadable file.
 */
final class ScriptRunner {
    /** The name errors give a script read from standard input. */
    static final String STDIN_NAME = "<stdin>";
    /** The name errors give the code of {@code -e}. */
    static final String EVAL_NAME = "<eval>";

    private final Options options;
    private final PrintStream out;
    private final PrintStream err;
    private final ErrorReporter reporter;

    ScriptRunner(Options options, PrintStream out, PrintStream err) {
        this.options = options;
        this.out = out;
        this.err = err;
        this.reporter = new ErrorReporter(out, err, options.debug());
    }

    /** Runs the mode of the options; {@code in} is read only for a script on standard input. */
    int run(InputStream in) {
        return switch (options.mode()) {
            case FILE -> runFile(options.file());
            case EVAL -> runSource(options.code(), EVAL_NAME);
            case STDIN, INTERACTIVE -> runStdin(in);
            case CHECK -> check(options.file());
            case STATES -> states(options.file(), options.function(), options.dot());
            case JVM_STATES -> jvmStates(options.file(), options.function());
            case HELP, VERSION -> throw new IllegalArgumentException("not a script mode: " + options.mode());
        };
    }

    private int runFile(Path file) {
        try {
            // Reading first lets an unreadable file be a clean exit-2 error before any engine exists,
            // and lets the parse overlap the engine's set-up.
            Pollen.parseFileAhead(Files.readString(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            return reporter.fileError("read", file, e);
        }
        // A file, unlike -e or a REPL entry, must end its last statement with `;` (LANGUAGE §1).
        return onEngine(pollen -> {
            pollen.runFile(file, file.toString());
            return ErrorReporter.OK;
        });
    }

    private int runStdin(InputStream in) {
        String source;
        try {
            source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return reporter.fileError("read", "standard input", e);
        }
        return runSource(source, STDIN_NAME);
    }

    private int runSource(String source, String name) {
        return onEngine(pollen -> {
            pollen.run(source, name);
            return ErrorReporter.OK;
        });
    }

    private int check(Path file) {
        return onEngine(pollen -> {
            List<Diagnostic> errors = pollen.check(file);
            for (Diagnostic d : errors) {
                err.print(pollen.render(d));
            }
            return errors.isEmpty() ? ErrorReporter.OK : ErrorReporter.COMPILE_OR_USAGE_ERROR;
        });
    }

    private int states(Path file, String function, boolean dot) {
        return onEngine(pollen -> {
            String text = dot ? pollen.statesDot(file, function) : pollen.states(file, function);
            if (text.isEmpty()) {
                if (function != null) {
                    return reporter.error(ErrorReporter.COMPILE_OR_USAGE_ERROR, file + " has no async fn named " + function);
                }
                out.println(file + " has no async fn");
                return ErrorReporter.OK;
            }
            out.print(text.endsWith("\n") ? text : text + "\n");
            return ErrorReporter.OK;
        });
    }

    private int jvmStates(Path file, String function) {
        return onEngine(pollen -> {
            String text = pollen.jvmStates(file, function);
            if (text.isEmpty()) {
                return reporter.error(ErrorReporter.COMPILE_OR_USAGE_ERROR, file + " has no fn named " + function);
            }
            out.print(text);
            return ErrorReporter.OK;
        });
    }

    /** Work done with a fresh engine (which runs scripts on its own deep-stack thread). */
    private interface EngineJob {
        int run(Pollen pollen) throws IOException;
    }

    /**
     * Makes an engine, runs {@code job} with it through the public API like any host, and maps
     * whatever escapes to its exit status. This is the boundary: nothing thrown gets past it.
     */
    private int onEngine(EngineJob job) {
        try {
            Pollen pollen;
            try {
                pollen = new Pollen(options.toConfig(out, err));
            } catch (UncheckedIOException e) {
                if (options.traceOut() != null) {
                    return reporter.fileError("write", options.traceOut(), e.getCause());
                }
                throw e;
            }
            try (pollen) {
                return job.run(pollen);
            } catch (ScriptCompileException e) {
                return reporter.compileError(e);
            } catch (ScriptRuntimeException e) {
                return reporter.runtimeError(e);
            } catch (IOException e) {
                return reporter.fileError("read", options.file(), e);
            }
        } catch (Throwable t) {
            return reporter.internal(t);
        }
    }
}
