package dev.pollen.interpreter.embed;

import dev.pollen.interpreter.diagnostics.Diagnostic;
import dev.pollen.runtime.value.ErrorValue;
import dev.pollen.runtime.value.Location;
import dev.pollen.runtime.value.PollenException;
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
    private final transient PollenException error;

    public ScriptRuntimeException(Diagnostic diagnostic, String rendered, PollenException error) {
        super(rendered, error == null ? null : error.getCause(), false, false);
        this.diagnostic = diagnostic;
        this.rendered = rendered;
        this.error = error;
    }

    public Diagnostic diagnostic() {
        return diagnostic;
    }

    /** The diagnostic rendered in the style of rustc, ready to print. */
    public String rendered() {
        return rendered;
    }

    /** The error's kind ({@code ValueError}, {@code LimitExceeded}, {@code HostError}...), or null. */
    public String kind() {
        return error != null && error.value() instanceof ErrorValue ev ? ev.kind() : null;
    }

    /** Where in the script it was raised ({@code file:line:column}), or null (a deadlock). */
    public Location location() {
        return error == null ? null : error.location();
    }

    /** The script's stack, innermost first: {@code in f (app.pln:3:5)}, {@code called by main (...)}. */
    public List<String> scriptStack() {
        return diagnostic.notes();
    }

    /** The uncaught script error, or null (a deadlock, out of memory). */
    public PollenException error() {
        return error;
    }
}
