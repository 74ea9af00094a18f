package dev.pollen.interpreter.parse;

import static dev.pollen.grammar.PollenParser.*;

import dev.pollen.interpreter.ast.Expr;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.Token;

/**
 * String literals: decodes escapes and splits {@code "a ${x} b"} into its text and expression
 * parts. Adjacent text and escapes merge into one Literal; empty text between parts is dropped.
 */
final class StringLiteralBuilder {
    private final AstBuilder ast;

    StringLiteralBuilder(AstBuilder ast) {
        this.ast = ast;
    }

    Expr build(StringContext ctx) {
        Parts parts = new Parts();
        boolean interpolated = false;
        for (StringPartContext part : ctx.stringPart()) {
            if (part instanceof InterpolationPartContext interpolation) {
                interpolated = true;
                parts.expression(ast.expression(interpolation.expression()));
            } else {
                parts.text(part.getStart(), decode(part));
            }
        }
        List<Expr> built = parts.finish();
        // Only plain text folds into one literal: `${nil}` is a part to print, not text.
        if (!interpolated) {
            String text = built.isEmpty() ? "" : (String) ((Expr.Literal) built.get(0)).value();
            return new Expr.Literal(text, Spans.of(ctx));
        }
        return new Expr.Interpolation(built, Spans.of(ctx));
    }

    private static String decode(StringPartContext part) {
        String text = part.getText();
        if (part instanceof EscapePartContext) {
            return String.valueOf(Literals.escape(text));
        }
        if (part instanceof UnicodeEscapePartContext) {
            return Character.toString(Literals.unicodeEscape(text));
        }
        return text; // plain text; a bad escape never gets here, it is a reported error
    }

    /** Collects text runs between expressions. */
    private static final class Parts {
        private final List<Expr> parts = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private Token textStart;
        private Token textEnd;

        void text(Token token, String decoded) {
            if (textStart == null) {
                textStart = token;
            }
            textEnd = token;
            text.append(decoded);
        }

        void expression(Expr expression) {
            flush();
            parts.add(expression);
        }

        List<Expr> finish() {
            flush();
            return List.copyOf(parts);
        }

        private void flush() {
            if (textStart != null && text.length() > 0) {
                parts.add(new Expr.Literal(text.toString(), Spans.between(textStart, textEnd)));
            }
            text.setLength(0);
            textStart = null;
        }
    }
}
