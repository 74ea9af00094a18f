package dev.pollen.cli;

import dev.pollen.interpreter.embed.SourceScanner;
import org.jline.reader.Highlighter;
import org.jline.reader.LineReader;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

/**
 * Colours REPL input as it is typed: keywords, strings (interpolations inside them as code),
 * numbers and comments, using {@link SourceScanner}'s tokens. A {@code :command} gets its name
 * coloured and the rest left plain.
 */
final class ReplHighlighter implements Highlighter {
    private static final AttributedStyle KEYWORD = AttributedStyle.BOLD.foreground(AttributedStyle.BLUE);
    private static final AttributedStyle STRING = AttributedStyle.DEFAULT.foreground(AttributedStyle.GREEN);
    private static final AttributedStyle NUMBER = AttributedStyle.DEFAULT.foreground(AttributedStyle.CYAN);
    private static final AttributedStyle COMMENT = AttributedStyle.DEFAULT.foreground(AttributedStyle.BRIGHT + AttributedStyle.BLACK);
    private static final AttributedStyle COMMAND = AttributedStyle.BOLD.foreground(AttributedStyle.MAGENTA);

    @Override
    public AttributedString highlight(LineReader reader, String buffer) {
        return highlight(buffer);
    }

    /** The coloured form of {@code buffer}; its plain text is always {@code buffer} itself. */
    static AttributedString highlight(String buffer) {
        AttributedStringBuilder sb = new AttributedStringBuilder(buffer.length());
        if (ReplLineParser.isCommand(buffer)) {
            int start = buffer.indexOf(':');
            int end = start;
            while (end < buffer.length() && !Character.isWhitespace(buffer.charAt(end))) {
                end++;
            }
            sb.append(buffer.substring(0, start));
            sb.styled(COMMAND, buffer.substring(start, end));
            sb.append(buffer.substring(end));
            return sb.toAttributedString();
        }
        int at = 0;
        for (SourceScanner.Token t : SourceScanner.scan(buffer).tokens()) {
            AttributedStyle style = styleOf(t.kind());
            if (style == null) {
                continue;  // left in the default style, with the text around it
            }
            sb.append(buffer.substring(at, t.start()));
            sb.styled(style, buffer.substring(t.start(), t.end()));
            at = t.end();
        }
        sb.append(buffer.substring(at));
        return sb.toAttributedString();
    }

    private static AttributedStyle styleOf(SourceScanner.Kind kind) {
        return switch (kind) {
            case KEYWORD -> KEYWORD;
            case STRING -> STRING;
            case NUMBER -> NUMBER;
            case COMMENT -> COMMENT;
            case IDENTIFIER, PUNCTUATION -> null;
        };
    }
}
