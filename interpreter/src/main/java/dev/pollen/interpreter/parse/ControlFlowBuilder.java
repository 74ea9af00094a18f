package dev.pollen.interpreter.parse;

import static dev.pollen.grammar.PollenParser.*;

import dev.pollen.grammar.PollenParserBaseVisitor;
import dev.pollen.interpreter.ast.Block;
import dev.pollen.interpreter.ast.Expr;
import dev.pollen.interpreter.diagnostics.Span;
import java.util.List;

/** The block-bodied expressions: blocks, {@code if}, loops, {@code match} and {@code try}. */
final class ControlFlowBuilder extends PollenParserBaseVisitor<Expr> {
    private final AstBuilder ast;

    ControlFlowBuilder(AstBuilder ast) {
        this.ast = ast;
    }

    @Override
    public Expr visitBlockExpr(BlockExprContext ctx) {
        Block block = ast.block(ctx.block());
        return new Expr.BlockExpr(block, block.span());
    }

    @Override
    public Expr visitIfExpr(IfExprContext ctx) {
        return ifExpression(ctx.ifExpression());
    }

    /** {@code else if} nests another If as the else branch; {@code else { }} is a BlockExpr. */
    private Expr.If ifExpression(IfExpressionContext ctx) {
        Expr elseBranch = null;
        if (ctx.elseIf != null) {
            elseBranch = ifExpression(ctx.elseIf);
        } else if (ctx.elseBlock != null) {
            Block block = ast.block(ctx.elseBlock);
            elseBranch = new Expr.BlockExpr(block, block.span());
        }
        return new Expr.If(ast.expression(ctx.condition), ast.block(ctx.then), elseBranch, Spans.of(ctx));
    }

    @Override
    public Expr visitWhileExpr(WhileExprContext ctx) {
        return new Expr.While(ast.expression(ctx.condition), ast.block(ctx.body), Spans.of(ctx));
    }

    @Override
    public Expr visitLoopExpr(LoopExprContext ctx) {
        return new Expr.Loop(ast.block(ctx.body), Spans.of(ctx));
    }

    @Override
    public Expr visitForExpr(ForExprContext ctx) {
        return new Expr.For(ast.binding(ctx.bindingPattern()), ast.expression(ctx.iterable), ast.block(ctx.body),
                Spans.of(ctx));
    }

    @Override
    public Expr visitMatchExpr(MatchExprContext ctx) {
        List<Expr.MatchArm> arms = AstBuilder.map(ctx.matchArm(), this::arm);
        return new Expr.Match(ast.expression(ctx.scrutinee), arms, Spans.of(ctx));
    }

    /** An arm's span runs from its pattern to the end of its body, without the {@code ,}. */
    private Expr.MatchArm arm(MatchArmContext ctx) {
        Expr guard = ctx.guard == null ? null : ast.expression(ctx.guard);
        Expr body = ast.expression(ctx.body);
        Span span = Spans.between(ctx.getStart(), ctx.body.getStop());
        return new Expr.MatchArm(ast.pattern(ctx.pattern()), guard, body, span);
    }

    @Override
    public Expr visitTryExpr(TryExprContext ctx) {
        CatchClauseContext catchClause = ctx.catchClause();
        String catchName = catchClause == null ? null : catchClause.name.getText();
        Span catchNameSpan = catchClause == null ? null : Spans.of(catchClause.name);
        Block catchBlock = catchClause == null ? null : ast.block(catchClause.body);
        Block finallyBlock = ctx.finallyClause() == null ? null : ast.block(ctx.finallyClause().body);
        return new Expr.Try(ast.block(ctx.body), catchName, catchNameSpan, catchBlock, finallyBlock, Spans.of(ctx));
    }
}
