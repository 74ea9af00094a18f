package dev.pollen.interpreter.diagnostics;

import java.util.function.Function;

/**
 * Renders a {@link Diagnostic} in the style of rustc:
 * <pre>
 * error: TypeError: cannot add string and int
 *  --> app.pln:3:7
 *   |
 * 3 | print("n is " + n);
 *   |       ^^^^^^^^^^^ expected two numbers, two strings or two lists
 *   = note: in main (app.pln:3:7)
 * </pre>
 */
public final class DiagnosticRenderer {
    private final Function<String, String> sourceOf;

    /** @param sourceOf the text of a file by its display name, or null when unknown */
    public DiagnosticRenderer(Function<String, String> sourceOf) {
        this.sourceOf = sourceOf;
    }

    /** The diagnostic as an {@code error:}, in the style of rustc; its source line is quoted when known. */
    public String render(Diagnostic d) {
        return render("error", d);
    }

    /** The same with another severity word first ({@code warning}). */
    public String render(String severity, Diagnostic d) {
        StringBuilder sb = new StringBuilder();
        sb.append(severity).append(": ").append(d.headline()).append('\n');
        Span span = d.span();
        String lineText = span.line() > 0 ? line(d.file(), span.line()) : null;
        String gutter = " ".repeat(String.valueOf(Math.max(span.line(), 1)).length());
        if (span.line() > 0) {
            sb.append(gutter).append("--> ").append(d.file()).append(':').append(span.line()).append(':')
                    .append(span.column()).append('\n');
        } else if (d.file() != null) {
            sb.append(gutter).append("--> ").append(d.file()).append('\n');
        }
        if (lineText != null) {
            String shown = lineText.replace('\t', ' ');
            sb.append(gutter).append(" |\n");
            sb.append(span.line()).append(" | ").append(shown).append('\n');
            int start = Math.max(1, span.column());
            int end = span.endLine() == span.line() ? span.endColumn() : shown.length() + 1;
            int width = Math.max(1, Math.min(end, shown.length() + 1) - start);
            sb.append(gutter).append(" | ").append(" ".repeat(Math.min(start - 1, shown.length())))
                    .append("^".repeat(width));
            if (d.label() != null) {
                sb.append(' ').append(d.label());
            }
            sb.append('\n');
        }
        for (String note : d.notes()) {
            sb.append(gutter).append(" = ").append(note).append('\n');
        }
        return sb.toString();
    }

    private String line(String file, int line) {
        String text = file == null ? null : sourceOf.apply(file);
        if (text == null) {
            return null;
        }
        String[] lines = text.split("\n", -1);
        return line <= lines.length ? stripCr(lines[line - 1]) : null;
    }

    private static String stripCr(String s) {
        return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
    }
}
