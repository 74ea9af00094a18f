package dev.pollen.interpreter.embed;

import dev.pollen.grammar.PollenLexer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Vocabulary;

/**
 * A forgiving lexical pass over Pollen source, for editors and REPLs: splits text into coloured
 * tokens for a highlighter and tells whether it is finished or still has an open bracket, string
 * or block comment (so a REPL knows to read another line). It needs no engine.
 *
 * <pre>{@code
 * SourceScanner.Result r = SourceScanner.scan("print(max(1,");
 * r.isComplete();   // false: two parentheses are open
 * r.missing();      // ")", what closes the innermost
 * }</pre>
 *
 * <p>The tokens are the language's own: those of the compiler's lexer, so strings,
 * interpolations, nesting comments and numbers are read exactly as the compiler reads them. It
 * never reports errors: the compiler does that once the code is run. A closing bracket that
 * matches nothing makes the input "complete" so that the compiler, not an endless continuation
 * prompt, tells the user.
 */
public final class SourceScanner {
    private SourceScanner() {}

    private static final Set<String> KEYWORDS = keywordsOf(PollenLexer.VOCABULARY);

    /** What a token is, for colouring. */
    public enum Kind { KEYWORD, IDENTIFIER, NUMBER, STRING, COMMENT, PUNCTUATION }

    /**
     * A token: {@code text.substring(start, end)} (indexes of the Java string); the adjacent
     * pieces of one string literal, up to an interpolation's code, are one token.
     */
    public record Token(Kind kind, int start, int end) {}

    /**
     * The outcome of a scan.
     *
     * @param openBrackets the unclosed brackets ({@code (}, {@code [}, <code>&#123;</code>) in order, innermost last; {@code $} marks an open
     *                     string interpolation
     * @param inString     the text ends inside a string literal
     * @param inComment    the text ends inside a block comment
     * @param unbalanced   a closing bracket matched nothing or the wrong opener
     */
    public record Result(List<Token> tokens, String openBrackets, boolean inString, boolean inComment, boolean unbalanced) {
        /** True when the text can be run as it is; false when more lines should follow. */
        public boolean isComplete() {
            return unbalanced || (!inString && !inComment && openBrackets.isEmpty());
        }

        /** What would close the innermost open construct, for the continuation prompt. */
        public String missing() {
            if (inComment) {
                return "*/";
            } else if (inString) {
                return "\"";
            } else if (openBrackets.isEmpty()) {
                return "";
            }
            return switch (openBrackets.charAt(openBrackets.length() - 1)) {
                case '(' -> ")";
                case '[' -> "]";
                default -> "}";
            };
        }
    }

    /** Scans {@code text}, which may stop anywhere (half a string, an open comment). */
    public static Result scan(String text) {
        return new Run(text).scan();
    }

    /** One scan: the lexer's tokens, and the brackets still open after them. */
    private static final class Run {
        private final String text;
        private final List<Token> tokens = new ArrayList<>();
        /** Open {@code ( [ {}, and {@code $} for an interpolation, which returns to a string when closed. */
        private final Deque<Character> open = new ArrayDeque<>();
        private boolean inComment;
        private boolean unbalanced;

        /** The char index of each code point (and of the end), or null when they are the same. */
        private final int[] charOfCodePoint;

        Run(String text) {
            this.text = text;
            int codePoints = text.codePointCount(0, text.length());
            if (codePoints == text.length()) {
                charOfCodePoint = null;
            } else {
                charOfCodePoint = new int[codePoints + 1];
                for (int cp = 0, i = 0; cp <= codePoints; cp++) {
                    charOfCodePoint[cp] = i;
                    i = i < text.length() ? text.offsetByCodePoints(i, 1) : i;
                }
            }
        }

        Result scan() {
            PollenLexer lexer = new PollenLexer(CharStreams.fromString(text));
            lexer.removeErrorListeners();
            for (org.antlr.v4.runtime.Token t = lexer.nextToken(); t.getType() != org.antlr.v4.runtime.Token.EOF;
                    t = lexer.nextToken()) {
                add(kindOf(t), t);
            }
            boolean inString = lexer._mode == PollenLexer.STRING_MODE;
            StringBuilder brackets = new StringBuilder();
            open.descendingIterator().forEachRemaining(brackets::append);
            return new Result(List.copyOf(tokens), brackets.toString(), inString, inComment, unbalanced);
        }

