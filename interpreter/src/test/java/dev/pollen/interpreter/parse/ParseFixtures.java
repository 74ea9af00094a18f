package dev.pollen.interpreter.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pollen.interpreter.ast.Block;
import dev.pollen.interpreter.ast.Expr;
import dev.pollen.interpreter.ast.Param;
import dev.pollen.interpreter.ast.Pattern;
import dev.pollen.interpreter.ast.Program;
import dev.pollen.interpreter.diagnostics.Span;
import dev.pollen.interpreter.ast.Stmt;
import dev.pollen.interpreter.diagnostics.Diagnostic;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;

/**
 * Parses snippets for the parser tests and builds expected ASTs. Expected trees carry
 * {@link Span#NONE}; {@link #withoutSpans} erases the spans of parsed trees so the two compare
 * with {@code equals}. Span positions have tests of their own.
 */
final class ParseFixtures {
    private static final Span NO_SPAN = Span.NONE;

    private ParseFixtures() {}

    // ------------------------------------------------------------ parsing

    /** Parses a snippet as a REPL entry: its last statement may leave out its {@code ;}. */
    static ParseResult parse(String source) {
        return SourceParser.parse(source, "test.pln", true);
    }

    /** The program of source that must parse, spans kept. */
    static Program parsed(String source) {
        ParseResult result = parse(source);
        assertThat(result.errors()).as("errors in %s", source).isEmpty();
        assertThat(result.program()).isNotNull();
        return result.program();
    }

    static List<Stmt> statements(String source) {
        return withoutSpans(parsed(source)).statements();
    }

    static Stmt statement(String source) {
        List<Stmt> statements = statements(source);
        assertThat(statements).as("statements of %s", source).hasSize(1);
        return statements.get(0);
    }

    /** The expression of a source holding one expression statement. */
    static Expr expression(String source) {
        Stmt statement = statement(source);
        assertThat(statement).isInstanceOf(Stmt.ExprStmt.class);
        return ((Stmt.ExprStmt) statement).expr();
    }

    /** Each error as {@code line:column headline}. */
    static List<String> errors(String source) {
        ParseResult result = parse(source);
        assertThat(result.program()).as("program of a source with errors").isNull();
        return result.errors().stream().map(ParseFixtures::describe).toList();
    }

    static String describe(Diagnostic diagnostic) {
        return diagnostic.span().line() + ":" + diagnostic.span().column() + " " + diagnostic.headline();
    }

    /** A copy of an AST (or list of them) with every span replaced by {@link Span#NONE}. */
    @SuppressWarnings("unchecked")
    static <T> T withoutSpans(T node) {
        if (node instanceof Span) {
            return (T) NO_SPAN;
        }
        if (node instanceof List<?> list) {
            return (T) list.stream().map(ParseFixtures::withoutSpans).toList();
        }
        if (node instanceof Record record && record.getClass().getPackageName().endsWith(".ast")) {
            try {
                RecordComponent[] components = record.getClass().getRecordComponents();
                Object[] values = new Object[components.length];
                for (int i = 0; i < components.length; i++) {
                    values[i] = withoutSpans(components[i].getAccessor().invoke(record));
                }
                Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
                return (T) record.getClass().getDeclaredConstructor(types).newInstance(values);
            } catch (ReflectiveOperationException e) {
                throw new AssertionError(e);
            }
        }
        return node;
    }

    // ------------------------------------------------------------ expected expressions

    static Expr lit(Object value) {
        return new Expr.Literal(value, NO_SPAN);
    }

    static Expr name(String name) {
        return new Expr.Name(name, NO_SPAN);
    }

    static Expr bin(String op, Expr left, Expr right) {
        return new Expr.Binary(op, left, right, NO_SPAN);
    }

    static Expr and(Expr left, Expr right) {
        return new Expr.Logical(true, left, right, NO_SPAN);
    }

    static Expr or(Expr left, Expr right) {
        return new Expr.Logical(false, left, right, NO_SPAN);
    }

    static Expr unary(String op, Expr operand) {
        return new Expr.Unary(op, operand, NO_SPAN);
    }

    static Expr call(Expr callee, Expr... args) {
        return new Expr.Call(callee, List.of(args), NO_SPAN);
    }

    static Expr method(Expr receiver, String name, Expr... args) {
        return new Expr.MethodCall(receiver, name, List.of(args), NO_SPAN);
    }

    static Expr field(Expr receiver, String name) {
        return new Expr.Field(receiver, name, NO_SPAN);
    }

    static Expr index(Expr target, Expr index) {
        return new Expr.Index(target, index, NO_SPAN);
    }

    static Expr await(Expr operand) {
        return new Expr.Await(operand, NO_SPAN);
    }

    static Expr range(Expr start, Expr end, boolean inclusive) {
        return new Expr.Range(start, end, inclusive, NO_SPAN);
    }

    static Expr assign(Expr target, String op, Expr value) {
        return new Expr.Assign(target, op, value, NO_SPAN);
    }

    static Expr list(Expr... items) {
        return new Expr.ListLit(List.of(items), NO_SPAN);
    }

    static Expr.MapEntry entry(Expr key, Expr value) {
        return new Expr.MapEntry(key, value);
    }

    static Expr map(Expr.MapEntry... entries) {
        return new Expr.MapLit(List.of(entries), NO_SPAN);
    }

    static Expr interpolation(Expr... parts) {
        return new Expr.Interpolation(List.of(parts), NO_SPAN);
    }

    static Expr lambda(boolean async, List<String> params, Block body) {
        List<Param> parameters = params.stream().map(p -> new Param(p, null, NO_SPAN)).toList();
        return new Expr.Lambda(parameters, body, async, NO_SPAN);
    }

    static Expr blockExpr(Block block) {
        return new Expr.BlockExpr(block, NO_SPAN);
    }

    static Expr ifElse(Expr condition, Block then, Expr elseBranch) {
        return new Expr.If(condition, then, elseBranch, NO_SPAN);
    }

    // ------------------------------------------------------------ expected blocks, statements, patterns

    static Block block(List<Stmt> statements, Expr tail) {
        return new Block(statements, tail, NO_SPAN);
    }

    /** A block whose only content is its tail. */
    static Block tail(Expr tail) {
        return block(List.of(), tail);
    }

    static Stmt exprStmt(Expr expr, boolean terminated) {
        return new Stmt.ExprStmt(expr, terminated, NO_SPAN);
    }

    static Stmt let(Pattern pattern, boolean mutable, Expr init) {
        return new Stmt.Let(pattern, mutable, init, NO_SPAN);
    }

    static Param param(String name, Expr defaultValue) {
        return new Param(name, defaultValue, NO_SPAN);
    }

    static Pattern bind(String name) {
        return new Pattern.Bind(name, NO_SPAN);
    }

    static Pattern wildcard() {
        return new Pattern.Wildcard(NO_SPAN);
    }

    static Pattern literalPattern(Object value) {
        return new Pattern.Literal(value, NO_SPAN);
    }

    static Pattern listPattern(Pattern... items) {
        return new Pattern.ListPat(List.of(items), NO_SPAN);
    }

    static Pattern ready(Pattern inner) {
        return new Pattern.Ready(inner, NO_SPAN);
    }

    static Pattern pending() {
        return new Pattern.Pending(NO_SPAN);
    }

    static Pattern anyOf(Pattern... alternatives) {
        return new Pattern.Or(List.of(alternatives), NO_SPAN);
    }
}
