package dev.pollen.interpreter.parse;

import static dev.pollen.grammar.PollenParser.*;

import dev.pollen.interpreter.ast.Program;
import dev.pollen.interpreter.diagnostics.Span;
import dev.pollen.interpreter.ast.Stmt;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.tree.ErrorNode;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * What of a file with syntax errors can still be checked: the top-level statements the parser
 * had no quarrel with, so that the resolver's errors (an unknown name, a second assignment to an
 * immutable binding) are reported alongside the syntax errors. A top-level statement is left out
 * when its parse tree holds an error node, a missing token or a failed rule, or when any error was
 * reported within (or right after) its tokens. The names that the left-out statements would
 * define are collected from their tokens, so that their uses elsewhere are not called unknown;
 * a left-out struct also gets a placeholder declaration, for its {@code impl} blocks.
 */
final class PartialProgram {
    private final ErrorCollector errors;
    private final TokenStream tokens;
    private final Set<String> skippedNames = new LinkedHashSet<>();
    private final Map<String, Span> skippedStructs = new LinkedHashMap<>();

    private PartialProgram(ErrorCollector errors, TokenStream tokens) {
        this.errors = errors;
        this.tokens = tokens;
    }

    /** The partial program of {@code tree} and the names its left-out statements define. */
    record Result(Program program, Set<String> skippedNames) {}

    static Result build(ProgramContext tree, TokenStream tokens, ErrorCollector errors) {
        PartialProgram partial = new PartialProgram(errors, tokens);
        Program program = AstBuilder.buildPartial(tree, partial::keep);
        // Tokens the parser threw away between statements may be a whole `let` it could not make
        // sense of, so each run of them is read as one piece.
        int runStart = -1;
        int runEnd = -1;
        for (ParseTree item : tree.children == null ? List.<ParseTree>of() : tree.children) {
            int index = item instanceof ErrorNode node ? node.getSymbol().getTokenIndex() : -1;
            if (index >= 0) {
                runStart = runStart < 0 ? index : runStart;
                runEnd = index;
            } else if (runStart >= 0) {
                partial.collectNames(runStart, runEnd);
                runStart = -1;
            }
        }
        if (runStart >= 0) {
            partial.collectNames(runStart, runEnd);
        }
        return new Result(partial.withStructPlaceholders(program), Set.copyOf(partial.skippedNames));
    }

    /**
     * A left-out struct is declared with no fields, so that its {@code impl} blocks do not look
     * like impls of an unknown struct. Top-level structs are visible in the whole file, so where
     * the placeholders stand does not matter; the program is never run.
     */
    private Program withStructPlaceholders(Program program) {
        if (skippedStructs.isEmpty()) {
            return program;
        }
        List<Stmt> statements = new ArrayList<>(program.statements());
        skippedStructs.forEach((name, span) -> statements.add(new Stmt.Struct(name, List.of(), span)));
        return new Program(List.copyOf(statements), program.span());
    }

    private boolean keep(StatementContext statement) {
        Token start = statement.getStart();
        Token stop = statement.getStop();
        boolean whole = start != null && stop != null && stop.getTokenIndex() >= start.getTokenIndex();
        if (whole && parsedCleanly(statement)
                && !errors.parserErrorWithin(start.getTokenIndex(), stop.getTokenIndex() + 1)
                && !errors.reportedWithin(start, stop)) {
            return true;
        }
        if (start != null) {
            collectNames(start.getTokenIndex(), stop == null ? start.getTokenIndex() : stop.getTokenIndex());
        }
        return false;
    }

    /** No error node, conjured (missing) token or failed rule anywhere in {@code tree}. */
    private static boolean parsedCleanly(ParseTree tree) {
        if (tree instanceof ErrorNode) {
            return false;
        }
        if (tree instanceof TerminalNode) {
            return true;
        }
        if (tree instanceof ParserRuleContext rule && rule.exception != null) {
            return false;
        }
        for (int i = 0; i < tree.getChildCount(); i++) {
            if (!parsedCleanly(tree.getChild(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Best effort, from the tokens alone since their tree cannot be trusted: the name after
     * {@code let}, {@code let mut}, {@code fn}, {@code struct} or {@code as}, and the names in a
     * {@code let [a, b]} pattern, outside any bracket (a nested {@code let} is not a global).
     */
    private void collectNames(int from, int to) {
        int depth = 0;
        int previous = -1;
        boolean inLetList = false;
        for (int i = Math.max(from, 0); i <= to && i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (token.getChannel() != Token.DEFAULT_CHANNEL) {
                continue;
            }
            int type = token.getType();
            if (type == IDENT && (depth == 0 && definesNext(previous) || inLetList && depth == 1)) {
                skippedNames.add(token.getText());
                if (previous == STRUCT) {
                    skippedStructs.putIfAbsent(token.getText(), Spans.of(token));
                }
            }
            if (type == LBRACKET && depth == 0 && (previous == LET || previous == MUT)) {
                inLetList = true;
            }
            depth += opens(type) ? 1 : closes(type) ? -1 : 0;
            if (depth <= 0) {
                depth = 0;
                inLetList = false;
            }
            previous = type;
        }
    }

    private static boolean definesNext(int previous) {
        return previous == LET || previous == MUT || previous == FN || previous == STRUCT || previous == AS;
    }

    private static boolean opens(int type) {
        return type == LPAREN || type == LBRACKET || type == LBRACE || type == HASH_LBRACE
                || type == INTERPOLATION_START;
    }

    private static boolean closes(int type) {
        return type == RPAREN || type == RBRACKET || type == RBRACE;
    }
}
