package dev.pollen.interpreter.parse;

import dev.pollen.grammar.PollenParser.BindingPatternContext;
import dev.pollen.grammar.PollenParser.BlockContext;
import dev.pollen.grammar.PollenParser.BlockLikeContext;
import dev.pollen.grammar.PollenParser.ExpressionContext;
import dev.pollen.grammar.PollenParser.PatternContext;
import dev.pollen.grammar.PollenParser.ProgramContext;
import dev.pollen.grammar.PollenParser.StatementContext;
import dev.pollen.grammar.PollenParser.StringContext;
import dev.pollen.interpreter.ast.Block;
import dev.pollen.interpreter.ast.Expr;
import dev.pollen.interpreter.ast.Pattern;
import dev.pollen.interpreter.ast.Program;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Turns a parse tree that had no errors into AST records. One builder per concern (statements,
 * expressions, control flow, patterns, strings); this class wires them together so each can
 * hand the parts it does not know to the others.
 */
final class AstBuilder {
    private final StatementBuilder statements = new StatementBuilder(this);
    private final ExpressionBuilder expressions = new ExpressionBuilder(this);
    private final ControlFlowBuilder controlFlow = new ControlFlowBuilder(this);
    private final PatternBuilder patterns = new PatternBuilder(this);
    private final StringLiteralBuilder strings = new StringLiteralBuilder(this);

    private AstBuilder() {}

    static Program build(ProgramContext program) {
        return new AstBuilder().statements.program(program);
    }

    /** The program of the top-level statements {@code keep} accepts; the others are left out. */
    static Program buildPartial(ProgramContext program, Predicate<StatementContext> keep) {
        return new AstBuilder().statements.program(program, keep);
    }

    Expr expression(ExpressionContext ctx) {
        return ctx.accept(expressions);
    }

    /** Each expression of {@code list}, in order, as an unmodifiable list. */
    List<Expr> expressions(List<ExpressionContext> list) {
        return map(list, this::expression);
    }

    Expr blockLike(BlockLikeContext ctx) {
        return ctx.accept(controlFlow);
    }

    Block block(BlockContext ctx) {
        return statements.block(ctx);
    }

    Pattern pattern(PatternContext ctx) {
        return patterns.pattern(ctx);
    }

    Pattern binding(BindingPatternContext ctx) {
        return ctx.accept(patterns);
    }

    /** A string Literal, or an Interpolation when the string holds {@code ${...}}. */
    Expr string(StringContext ctx) {
        return strings.build(ctx);
    }

    static <T, R> List<R> map(List<T> items, Function<T, R> convert) {
        return items.stream().map(convert).toList();
    }
}
