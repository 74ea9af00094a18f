package dev.pollen.interpreter.parse;

import dev.pollen.interpreter.ast.Program;
import dev.pollen.interpreter.diagnostics.Diagnostic;
import java.util.List;

/**
 * What parsing a file or REPL entry produced.
 *
 * @param program    the AST; null exactly when {@code errors} is not empty
 * @param errors     every syntax error found, in source order, each worded for people
 * @param incomplete the input ended inside a string, a block comment or an open bracket: a REPL
 *                   reads this as "the entry goes on" and asks for another line
 */
public record ParseResult(Program program, List<Diagnostic> errors, boolean incomplete) {
    public ParseResult {
        errors = List.copyOf(errors);
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }
}
