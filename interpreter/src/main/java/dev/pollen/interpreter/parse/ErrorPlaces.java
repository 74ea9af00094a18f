package dev.pollen.interpreter.parse;

import dev.pollen.grammar.PollenParser;
import org.antlr.v4.runtime.RuleContext;

/**
 * Where in the program a syntax error sits, named after the rule being parsed:
 * {@code " in match arm"}, {@code " in parameter list"}, or nothing for plain expressions
 * and statements, where the expected tokens already say enough.
 */
final class ErrorPlaces {
    private ErrorPlaces() {}

    /** A phrase to follow "expected X", starting with a space, or the empty string. */
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
