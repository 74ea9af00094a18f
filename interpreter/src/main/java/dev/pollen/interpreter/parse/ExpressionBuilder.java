package dev.pollen.interpreter.parse;

import static dev.pollen.grammar.PollenParser.*;

import dev.pollen.grammar.PollenParserBaseVisitor;
import dev.pollen.interpreter.ast.Block;
import dev.pollen.interpreter.ast.Expr;
import dev.pollen.interpreter.ast.Param;
import java.math.BigInteger;
import java.util.List;
import org.antlr.v4.runtime.Token;

/**
 * Operators, calls, member access and the simple operands. Block-bodied forms go to the
 * control-flow builder and strings to the string builder.
 */
final class ExpressionBuilder extends PollenParserBaseVisitor<Expr> {
    private final AstBuilder ast;

    ExpressionBuilder(AstBuilder ast) {
        this.ast = ast;
    }

    // ------------------------------------------------------------ postfix

    @Override
    public Expr visitPrimaryExpr(PrimaryExprContext ctx) {
        return ctx.primary().accept(this);
    }

    @Override
    public Expr visitAwaitExpr(AwaitExprContext ctx) {
        return new Expr.Await(ast.expression(ctx.expression()), Spans.of(ctx));
    }

    @Override
    public Expr visitFieldExpr(FieldExprContext ctx) {
        return new Expr.Field(ast.expression(ctx.expression()), ctx.name.getText(), Spans.of(ctx));
    }

    /** {@code a.b(x)} is a method call; {@code (a.b)(x)} calls the value of the field. */
    @Override
    public Expr visitCallExpr(CallExprContext ctx) {
        List<Expr> args = ctx.argumentList() == null ? List.of() : ast.expressions(ctx.argumentList().expression());
        if (ctx.expression() instanceof FieldExprContext field) {
            return new Expr.MethodCall(ast.expression(field.expression()), field.name.getText(), args, Spans.of(ctx));
        }
        return new Expr.Call(ast.expression(ctx.expression()), args, Spans.of(ctx));
    }

    @Override
    public Expr visitIndexExpr(IndexExprContext ctx) {
        return new Expr.Index(ast.expression(ctx.expression(0)), ast.expression(ctx.index), Spans.of(ctx));
    }

    // ------------------------------------------------------------ operators

    /** {@code -9223372036854775808} is one literal: its magnitude alone does not fit. */
    @Override
    public Expr visitUnaryExpr(UnaryExprContext ctx) {
        if (ctx.op.getType() == MINUS && ctx.expression() instanceof PrimaryExprContext operand
                && operand.primary() instanceof IntLiteralContext literal
                && Literals.integer(literal.getText()).equals(Literals.MIN_LONG_MAGNITUDE)) {
            return new Expr.Literal(Long.MIN_VALUE, Spans.of(ctx));
        }
        return new Expr.Unary(ctx.op.getText(), ast.expression(ctx.expression()), Spans.of(ctx));
    }

    @Override
    public Expr visitMultiplicativeExpr(MultiplicativeExprContext ctx) {
        return binary(ctx.op, ctx.expression(0), ctx.expression(1), ctx);
    }

    @Override
    public Expr visitAdditiveExpr(AdditiveExprContext ctx) {
        return binary(ctx.op, ctx.expression(0), ctx.expression(1), ctx);
    }

    @Override
    public Expr visitComparisonExpr(ComparisonExprContext ctx) {
        return binary(ctx.op, ctx.expression(0), ctx.expression(1), ctx);
    }

    @Override
    public Expr visitAndExpr(AndExprContext ctx) {
        return new Expr.Logical(true, ast.expression(ctx.expression(0)), ast.expression(ctx.expression(1)),
                Spans.of(ctx));
    }

    @Override
    public Expr visitOrExpr(OrExprContext ctx) {
        return new Expr.Logical(false, ast.expression(ctx.expression(0)), ast.expression(ctx.expression(1)),
                Spans.of(ctx));
    }

    @Override
    public Expr visitRangeExpr(RangeExprContext ctx) {
        return new Expr.Range(ast.expression(ctx.expression(0)), ast.expression(ctx.expression(1)),
                ctx.op.getType() == DOT_DOT_EQ, Spans.of(ctx));
    }

    @Override
    public Expr visitAssignExpr(AssignExprContext ctx) {
        return new Expr.Assign(ast.expression(ctx.expression(0)), ctx.op.getText(), ast.expression(ctx.expression(1)),
                Spans.of(ctx));
    }

    private Expr binary(Token op, ExpressionContext left, ExpressionContext right, ExpressionContext ctx) {
        return new Expr.Binary(op.getText(), ast.expression(left), ast.expression(right), Spans.of(ctx));
    }

    // ------------------------------------------------------------ operands

    @Override
    public Expr visitIntLiteral(IntLiteralContext ctx) {
        BigInteger value = Literals.integer(ctx.getText());
        return new Expr.Literal(value.longValueExact(), Spans.of(ctx));
    }

