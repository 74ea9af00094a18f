package dev.pollen.interpreter.diagnostics;

import java.util.List;

/**
 * One compile error or uncaught runtime error, ready to be rendered in the style of rustc.
 *
 * @param headline the first line after {@code error: } — for compile errors the message
 *                 ({@code expected ';' after expression}), for runtime errors {@code Kind: message}
 * @param file     the file name as the user gave it ({@code <repl:3>} for a REPL entry)
 * @param span     the culprit; {@link Span#NONE} when there is no location
 * @param label    a short note printed after the caret (what was expected), or null
 * @param notes    further lines printed as {@code = note} (for runtime errors, the script trace)
 */
public record Diagnostic(String headline, String file, Span span, String label, List<String> notes) {
    /** Copies {@code notes}, so the diagnostic never changes once made. */
    public Diagnostic {
        notes = List.copyOf(notes);
    }

    /** An error with neither label nor notes. */
    public static Diagnostic error(String headline, String file, Span span) {
        return new Diagnostic(headline, file, span, null, List.of());
    }
}
