package dev.pollen.interpreter.parse;

import dev.pollen.interpreter.ast.Program;
import dev.pollen.interpreter.diagnostics.Diagnostic;
import java.util.List;
import java.util.Set;

/**
 * What parsing a file or REPL entry produced.
 *
 * @param program      the AST; null exactly when {@code errors} is not empty
 * @param errors       every syntax error found, in source order, each worded for people
 * @param incomplete   the input ended inside a string, a block comment or an open bracket: a REPL
 *                     reads this as "the entry goes on" and asks for another line
 * @param partial      when there are errors, the top-level statements that parsed cleanly, so that
 *                     the resolver can report its errors too (never to be run); null when there are
 *                     no errors or nothing after them can be trusted
 * @param skippedNames the names the top-level statements left out of {@code partial} would define
 *                     (best effort): not to be reported as unknown
 */
public record ParseResult(Program program, List<Diagnostic> errors, boolean incomplete, Program partial,
                          Set<String> skippedNames) {
    public ParseResult {
        errors = List.copyOf(errors);
        skippedNames = Set.copyOf(skippedNames);
    }

    /** A result with no partial program. */
    public ParseResult(Program program, List<Diagnostic> errors, boolean incomplete) {
        this(program, errors, incomplete, null, Set.of());
    }

    /** What the resolver should check: the whole program, else the partial one, else null. */
    public Program checkable() {
        return program != null ? program : partial;
    }
}
