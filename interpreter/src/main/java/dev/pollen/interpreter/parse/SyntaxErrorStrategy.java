package dev.pollen.interpreter.parse;

import dev.pollen.grammar.PollenLexer;
import dev.pollen.grammar.PollenParser;
import dev.pollen.interpreter.diagnostics.Span;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.FailedPredicateException;
import org.antlr.v4.runtime.InputMismatchException;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.RuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.misc.IntervalSet;

/**
 * ANTLR's recovery (resynchronise and go on, so one run finds every error) with messages for
 * people: <code>expected expression, found ';'</code>, <code>unexpected '}'</code>,
 * {@code expected '=>' in match arm, found 'x'}. Nothing reaches ANTLR's listeners or the console.
 */
final class SyntaxErrorStrategy extends DefaultErrorStrategy {
    private static final String BLOCK_ENDS_STATEMENT =
            "a statement that starts with a block ends at its '}'; put the block in parentheses to use its value";

    private final ErrorCollector errors;
    private final Brackets brackets;

    SyntaxErrorStrategy(ErrorCollector errors, Brackets brackets) {
        this.errors = errors;
        this.brackets = brackets;
    }

    /**
     * Like ANTLR's, but a keyword where a name or other token was expected is more likely a
     * missing token than a stray one ({@code for in xs}), so insertion is tried first then.
     */
    @Override
    public Token recoverInline(Parser parser) throws RecognitionException {
        if (isKeyword(parser.getCurrentToken()) && singleTokenInsertion(parser)) {
            return getMissingSymbol(parser);
        }
        Token deleted = singleTokenDeletion(parser);
        if (deleted != null) {
            parser.consume();
            return deleted;
        }
        Token closer = skipToCloser(parser);
        if (closer != null) {
            return closer;
        }
        if (singleTokenInsertion(parser)) {
            return getMissingSymbol(parser);
        }
        throw mismatch(parser);
    }

    /**
     * A closer that pairs with an opener is structure, not a stray token: deleting it would
     * let the bracket run on into the next statements. Recovery resynchronises on it instead.
     */
    @Override
    protected Token singleTokenDeletion(Parser parser) {
        if (brackets.isPairedCloser(parser.getInputStream().index())) {
            return null;
        }
        return super.singleTokenDeletion(parser);
    }

    /**
     * When the parser wants the closer of the bracket it is in ({@code foo(1, 2 3, 4)} wants
     * {@code )} at {@code 3}), reports the error and skips to that closer. Since a statement may
     * follow an expression without {@code ;} in the grammar, ANTLR would otherwise "insert" the
     * closer and report every leftover token of the bracket as one more error.
     */
    private Token skipToCloser(Parser parser) {
        int current = parser.getInputStream().index();
        int closer = brackets.closerOf(brackets.enclosingOpener(current));
        if (closer <= current) {
            return null;
        }
        if (!getExpectedTokens(parser).contains(parser.getInputStream().get(closer).getType())) {
            return null;
        }
        reportError(parser, mismatch(parser));
        while (parser.getInputStream().index() < closer) {
            parser.consume();
        }
        Token matched = parser.getCurrentToken();
        reportMatch(parser);
        parser.consume();
        return matched;
    }

    private InputMismatchException mismatch(Parser parser) {
        return nextTokensContext == null ? new InputMismatchException(parser)
                : new InputMismatchException(parser, nextTokensState, nextTokensContext);
    }

    /** What could come here; like ANTLR, also what could have continued before the last optional part. */
    private IntervalSet expectedHere(Parser parser) {
        IntervalSet expected = new IntervalSet(getExpectedTokens(parser));
        if (nextTokensContext != null) {
            expected.addAll(parser.getATN().getExpectedTokens(nextTokensState, nextTokensContext));
        }
        return expected;
    }

    /**
     * When the error sits inside a bracket that the failing rule opened (an argument list, a
     * map literal, an impl body), skip to that bracket's closer and take it: the rest of the
     * bracket belongs to this rule, and resuming in the middle of it would report its leftovers
     * as more errors. Elsewhere ANTLR's resynchronisation on the follow set does well.
     */
    @Override
    public void recover(Parser parser, RecognitionException e) {
        int current = parser.getInputStream().index();
        int opener = brackets.enclosingOpener(current);
        int closer = brackets.closerOf(opener);
        ParserRuleContext rule = parser.getContext();
        if (opener >= 0 && closer >= current && rule != null && rule.getStart() != null
                && opener >= rule.getStart().getTokenIndex()) {
            while (parser.getInputStream().index() < closer) {
                parser.consume();
            }
            parser.consume();
            return;
        }
        super.recover(parser, e);
    }

