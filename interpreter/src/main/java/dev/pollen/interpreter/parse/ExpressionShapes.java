package dev.pollen.interpreter.parse;

import dev.pollen.grammar.PollenParser.BlockLikePrimaryContext;
import dev.pollen.grammar.PollenParser.ExpressionContext;
import dev.pollen.grammar.PollenParser.ParenthesizedContext;
import dev.pollen.grammar.PollenParser.PrimaryExprContext;

/** Questions about the shape of an expression's parse tree that several passes ask. */
final class ExpressionShapes {
    private ExpressionShapes() {}

    /** {@code ((e))} is {@code e}: parentheses group but leave no trace in the AST. */
    static ExpressionContext unparenthesized(ExpressionContext expression) {
        ExpressionContext current = expression;
        while (current instanceof PrimaryExprContext primary
                && primary.primary() instanceof ParenthesizedContext parenthesized
                && parenthesized.expression() != null) {
            current = parenthesized.expression();
        }
        return current;
    }

    /**
     * True when the whole expression is an {@code if}, {@code match}, loop, {@code try} or
     * {@code {}}: such a statement needs no {@code ;}, and such a match arm no {@code ,}.
     */
    static boolean isBlockLike(ExpressionContext expression) {
        return expression instanceof PrimaryExprContext primary && primary.primary() instanceof BlockLikePrimaryContext;
    }
}
