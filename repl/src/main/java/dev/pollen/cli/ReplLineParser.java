package dev.pollen.cli;

import dev.pollen.interpreter.embed.SourceScanner;
import java.util.List;
import org.jline.reader.CompletingParsedLine;
import org.jline.reader.EOFError;
import org.jline.reader.ParsedLine;
import org.jline.reader.Parser;

/**
 * Decides when a REPL entry is finished and what word the cursor is on.
 *
 * <p>When the user presses Enter with a bracket, string or block comment still open, {@link
 * #parse} throws JLine's {@link EOFError}: JLine then keeps the line, adds a newline and shows the
 * continuation prompt. Brackets inside strings and comments do not count (see {@link
 * SourceScanner}). A line starting with {@code :} is a REPL command and is always complete.
 *
 * <p>For completion the word is the identifier fragment before the cursor ({@code pu} in
 * {@code xs.pu}); the completer looks at the text before it for a receiver. On a command line it is
 * the blank-separated word, so {@code :load} can complete paths.
 */
final class ReplLineParser implements Parser {
    @Override
    public ParsedLine parse(String line, int cursor, ParseContext context) {
        if (context == ParseContext.ACCEPT_LINE || context == ParseContext.SECONDARY_PROMPT) {
            if (!isCommand(line)) {
                SourceScanner.Result scan = SourceScanner.scan(line);
                if (!scan.isComplete()) {
                    throw new EOFError(-1, -1, "incomplete entry", scan.missing());
                }
            }
        }
        return isCommand(line) ? commandWord(line, cursor) : codeWord(line, cursor);
    }

    /** True when the input is a REPL command such as {@code :help}. */
    static boolean isCommand(String line) {
        return line.stripLeading().startsWith(":");
    }

    /** True when {@code text} can run as is: no open bracket, string or block comment. */
    static boolean isComplete(String text) {
        return isCommand(text) || SourceScanner.scan(text).isComplete();
    }

    private static ParsedLine codeWord(String line, int cursor) {
        int start = cursor;
        while (start > 0 && SourceScanner.isIdentifierPart(line.charAt(start - 1))) {
            start--;
        }
        return new Word(line, cursor, line.substring(start, cursor));
    }

    private static ParsedLine commandWord(String line, int cursor) {
        int start = cursor;
        while (start > 0 && !Character.isWhitespace(line.charAt(start - 1))) {
            start--;
        }
        return new Word(line, cursor, line.substring(start, cursor));
    }

    /** The parsed line: the whole text plus the word under the cursor. */
    private record Word(String line, int cursor, String word) implements CompletingParsedLine {
        @Override
        public int wordIndex() {
            return 0;  // words() holds only the word under the cursor
        }

        @Override
        public int wordCursor() {
            return word.length();
        }

        @Override
        public List<String> words() {
            return List.of(word);
        }

        @Override
        public CharSequence escape(CharSequence candidate, boolean complete) {
            return candidate;  // Pollen input needs no shell-style quoting
        }

        @Override
        public int rawWordCursor() {
            return word.length();
        }

        @Override
        public int rawWordLength() {
            return word.length();
        }
    }
}
