package dev.pollen.interpreter.embed;

import dev.pollen.interpreter.diagnostics.Diagnostic;
import dev.pollen.runtime.value.PollenException;

/**
 * A script failed while running: an uncaught error, a deadlock, an exceeded limit. Carries the
 * diagnostic and its rendering; {@link #error()} is the script error when there is one.
 */
public final class ScriptRuntimeException extends RuntimeException {
    private final Diagnostic diagnostic;
    private final String rendered;
    private final transient PollenException error;

    public ScriptRuntimeException(Diagnostic diagnostic, String rendered, PollenException error) {
        super(rendered, null, false, false);
        this.diagnostic = diagnostic;
        this.rendered = rendered;
        this.error = error;
    }

    public Diagnostic diagnostic() {
        return diagnostic;
    }

    public String rendered() {
        return rendered;
    }

    /** The uncaught script error, or null (a deadlock). */
    public PollenException error() {
        return error;
    }
}