    @Override
    public Expr visitFloatLiteral(FloatLiteralContext ctx) {
        return new Expr.Literal(Literals.floating(ctx.getText()), Spans.of(ctx));
    }

    @Override
    public Expr visitStringLiteral(StringLiteralContext ctx) {
        return ast.string(ctx.string());
    }

    @Override
    public Expr visitConstantLiteral(ConstantLiteralContext ctx) {
        return new Expr.Literal(constant(ctx.value), Spans.of(ctx));
    }

    @Override
    public Expr visitNameReference(NameReferenceContext ctx) {
        return new Expr.Name(ctx.getText(), Spans.of(ctx));
    }

    @Override
    public Expr visitSelfReference(SelfReferenceContext ctx) {
        return new Expr.Name("self", Spans.of(ctx));
    }

    @Override
    public Expr visitParenthesized(ParenthesizedContext ctx) {
        return ast.expression(ctx.expression());
    }

    @Override
    public Expr visitListLiteral(ListLiteralContext ctx) {
        return new Expr.ListLit(ast.expressions(ctx.expression()), Spans.of(ctx));
    }

    @Override
    public Expr visitMapLiteral(MapLiteralContext ctx) {
        List<Expr.MapEntry> entries = AstBuilder.map(ctx.mapEntry(),
                entry -> new Expr.MapEntry(mapKey(entry.key), ast.expression(entry.value)));
        return new Expr.MapLit(entries, Spans.of(ctx));
    }

    /** A bare identifier key is the string of its name; literal keys are themselves. */
    private Expr mapKey(MapKeyContext key) {
        if (key instanceof IdentifierKeyContext identifier) {
            return new Expr.Literal(identifier.getText(), Spans.of(identifier));
        }
        if (key instanceof StringKeyContext string) {
            return ast.string(string.string());
        }
        if (key instanceof ComputedKeyContext computed) {
            return ast.expression(computed.expression());
        }
        if (key instanceof NumberKeyContext number) {
            return new Expr.Literal(number(number.number, number.MINUS() != null), Spans.of(number));
        }
        return new Expr.Literal(constant(((ConstantKeyContext) key).value), Spans.of(key));
    }

    /** A closure whose body is not a block gets a block with that body as its tail. */
    @Override
    public Expr visitClosure(ClosureContext ctx) {
        List<Param> params = ctx.closureParameters() instanceof SomeClosureParametersContext some
                ? AstBuilder.map(some.IDENT(), name -> new Param(name.getText(), null, Spans.of(name)))
                : List.of();
        ExpressionContext body = ctx.body;
        Block block;
        if (body instanceof PrimaryExprContext primary
                && primary.primary() instanceof BlockLikePrimaryContext blockLike
                && blockLike.blockLike() instanceof BlockExprContext braces) {
            block = ast.block(braces.block());
        } else {
            Expr tail = ast.expression(body);
            block = new Block(List.of(), tail, tail.span());
        }
        return new Expr.Lambda(params, block, ctx.ASYNC() != null, Spans.of(ctx));
    }

    @Override
    public Expr visitAsyncBlock(AsyncBlockContext ctx) {
        return new Expr.AsyncBlock(ast.block(ctx.block()), Spans.of(ctx));
    }

    @Override
    public Expr visitBlockLikePrimary(BlockLikePrimaryContext ctx) {
        return ast.blockLike(ctx.blockLike());
    }

    @Override
    public Expr visitReturnExpr(ReturnExprContext ctx) {
        return new Expr.Return(optional(ctx.expression()), Spans.of(ctx));
    }

    @Override
    public Expr visitBreakExpr(BreakExprContext ctx) {
        return new Expr.Break(optional(ctx.expression()), Spans.of(ctx));
    }

    @Override
    public Expr visitContinueExpr(ContinueExprContext ctx) {
        return new Expr.Continue(Spans.of(ctx));
    }

    @Override
    public Expr visitThrowExpr(ThrowExprContext ctx) {
        return new Expr.Throw(ast.expression(ctx.expression()), Spans.of(ctx));
    }

    private Expr optional(ExpressionContext ctx) {
        return ctx == null ? null : ast.expression(ctx);
    }

    /** The value of {@code nil}, {@code true} or {@code false}. */
    static Object constant(Token token) {
        return switch (token.getType()) {
            case TRUE -> Boolean.TRUE;
            case FALSE -> Boolean.FALSE;
            default -> null;
        };
    }

    /** A Long or Double from a number token, negated when a {@code -} precedes it. */
    static Object number(Token token, boolean negated) {
        if (token.getType() == FLOAT) {
            double value = Literals.floating(token.getText());
            return negated ? -value : value;
        }
        BigInteger value = Literals.integer(token.getText());
        return (negated ? value.negate() : value).longValueExact();
    }
}
