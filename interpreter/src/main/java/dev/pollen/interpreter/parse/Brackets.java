package dev.pollen.interpreter.parse;

import static dev.pollen.grammar.PollenLexer.*;

import java.util.Arrays;
import java.util.List;
import org.antlr.v4.runtime.Token;

/**
 * Which brackets pair up in the token stream: parentheses, square brackets, braces (also the
 * ones that open map literals and interpolations) and string quotes. Error
 * recovery uses it to skip to the end of the bracket an error sits in, the lexical checks to
 * find what is still open at the end of the input. A closer that matches no open bracket is
 * left for the parser to report; closing an outer bracket closes the ones inside it.
 *
 * <p>It also finds the first bracket nested deeper than {@link #MAX_DEPTH}: every bracket but a
 * string's quote opens at least two levels of the parse tree, so the parse would stop there with
 * "nesting too deep" anyway, and stopping before the parse spares its prediction, which looked
 * ahead over all of thousands of nested braces at every choice (minutes for a few KB).
 */
final class Brackets {
    private final int[] closer;
    private final int[] enclosing;
    private final int unclosed;
    private final int tooDeep;

    /** Brackets (string quotes aside) nested deeper than this nest the parse tree too deeply. */
    static final int MAX_DEPTH = NestingLimitedParser.MAX_DEPTH / 2;

    private Brackets(int[] closer, int[] enclosing, int unclosed, int tooDeep) {
        this.closer = closer;
        this.enclosing = enclosing;
        this.unclosed = unclosed;
        this.tooDeep = tooDeep;
    }

    static Brackets scan(List<Token> tokens) {
        int count = tokens.size();
        int[] closer = new int[count];
        int[] enclosing = new int[count];
        Arrays.fill(closer, -1);
        int[] open = new int[count];
        int depth = 0;
        // levels[d]: how many of the brackets open[0 .. d-1] count towards MAX_DEPTH
        int[] levels = new int[count + 1];
        int tooDeep = -1;
        // For each kind of closer, the depths (in open) of its openers, innermost last: a closer
        // finds its opener without scanning the brackets of other kinds above it, so a run of
        // stray closers stays linear. Closing a bracket drops the entries above it from every kind.
        int[][] byKind = new int[KINDS][16];
        int[] kindCount = new int[KINDS];
        for (int i = 0; i < count; i++) {
            int type = tokens.get(i).getType();
            enclosing[i] = depth > 0 ? open[depth - 1] : -1;
            if (isCloser(type)) {
                int kind = kind(type);
                if (kindCount[kind] > 0) {
                    int match = byKind[kind][kindCount[kind] - 1];
                    closer[open[match]] = i;
                    enclosing[i] = open[match];
                    depth = match;
                    for (int k = 0; k < KINDS; k++) {
                        while (kindCount[k] > 0 && byKind[k][kindCount[k] - 1] >= depth) {
                            kindCount[k]--;
                        }
                    }
                }
            } else if (isOpener(type)) {
                int kind = kind(closerType(type));
                if (kindCount[kind] == byKind[kind].length) {
                    byKind[kind] = Arrays.copyOf(byKind[kind], kindCount[kind] * 2);
                }
                byKind[kind][kindCount[kind]++] = depth;
                levels[depth + 1] = levels[depth] + (type == STRING_START ? 0 : 1);
                if (levels[depth + 1] > MAX_DEPTH && tooDeep < 0) {
                    tooDeep = i;
                }
                open[depth++] = i;
            }
        }
        return new Brackets(closer, enclosing, depth > 0 ? open[depth - 1] : -1, tooDeep);
    }

    private static final int KINDS = 4;

    private static int kind(int closerType) {
        return switch (closerType) {
            case RPAREN -> 0;
            case RBRACKET -> 1;
            case STRING_END -> 2;
            default -> 3;
        };
    }

    /** The index of the closer of the bracket opened at {@code opener}, or -1 if it never closes. */
    int closerOf(int opener) {
        return opener >= 0 && opener < closer.length ? closer[opener] : -1;
    }

    /** The index of the innermost opener around {@code token} (a closer's own opener), or -1. */
    int enclosingOpener(int token) {
        return token >= 0 && token < enclosing.length ? enclosing[token] : -1;
    }

    /** True when the token at {@code index} closes a bracket opened earlier. */
    boolean isPairedCloser(int index) {
        return closerOf(enclosingOpener(index)) == index;
    }

    /** The first bracket nested deeper than {@link #MAX_DEPTH}, or -1. */
    int tooDeep() {
        return tooDeep;
    }

    /** The innermost bracket or string still open at the end of the input, or -1. */
    int innermostUnclosed() {
        return unclosed;
    }

    static int closerType(int opener) {
        return switch (opener) {
            case LPAREN -> RPAREN;
            case LBRACKET -> RBRACKET;
            case STRING_START -> STRING_END;
            default -> RBRACE;
        };
    }

    private static boolean isOpener(int type) {
        return type == LPAREN || type == LBRACKET || type == LBRACE || type == HASH_LBRACE
                || type == INTERPOLATION_START || type == STRING_START;
    }

    private static boolean isCloser(int type) {
        return type == RPAREN || type == RBRACKET || type == RBRACE || type == STRING_END;
    }
}
