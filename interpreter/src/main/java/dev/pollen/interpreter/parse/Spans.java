package dev.pollen.interpreter.parse;

import dev.pollen.interpreter.diagnostics.Span;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * Source spans of tokens and parse-tree nodes. ANTLR counts columns from 0 in code points;
 * spans count from 1, and their end is the position just past the last character.
 */
final class Spans {
    private Spans() {}

    static Span of(Token token) {
        int[] end = end(token);
        return new Span(token.getLine(), token.getCharPositionInLine() + 1, end[0], end[1]);
    }

    static Span of(TerminalNode node) {
        return of(node.getSymbol());
    }

    static Span of(ParserRuleContext ctx) {
        return between(ctx.getStart(), ctx.getStop() == null ? ctx.getStart() : ctx.getStop());
    }

    /** From the start of {@code first} to the end of {@code last}. */
    static Span between(Token first, Token last) {
        int[] end = end(last);
        return new Span(first.getLine(), first.getCharPositionInLine() + 1, end[0], end[1]);
    }

    /** A one-character span just past {@code token}: where a missing {@code ;} belongs. */
    static Span after(Token token) {
        int[] end = end(token);
        return new Span(end[0], end[1], end[0], end[1] + 1);
    }

    /** Line and column just past the last character of {@code token}. */
    static int[] end(Token token) {
        int line = token.getLine();
        int column = token.getCharPositionInLine() + 1;
        if (token.getType() == Token.EOF) {
            return new int[] {line, column};
        }
        String text = token.getText();
        int lastNewline = text.lastIndexOf('\n');
        if (lastNewline < 0) {
            return new int[] {line, column + text.codePointCount(0, text.length())};
        }
        int newlines = (int) text.chars().filter(c -> c == '\n').count();
        String tail = text.substring(lastNewline + 1);
        return new int[] {line + newlines, tail.codePointCount(0, tail.length()) + 1};
    }
}
