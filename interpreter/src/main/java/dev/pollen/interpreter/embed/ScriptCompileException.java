package dev.pollen.interpreter.embed;

import dev.pollen.interpreter.diagnostics.Diagnostic;
import java.util.List;

/** A script did not compile: every error found, in file order. Nothing of it ran. */
public final class ScriptCompileException extends RuntimeException {
    private final List<Diagnostic> diagnostics;
    private final String rendered;

    public ScriptCompileException(List<Diagnostic> diagnostics, String rendered) {
        super(rendered, null, false, false);
        this.diagnostics = List.copyOf(diagnostics);
        this.rendered = rendered;
    }

    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    /** The errors rendered in the style of rustc, ready to print. */
    public String rendered() {
        return rendered;
    }
}
