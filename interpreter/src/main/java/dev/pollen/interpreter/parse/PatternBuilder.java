package dev.pollen.interpreter.parse;

import static dev.pollen.grammar.PollenParser.*;

import dev.pollen.grammar.PollenParserBaseVisitor;
import dev.pollen.interpreter.ast.Expr;
import dev.pollen.interpreter.ast.Pattern;
import dev.pollen.interpreter.diagnostics.Span;
import java.util.List;

/**
 * Patterns of {@code match} arms, and the binding patterns of {@code let} and {@code for}.
 * {@code _} is the wildcard everywhere; {@code Pending} is a pattern only in {@code match}.
 */
final class PatternBuilder extends PollenParserBaseVisitor<Pattern> {
    private static final String WILDCARD = "_";

    private final AstBuilder ast;

    PatternBuilder(AstBuilder ast) {
        this.ast = ast;
    }

    /** One alternative is itself; several make an Or. */
    Pattern pattern(PatternContext ctx) {
        List<Pattern> alternatives = AstBuilder.map(ctx.simplePattern(), alternative -> alternative.accept(this));
        return alternatives.size() == 1 ? alternatives.get(0) : new Pattern.Or(alternatives, Spans.of(ctx));
    }

    @Override
    public Pattern visitNumberPattern(NumberPatternContext ctx) {
        return new Pattern.Literal(ExpressionBuilder.number(ctx.number, ctx.MINUS() != null), Spans.of(ctx));
    }

    @Override
    public Pattern visitStringPattern(StringPatternContext ctx) {
        Expr.Literal string = (Expr.Literal) ast.string(ctx.string());
        return new Pattern.Literal(string.value(), Spans.of(ctx));
    }

    @Override
    public Pattern visitConstantPattern(ConstantPatternContext ctx) {
        return new Pattern.Literal(ExpressionBuilder.constant(ctx.value), Spans.of(ctx));
    }

    @Override
    public Pattern visitListPattern(ListPatternContext ctx) {
        return new Pattern.ListPat(AstBuilder.map(ctx.pattern(), this::pattern), Spans.of(ctx));
    }

    @Override
    public Pattern visitReadyPattern(ReadyPatternContext ctx) {
        return new Pattern.Ready(pattern(ctx.pattern()), Spans.of(ctx));
    }

    @Override
    public Pattern visitNamePattern(NamePatternContext ctx) {
        Span span = Spans.of(ctx);
        return switch (ctx.name.getText()) {
            case WILDCARD -> new Pattern.Wildcard(span);
            case "Pending" -> new Pattern.Pending(span);
            default -> new Pattern.Bind(ctx.name.getText(), span);
        };
    }

    @Override
    public Pattern visitBindingName(BindingNameContext ctx) {
        String name = ctx.IDENT().getText();
        return name.equals(WILDCARD) ? new Pattern.Wildcard(Spans.of(ctx)) : new Pattern.Bind(name, Spans.of(ctx));
    }

    @Override
    public Pattern visitBindingList(BindingListContext ctx) {
        return new Pattern.ListPat(AstBuilder.map(ctx.bindingPattern(), item -> item.accept(this)), Spans.of(ctx));
    }
}
