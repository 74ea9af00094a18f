package dev.pollen.interpreter.parse;

import static dev.pollen.grammar.PollenLexer.*;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.antlr.v4.runtime.Token;

/**
 * Errors visible in the token stream alone: bad characters, unknown escapes, and input that
 * ends inside a string, a block comment or an open bracket. Reporting the unclosed opener here
 * (and marking the input as cut short) gives one clear error instead of the parser's complaint
 * about the end of the file; the REPL reads the same mark as "the entry goes on".
 */
final class LexicalChecks {
    private final ErrorCollector errors;
    private final Deque<Token> open = new ArrayDeque<>();
    private boolean unclosedComment;

    private LexicalChecks(ErrorCollector errors) {
        this.errors = errors;
    }

    static void run(List<Token> tokens, ErrorCollector errors) {
        LexicalChecks checks = new LexicalChecks(errors);
        tokens.forEach(checks::check);
    }

    private void check(Token token) {
        switch (token.getType()) {
            case ERROR_CHAR -> errors.add("unexpected character " + shown(token.getText()), Spans.of(token), null);
            case BAD_ESCAPE -> errors.add("unknown escape sequence " + TokenNames.quote(token.getText()),
                    Spans.of(token), "escapes are \\n \\t \\r \\0 \\\\ \\\" \\$ and \\u{...}");
            case UNICODE_ESCAPE -> {
                if (Literals.unicodeEscape(token.getText()) < 0) {
                    errors.add("invalid unicode escape " + TokenNames.quote(token.getText()), Spans.of(token),
                            "not a Unicode scalar value");
                }
            }
            case UNCLOSED_COMMENT -> {
                unclosedComment = true;
                errors.unterminated("unterminated block comment", Spans.of(token),
                        "no matching '*/' before the end of the file");
            }
            case LPAREN, LBRACKET, LBRACE, HASH_LBRACE, INTERPOLATION_START, STRING_START -> open.push(token);
            case RPAREN, RBRACKET, RBRACE, STRING_END -> close(token.getType());
            case Token.EOF -> reportUnclosed();
            default -> { }
        }
    }

    /** Pops the opener that {@code closer} matches; a stray closer is the parser's to report. */
    private void close(int closer) {
        if (open.stream().noneMatch(opener -> matches(opener.getType(), closer))) {
            return;
        }
        while (!matches(open.pop().getType(), closer)) {
            // openers above the match were never closed; the parser reports that mismatch
        }
    }

    private void reportUnclosed() {
        if (open.isEmpty() || unclosedComment) {
            return;
        }
        Token opener = open.peek();
        if (opener.getType() == STRING_START) {
            errors.unterminated("unterminated string", Spans.of(opener), "no closing '\"' before the end of the file");
        } else {
            errors.unclosedAtEnd(opener, "unclosed " + TokenNames.quote(opener.getText()),
                    "no matching " + TokenNames.name(closerOf(opener.getType())) + " before the end of the file");
        }
    }

    private static boolean matches(int opener, int closer) {
        return closerOf(opener) == closer;
    }

    private static int closerOf(int opener) {
        return switch (opener) {
            case LPAREN -> RPAREN;
            case LBRACKET -> RBRACKET;
            case STRING_START -> STRING_END;
            default -> RBRACE;
        };
    }

    private static String shown(String character) {
        int codePoint = character.codePointAt(0);
        if (Character.isISOControl(codePoint) || !Character.isDefined(codePoint)) {
            return String.format("U+%04X", codePoint);
        }
        return TokenNames.quote(character);
    }
}