        private Kind kindOf(org.antlr.v4.runtime.Token t) {
            switch (t.getType()) {
                case PollenLexer.IDENT:
                    return Kind.IDENTIFIER;
                case PollenLexer.INT, PollenLexer.FLOAT:
                    return Kind.NUMBER;
                case PollenLexer.LINE_COMMENT, PollenLexer.BLOCK_COMMENT:
                    return Kind.COMMENT;
                case PollenLexer.UNCLOSED_COMMENT:
                    inComment = true;
                    return Kind.COMMENT;
                case PollenLexer.STRING_START, PollenLexer.STRING_END, PollenLexer.STRING_TEXT, PollenLexer.ESCAPE,
                        PollenLexer.UNICODE_ESCAPE, PollenLexer.BAD_ESCAPE, PollenLexer.DOLLAR:
                    return Kind.STRING;
                case PollenLexer.INTERPOLATION_START:
                    open.push('$');
                    return Kind.STRING;
                case PollenLexer.LPAREN:
                    open.push('(');
                    return Kind.PUNCTUATION;
                case PollenLexer.LBRACKET:
                    open.push('[');
                    return Kind.PUNCTUATION;
                case PollenLexer.LBRACE, PollenLexer.HASH_LBRACE:
                    open.push('{');
                    return Kind.PUNCTUATION;
                case PollenLexer.RPAREN:
                    return close('(');
                case PollenLexer.RBRACKET:
                    return close('[');
                case PollenLexer.RBRACE:
                    return close('{');
                default:
                    return isKeyword(t.getText()) ? Kind.KEYWORD : Kind.PUNCTUATION;
            }
        }

        /** A closer: the {@code }} of an interpolation belongs to its string. */
        private Kind close(char opener) {
            Character top = open.poll();
            if (top != null && top == '$' && opener == '{') {
                return Kind.STRING;
            }
            if (top == null || top != opener) {
                unbalanced = true;
            }
            return Kind.PUNCTUATION;
        }

        private void add(Kind kind, org.antlr.v4.runtime.Token t) {
            int start = charIndex(t.getStartIndex());
            int end = charIndex(t.getStopIndex() + 1);
            int last = tokens.size() - 1;
            if (kind == Kind.STRING && last >= 0 && tokens.get(last).kind() == Kind.STRING
                    && tokens.get(last).end() == start) {
                tokens.set(last, new Token(kind, tokens.get(last).start(), end));
            } else if (end > start) {
                tokens.add(new Token(kind, start, end));
            }
        }

        /** The lexer counts code points; the highlighter indexes the Java string. */
        private int charIndex(int codePoint) {
            if (charOfCodePoint == null) {
                return codePoint;  // no character outside the BMP: the two counts agree
            }
            return charOfCodePoint[Math.min(codePoint, charOfCodePoint.length - 1)];
        }
    }

    /** Pollen's keywords (LANGUAGE.md §1): {@code let}, {@code async}, {@code await}... */
    public static Set<String> keywords() {
        return KEYWORDS;
    }

    /** True when {@code word} is a keyword, so not a name a script can define. */
    public static boolean isKeyword(String word) {
        return KEYWORDS.contains(word);
    }

    /** True for a character that may begin a name: an ASCII letter or {@code _}. */
    public static boolean isIdentifierStart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
    }

    /** True for a character that may go on a name: one that may begin it, or a digit. */
    public static boolean isIdentifierPart(char c) {
        return isIdentifierStart(c) || (c >= '0' && c <= '9');
    }

    /** The tokens whose literal is a word: {@code 'let'}, {@code 'async'}, ... */
    private static Set<String> keywordsOf(Vocabulary vocabulary) {
        Set<String> words = new TreeSet<>();
        for (int type = 1; type <= vocabulary.getMaxTokenType(); type++) {
            String literal = vocabulary.getLiteralName(type);
            if (literal != null && literal.matches("'[a-z]+'")) {
                words.add(literal.substring(1, literal.length() - 1));
            }
        }
        return Set.copyOf(words);
    }
}
