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
    private static final int LONGEST_QUOTED_TEXT = 24;

    private TokenNames() {}

    /** The token the parser found: {@code 'foo'}, {@code end of file}, {@code a string}. */
    static String found(Token token) {
        return switch (token.getType()) {
            case Token.EOF -> "end of file";
            case STRING_START -> "a string";
            default -> quote(token.getText());
        };
    }

    /** The token kinds in {@code expected}, joined as {@code a, b or c}. */
    static String expected(IntervalSet expected) {
        List<String> names = new ArrayList<>();
        IntervalSet rest = new IntervalSet(expected);
        rest.remove(Token.EPSILON);
        if (rest.contains(LET) && rest.contains(IDENT)) {
            names.add("statement");
            rest = rest.subtract(STATEMENT_START);
        } else if (rest.contains(INT) && rest.contains(IDENT) && rest.contains(LPAREN) && rest.contains(IF)) {
            names.add("expression");
            rest = rest.subtract(EXPRESSION_START);
        } else if (rest.contains(INT) && rest.contains(IDENT) && rest.contains(LBRACKET) && rest.contains(MINUS)) {
            names.add("pattern");
            rest = rest.subtract(PATTERN_START);
        }
        boolean endOfFile = rest.contains(Token.EOF);
        for (int type : rest.toArray()) {
            if (type >= 0) {
                names.add(name(type));
            }
        }
        if (endOfFile) {
            names.add("end of file");
        }
        return join(names);
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
