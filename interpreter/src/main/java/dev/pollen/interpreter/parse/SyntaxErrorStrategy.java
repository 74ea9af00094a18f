package dev.pollen.interpreter.parse;

import dev.pollen.grammar.PollenParser;
import dev.pollen.interpreter.ast.Span;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.FailedPredicateException;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.RuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.misc.IntervalSet;

/**
 * ANTLR's recovery (resynchronise and go on, so one run finds every error) with messages for
 * people: {@code expected expression, found ';'}, {@code unexpected '}'},
 * {@code expected '=>' in match arm, found 'x'}. Nothing reaches ANTLR's listeners or the console.
 */
final class SyntaxErrorStrategy extends DefaultErrorStrategy {
    private static final String BLOCK_ENDS_STATEMENT =
            "a statement that starts with a block ends at its '}'; put the block in parentheses to use its value";

    private final ErrorCollector errors;

    SyntaxErrorStrategy(ErrorCollector errors) {
        this.errors = errors;
    }

    @Override
    public void reportError(Parser parser, RecognitionException e) {
        if (inErrorRecoveryMode(parser)) {
            return;
        }
        beginErrorCondition(parser);
        Token offending = e.getOffendingToken() != null ? e.getOffendingToken() : parser.getCurrentToken();
        if (e instanceof FailedPredicateException) {
            errors.parserError(offending, "unexpected " + TokenNames.found(offending), at(parser, offending),
                    BLOCK_ENDS_STATEMENT);
            return;
        }
        RuleContext context = e.getCtx() != null ? e.getCtx() : parser.getContext();
        IntervalSet expected = e.getExpectedTokens() != null ? e.getExpectedTokens() : parser.getExpectedTokens();
        reportExpected(parser, offending, expected, context);
    }

    @Override
    protected void reportUnwantedToken(Parser parser) {
        if (inErrorRecoveryMode(parser)) {
            return;
        }
        beginErrorCondition(parser);
        Token unwanted = parser.getCurrentToken();
        errors.parserError(unwanted, "unexpected " + TokenNames.found(unwanted), at(parser, unwanted),
                "expected " + TokenNames.expected(getExpectedTokens(parser)));
    }

    @Override
    protected void reportMissingToken(Parser parser) {
        if (inErrorRecoveryMode(parser)) {
            return;
        }
        beginErrorCondition(parser);
        reportExpected(parser, parser.getCurrentToken(), getExpectedTokens(parser), parser.getContext());
    }

    private void reportExpected(Parser parser, Token found, IntervalSet expected, RuleContext context) {
        String headline = "expected " + TokenNames.expected(expected) + Phrases.where(context)
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

    /** Where in the program an error sits, named after the rule being parsed. */
    static final class Phrases {
        private Phrases() {}

        static String where(RuleContext context) {
            if (context == null) {
                return "";
            }
            return switch (context.getRuleIndex()) {
                case PollenParser.RULE_matchArm -> " in match arm";
                case PollenParser.RULE_parameterList, PollenParser.RULE_parameter -> " in parameter list";
                case PollenParser.RULE_closureParameters -> " in closure parameters";
                case PollenParser.RULE_argumentList -> " in argument list";
                case PollenParser.RULE_mapEntry, PollenParser.RULE_mapKey -> " in map literal";
                case PollenParser.RULE_fnDeclaration -> " in function declaration";
                case PollenParser.RULE_ifExpression -> " in if expression";
                case PollenParser.RULE_catchClause -> " in catch clause";
                case PollenParser.RULE_finallyClause -> " in finally clause";
                case PollenParser.RULE_pattern, PollenParser.RULE_simplePattern, PollenParser.RULE_bindingPattern ->
                        " in pattern";
                case PollenParser.RULE_stringPart -> " in string interpolation";
                case PollenParser.RULE_primary -> primary(context);
                case PollenParser.RULE_statement -> statement(context);
                case PollenParser.RULE_blockLike -> blockLike(context);
                default -> "";
            };
        }

        private static String primary(RuleContext context) {
            if (context instanceof PollenParser.MapLiteralContext) {
                return " in map literal";
            }
            return context instanceof PollenParser.ListLiteralContext ? " in list" : "";
        }

        private static String statement(RuleContext context) {
            if (context instanceof PollenParser.LetStatementContext) {
                return " in let statement";
            }
            if (context instanceof PollenParser.StructStatementContext) {
                return " in struct declaration";
            }
            if (context instanceof PollenParser.ImplStatementContext) {
                return " in impl block";
            }
            return context instanceof PollenParser.ImportStatementContext ? " in import" : "";
        }

        private static String blockLike(RuleContext context) {
            if (context instanceof PollenParser.ForExprContext) {
                return " in for loop";
            }
            if (context instanceof PollenParser.WhileExprContext) {
                return " in while loop";
            }
            if (context instanceof PollenParser.MatchExprContext) {
                return " in match";
            }
            return context instanceof PollenParser.TryExprContext ? " after try block" : "";
        }
    }
}
