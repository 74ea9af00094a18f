package dev.pollen.interpreter.parse;

import static dev.pollen.grammar.PollenLexer.*;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.IntervalSet;

/**
 * Names tokens for people: {@code ';'}, {@code identifier}, {@code end of file}. Sets of expected
 * tokens collapse into the words {@code statement}, {@code expression} and {@code pattern} when
 * they hold every token that can start one, so messages never list thirty tokens.
 */
final class TokenNames {
    private static final IntervalSet EXPRESSION_START = new IntervalSet(INT, FLOAT, STRING_START, NIL, TRUE, FALSE,
            IDENT, SELF, LPAREN, LBRACKET, HASH_LBRACE, ASYNC, OR_OR, PIPE, LBRACE, IF, WHILE, LOOP, FOR, MATCH,
            TRY, RETURN, BREAK, CONTINUE, THROW, MINUS, BANG);
    private static final IntervalSet STATEMENT_START = new IntervalSet(LET, FN, STRUCT, IMPL, IMPORT)
            .or(EXPRESSION_START);
    private static final IntervalSet PATTERN_START =
            new IntervalSet(MINUS, INT, FLOAT, STRING_START, NIL, TRUE, FALSE, LBRACKET, IDENT);
    /** Tokens that continue a finished expression: listed as one word, "operator". */
    private static final IntervalSet OPERATORS = new IntervalSet(DOT, LPAREN, LBRACKET, STAR, SLASH, PERCENT, PLUS,
            MINUS, EQ_EQ, NOT_EQ, LESS, LESS_EQ, GREATER, GREATER_EQ, AND_AND, OR_OR, DOT_DOT, DOT_DOT_EQ, ASSIGN,
            PLUS_EQ, MINUS_EQ, STAR_EQ, SLASH_EQ, PERCENT_EQ);
    private static final int LONGEST_QUOTED_TEXT = 24;

    private TokenNames() {}

    /** The token the parser found: {@code 'foo'}, {@code end of file}, {@code string}. */
    static String found(Token token) {
        return switch (token.getType()) {
            case Token.EOF -> "end of file";
            case STRING_START -> "string";
            default -> quote(token.getText());
        };
    }

    /**
     * The token kinds in {@code expected}, joined as {@code a, b or c}. Inside a construct
     * ({@code inConstruct}), what could follow the whole statement is left out: after
     * {@code let mut x} the news is "'=' or ';'", not "statement or end of file".
     */
    static String expected(IntervalSet expected, boolean inConstruct) {
        List<String> names = new ArrayList<>();
        IntervalSet rest = new IntervalSet(expected);
        rest.remove(Token.EPSILON);
        if (inConstruct && rest.contains(LET)) {
            IntervalSet specific = rest.subtract(STATEMENT_START);
            specific.remove(Token.EOF);
            specific.remove(RBRACE);
            if (!specific.isNil()) {
                rest = specific;
            }
        }
        boolean operator = rest.contains(PLUS) && rest.contains(STAR) && rest.contains(EQ_EQ);
        if (rest.contains(LET) && rest.contains(IDENT)) {
            names.add("statement");
            rest = rest.subtract(STATEMENT_START);
        } else if (rest.contains(INT) && rest.contains(IDENT) && rest.contains(LPAREN) && rest.contains(IF)) {
            names.add("expression");
            rest = rest.subtract(EXPRESSION_START);
        } else if (containsAll(rest, PATTERN_START)) {
            names.add("pattern");
            rest = rest.subtract(PATTERN_START);
        }
        if (operator) {
            rest = rest.subtract(OPERATORS);
        }
        boolean endOfFile = rest.contains(Token.EOF);
        for (int type : rest.toArray()) {
            if (type >= 0) {
                names.add(name(type));
            }
        }
        if (operator) {
            names.add("operator");
        }
        if (endOfFile) {
            names.add("end of file");
        }
        return join(names);
    }

    private static boolean containsAll(IntervalSet set, IntervalSet members) {
        return members.subtract(set).isNil();
    }

    /** One token kind: its literal in quotes, or a word for names, numbers and strings. */
    static String name(int type) {
        return switch (type) {
            case Token.EOF -> "end of file";
            case IDENT -> "identifier";
            case INT -> "integer";
            case FLOAT -> "float";
            case STRING_START -> "string";
            case STRING_END -> "'\"'";
            case INTERPOLATION_START -> "'${'";
            case STRING_TEXT, DOLLAR -> "string text";
            case ESCAPE, UNICODE_ESCAPE, BAD_ESCAPE -> "escape sequence";
            default -> {
                String literal = VOCABULARY.getLiteralName(type);
                yield literal != null ? literal : "character";
            }
        };
    }

    static String quote(String text) {
        String shown = text.length() > LONGEST_QUOTED_TEXT ? text.substring(0, LONGEST_QUOTED_TEXT) + "..." : text;
        return "'" + shown + "'";
    }

    private static String join(List<String> names) {
        if (names.isEmpty()) {
            return "something else";
        }
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
    }
}
