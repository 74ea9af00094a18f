package dev.pollen.interpreter.ast;

/**
 * A region of source text: 1-based line and column of the first character, and of the
 * character just past the last one. Every AST node carries one so that diagnostics and
 * runtime errors can point at the culprit.
 */
public record Span(int line, int column, int endLine, int endColumn) {
    public static final Span NONE = new Span(0, 0, 0, 0);

    /** The smallest span covering both {@code this} and {@code other}. */
    public Span to(Span other) {
        return new Span(line, column, other.endLine, other.endColumn);
    }
}
