package dev.pollen.interpreter.parse;

import dev.pollen.grammar.PollenParser;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;

/**
 * The generated parser with a bound on how deeply the parse tree nests: brackets, blocks, prefix
 * operators and chains of binary operators, calls or {@code .await} all deepen it. Past
 * {@link #MAX_DEPTH} levels the parse stops with {@link TooDeep}, so that neither ANTLR's
 * recursion and error recovery (whose cost grows with the depth at every error) nor the walkers
 * after it (which recurse once per level) can take quadratic time or overflow the stack, however
 * broken the input.
 *
 * <p>The depth is tracked with counters, not by walking the context chain: entering a rule adds
 * one level, and so does each turn of a left-recursive rule (each operator of {@code a + b + c}
 * nests the tree one level deeper without any Java recursion).
 */
final class NestingLimitedParser extends PollenParser {
    /**
     * About 200 nested blocks, 500 nested parentheses or 1 000 operands in one chain: far beyond
     * what people write, and shallow enough to parse, check and run on a host thread's 1 MB stack.
     */
    static final int MAX_DEPTH = 1_000;

    private int depth;
    /** Turns of each left-recursive rule invocation still open, innermost last. */
    private int[] turns = new int[64];
    private int recursions;

    NestingLimitedParser(TokenStream input) {
        super(input);
    }

    /** Thrown when the parse tree would nest deeper than {@link #MAX_DEPTH} at {@code token}. */
    static final class TooDeep extends RuntimeException {
        final transient Token token;

        TooDeep(Token token) {
            super(null, null, false, false);
            this.token = token;
        }
    }

    @Override
    public void enterRule(ParserRuleContext localctx, int state, int ruleIndex) {
        deeper();
        super.enterRule(localctx, state, ruleIndex);
    }

    @Override
    public void exitRule() {
        depth--;
        super.exitRule();
    }

    @Override
    public void enterRecursionRule(ParserRuleContext localctx, int state, int ruleIndex, int precedence) {
        deeper();
        if (recursions == turns.length) {
            turns = java.util.Arrays.copyOf(turns, recursions * 2);
        }
        turns[recursions++] = 0;
        super.enterRecursionRule(localctx, state, ruleIndex, precedence);
    }

    @Override
    public void pushNewRecursionContext(ParserRuleContext localctx, int state, int ruleIndex) {
        deeper();
        turns[recursions - 1]++;
        super.pushNewRecursionContext(localctx, state, ruleIndex);
    }

    @Override
    public void unrollRecursionContexts(ParserRuleContext parentctx) {
        depth -= 1 + turns[--recursions];
        super.unrollRecursionContexts(parentctx);
    }

    private void deeper() {
        if (++depth > MAX_DEPTH) {
            throw new TooDeep(getCurrentToken());
        }
    }
}
