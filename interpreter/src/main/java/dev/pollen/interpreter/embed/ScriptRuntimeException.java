package dev.pollen.interpreter.embed;

import dev.pollen.interpreter.diagnostics.Diagnostic;
import java.util.List;

/**
 * A script failed while running: an uncaught error, a deadlock, an exceeded limit, an interrupt,
 * the JVM out of memory. {@link #getMessage()} is the rendered diagnostic, as {@code pollen}
 * prints it (headline, the source line, the script's stack); the parts are available one by
 * one. When a host function's Java exception caused it ({@code HostError}), that exception is
 * {@link #getCause()}.
 */
public final class ScriptRuntimeException extends RuntimeException {
    private final Diagnostic diagnostic;
    private final String rendered;
    private final String kind;
    private final String location;

    /** Made by the engine alone, from the script error it met. */
    ScriptRuntimeException(Diagnostic diagnostic, String rendered, String kind, String location, Throwable hostCause) {
        super(rendered, hostCause, false, false);
        this.diagnostic = diagnostic;
        this.rendered = rendered;
        this.kind = kind;
        this.location = location;
    }

    /** What went wrong and where, as parts: the headline, file, span and the script's stack as notes. */
    public Diagnostic diagnostic() {
        return diagnostic;
    }

    /** The diagnostic rendered in the style of rustc, ready to print. */
    public String rendered() {
        return rendered;
    }

    /**
     * The error's kind ({@code ValueError}, {@code LimitExceeded}, {@code Cancelled},
     * {@code HostError}...), or null when the script threw a value that is not an error, or for a
     * deadlock or running out of memory.
     */
    public String kind() {
        return kind;
    }

    /** Where in the script it was raised, as {@code file:line:column}; null when nowhere (a deadlock). */
    public String location() {
        return location;
    }

    /** The script's stack, innermost first: {@code in f (app.pln:3:5)}, {@code called by main (...)}. */
    public List<String> scriptStack() {
        return diagnostic.notes();
    }
}