    /** Keywords are the tokens whose literal is a word, such as {@code 'let'}. */
    private static boolean isKeyword(Token token) {
        String literal = PollenLexer.VOCABULARY.getLiteralName(token.getType());
        return literal != null && Character.isLetter(literal.charAt(1));
    }

    @Override
    public void reportError(Parser parser, RecognitionException e) {
        Token offending = e.getOffendingToken() != null ? e.getOffendingToken() : parser.getCurrentToken();
        errors.noteParserError(offending);
        if (inErrorRecoveryMode(parser)) {
            return;
        }
        beginErrorCondition(parser);
        if (e instanceof FailedPredicateException failed) {
            reportFailedPredicate(parser, failed, offending);
            return;
        }
        RuleContext context = e.getCtx() != null ? e.getCtx() : parser.getContext();
        IntervalSet expected = e.getExpectedTokens() != null ? e.getExpectedTokens() : parser.getExpectedTokens();
        reportExpected(parser, offending, expected, context);
    }

    /**
     * The grammar's predicates fail only where one statement runs into the next: after a
     * statement-ending block ({@code { 1 } * 2}), or without a {@code ;} before a token that
     * could have continued the expression ({@code let mut x (1)}).
     */
    private void reportFailedPredicate(Parser parser, FailedPredicateException e, Token offending) {
        if (e.getPredicate() != null && e.getPredicate().contains("statementMayStartHere")) {
            errors.parserError(offending, "expected ';' before " + TokenNames.found(offending),
                    at(parser, offending), null);
        } else {
            errors.parserError(offending, "unexpected " + TokenNames.found(offending), at(parser, offending),
                    BLOCK_ENDS_STATEMENT);
        }
    }

    /**
     * ANTLR leaves recovery mode, and reports errors again, as soon as any token matches. Here
     * it takes a token that ends a statement, an item or a bracket: the tokens between an error
     * and the next such boundary are usually leftovers of the same mistake.
     */
    @Override
    public void reportMatch(Parser parser) {
        switch (parser.getCurrentToken().getType()) {
            case PollenLexer.SEMI, PollenLexer.COMMA, PollenLexer.RBRACE, PollenLexer.RPAREN, PollenLexer.RBRACKET,
                    PollenLexer.LET, PollenLexer.FN, PollenLexer.STRUCT, PollenLexer.IMPL, PollenLexer.IMPORT,
                    Token.EOF -> endErrorCondition(parser);
            default -> { }
        }
    }

    @Override
    protected void reportUnwantedToken(Parser parser) {
        errors.noteParserError(parser.getCurrentToken());
        if (inErrorRecoveryMode(parser)) {
            return;
        }
        beginErrorCondition(parser);
        Token unwanted = parser.getCurrentToken();
        String label = ((PollenParser) parser).atStatementBlockEnd() ? BLOCK_ENDS_STATEMENT
                : "expected " + TokenNames.expected(expectedHere(parser), false);
        errors.parserError(unwanted, "unexpected " + TokenNames.found(unwanted), at(parser, unwanted), label);
    }

    @Override
    protected void reportMissingToken(Parser parser) {
        errors.noteParserError(parser.getCurrentToken());
        if (inErrorRecoveryMode(parser)) {
            return;
        }
        beginErrorCondition(parser);
        reportExpected(parser, parser.getCurrentToken(), expectedHere(parser), parser.getContext());
    }

    private void reportExpected(Parser parser, Token found, IntervalSet expected, RuleContext context) {
        String where = ErrorPlaces.where(context);
        IntervalSet wanted = expected;
        if (context instanceof PollenParser.MatchArmContext && expected.contains(PollenLexer.FAT_ARROW)) {
            wanted = IntervalSet.of(PollenLexer.FAT_ARROW); // not "'if' or '=>'": the guard is optional
        }
        String headline = "expected " + TokenNames.expected(wanted, !where.isEmpty()) + where
                + ", found " + TokenNames.found(found);
        errors.parserError(found, headline, at(parser, found), null);
    }

    /** The token's own span; at the end of the input, the place just past the last real token. */
    private static Span at(Parser parser, Token token) {
        if (token.getType() != Token.EOF) {
            return Spans.of(token);
        }
        TokenStream tokens = parser.getInputStream();
        for (int i = token.getTokenIndex() - 1; i >= 0; i--) {
            Token previous = tokens.get(i);
            if (previous.getChannel() == Token.DEFAULT_CHANNEL) {
                return Spans.after(previous);
            }
        }
        return Spans.of(token);
    }
}
