package dev.pollen.interpreter.parse;

import static dev.pollen.grammar.PollenLexer.*;

import java.util.List;
import org.antlr.v4.runtime.Token;

/**
 * Errors visible in the token stream alone: bad characters, unknown escapes, and input that
 * ends inside a string, a block comment or an open bracket. Reporting the unclosed opener here
 * (and marking the input as cut short) gives one clear error instead of the parser's complaint
 * about the end of the file; the REPL reads the same mark as "the entry goes on".
 */
final class LexicalChecks {
    private LexicalChecks() {}

    static void run(List<Token> tokens, Brackets brackets, ErrorCollector errors) {
        boolean unclosedComment = false;
        for (Token token : tokens) {
            switch (token.getType()) {
                case ERROR_CHAR -> errors.add("unexpected character " + shown(token.getText()),
                        Spans.of(token), null);
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
                            "no matching '*/' before the end of the file", false);
                }
                default -> { }
            }
        }
        int unclosed = brackets.innermostUnclosed();
        if (unclosed >= 0 && !unclosedComment) {
            reportUnclosed(tokens.get(unclosed), errors);
        }
    }

    /** Everything after an unclosed comment was skipped, so only the comment itself is reported. */
    private static void reportUnclosed(Token opener, ErrorCollector errors) {
        if (opener.getType() == STRING_START) {
            errors.unterminated("unterminated string", Spans.of(opener), "no closing '\"' before the end of the file",
                    true);
        } else {
            errors.unclosedAtEnd(opener, "unclosed " + TokenNames.quote(opener.getText()), "no matching "
                    + TokenNames.name(Brackets.closerType(opener.getType())) + " before the end of the file");
        }
    }

    private static String shown(String character) {
        int codePoint = character.codePointAt(0);
        if (Character.isISOControl(codePoint) || !Character.isDefined(codePoint)) {
            return String.format("U+%04X", codePoint);
        }
        return TokenNames.quote(character);
    }
}
