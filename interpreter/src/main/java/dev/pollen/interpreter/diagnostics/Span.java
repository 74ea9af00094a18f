package dev.pollen.interpreter.diagnostics;

/**
 * A region of source text: 1-based line and column of the first character, and of the
 * character just past the last one. Every AST node carries one, and every {@link Diagnostic}
 * points at the culprit with one, so it lives here beside the diagnostics a host reads.
 */
public record Span(int line, int column, int endLine, int endColumn) {
    /** No place in the source: a diagnostic with it names no line (a deadlock, say). */
    public static final Span NONE = new Span(0, 0, 0, 0);

    /** The smallest span covering both {@code this} and {@code other}. */
    public Span to(Span other) {
        return new Span(line, column, other.endLine, other.endColumn);
    }
}
