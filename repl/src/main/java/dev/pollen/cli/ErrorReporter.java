package dev.pollen.cli;

import dev.pollen.interpreter.embed.OutOfMemory;
import dev.pollen.interpreter.embed.ScriptCompileException;
import dev.pollen.interpreter.embed.ScriptRuntimeException;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.regex.Pattern;

/**
 * Writes every kind of failure to standard error, in the user's terms, and answers the exit status
 * that goes with it (LANGUAGE.md §9–10): script errors come pre-rendered by the engine; I/O errors
 * become {@code error: cannot read FILE: reason}; anything else is a bug in Pollen and becomes one
 * {@code error: internal error: ...} line. No Java class name or stack trace reaches the user
 * unless {@code --debug} asks for the stack trace.
 */
final class ErrorReporter {
    public static final int OK = 0;
    public static final int RUNTIME_ERROR = 1;
    public static final int COMPILE_OR_USAGE_ERROR = 2;

    /** A dotted Java name such as {@code dev.pollen.x.Foo} or {@code java.lang.Long}. */
    private static final Pattern JAVA_NAME = Pattern.compile("\\b(?:[a-z_$][\\w$]*\\.)+[A-Z][\\w$]*");

    private final PrintStream out;
    private final PrintStream err;
    private final boolean debug;

    /** @param out flushed before anything is written to {@code err}, so output comes first */
    public ErrorReporter(PrintStream out, PrintStream err, boolean debug) {
        this.out = out;
        this.err = err;
        this.debug = debug;
    }

    public int usage(UsageException e) {
        return print(COMPILE_OR_USAGE_ERROR, "error: " + e.getMessage() + "\n" + Usage.HINT + "\n");
    }

    public int compileError(ScriptCompileException e) {
        return print(COMPILE_OR_USAGE_ERROR, e.rendered());
    }

    public int runtimeError(ScriptRuntimeException e) {
        return print(RUNTIME_ERROR, e.rendered());
    }

    /** A script or trace file that cannot be read or written: exit 2, nothing ran. */
    public int fileError(String verb, Object file, IOException e) {
        return print(COMPILE_OR_USAGE_ERROR, "error: cannot " + verb + " " + file + ": " + reason(e) + "\n");
    }

    /** A plain {@code error: MESSAGE} line with the given status. */
    public int error(int status, String message) {
        return print(status, "error: " + message + "\n");
    }

    /**
     * A failure outside the script's errors: running out of memory (LANGUAGE.md §11: the script
     * used more than the heap, not a bug), else Pollen's own bug.
     */
    public int internal(Throwable t) {
        out.flush();
        if (t instanceof OutOfMemoryError) {
            err.print("error: " + OutOfMemory.MESSAGE + "\n");
            err.print("note: " + OutOfMemory.ADVICE + "\n");
            err.flush();
            return RUNTIME_ERROR;  // the script asked too much: not a bug in pollen
        }
        err.print("error: internal error: " + shortMessage(t) + "\n");
        if (debug) {
            t.printStackTrace(err);
        } else {
            err.print("note: this is a bug in pollen; --debug shows the Java stack trace\n");
        }
        err.flush();
        return RUNTIME_ERROR;
    }

    private int print(int status, String text) {
        out.flush();
        err.print(text.endsWith("\n") ? text : text + "\n");
        err.flush();
        return status;
    }

    /** Why a file operation failed, in words ("no such file or directory"). */
    public static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        } else if (e instanceof AccessDeniedException) {
            return "permission denied";
        } else if (e instanceof NotDirectoryException) {
            return "not a directory";
        } else if (e instanceof CharacterCodingException) {
            return "it is not UTF-8 text";
        } else if (e instanceof FileSystemException fse && fse.getReason() != null) {
            return lowerFirst(fse.getReason());
        } else if (e.getMessage() != null && !e.getMessage().isBlank()) {
            return scrub(lowerFirst(e.getMessage()));
        }
        return "input/output error";
    }

    /** The unwrapped I/O failure behind an {@link UncheckedIOException}'s chain, if any. */
    static IOException ioCause(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof IOException io) {
                return io;
            }
        }
        return null;
    }

    /** A few words about an internal failure, without Java names. */
    static String shortMessage(Throwable t) {
        if (t instanceof StackOverflowError) {
            return "the Java stack overflowed";
        } else if (t instanceof NullPointerException) {
            return "a value was missing";
        } else if (t instanceof ClassCastException) {
            return "a value had an unexpected type";
        } else if (t instanceof IndexOutOfBoundsException) {
            return "an index was out of range";
        }
        String message = t.getMessage();
        if (message == null || message.isBlank()) {
            return "an unexpected failure";
        }
        String firstLine = message.strip().lines().findFirst().orElse("");
        return scrub(firstLine);
    }

    private static String scrub(String text) {
        return JAVA_NAME.matcher(text).replaceAll("(internal)");
    }

    private static String lowerFirst(String s) {
        if (s.isEmpty() || (s.length() > 1 && Character.isUpperCase(s.charAt(1)))) {
            return s;  // keep acronyms such as "I/O" or "UTF"
        }
        return Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
