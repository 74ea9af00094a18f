package dev.pollen.cli;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * A forgiving lexical pass over REPL input: splits it into coloured tokens for the highlighter and
 * tells whether the input is finished or still has an open bracket, string or block comment.
 *
 * <p>It is not the real lexer and never reports errors: the compiler does that once the entry is
 * run. It only needs to agree with the language on what hides brackets: strings (with escapes and
 * {@code ${...}} interpolation, which may itself hold strings and braces), line comments and
 * nesting block comments (LANGUAGE.md §1). A closing bracket that matches nothing makes the input
 * "complete" so that the compiler, not an endless continuation prompt, tells the user.
 */
final class SourceScanner {
    private SourceScanner() {}

    /** What a token is, for colouring. */
    enum Kind { KEYWORD, IDENTIFIER, NUMBER, STRING, COMMENT, PUNCTUATION }

    /** A token: {@code text.substring(start, end)}. */
    record Token(Kind kind, int start, int end) {}

    /**
     * The outcome of a scan.
     *
     * @param openBrackets the unclosed {@code ( [ {} in order, innermost last; {@code $} marks an open
     *                     string interpolation
     * @param inString     the text ends inside a string literal
     * @param inComment    the text ends inside a block comment
     * @param unbalanced   a closing bracket matched nothing or the wrong opener
     */
    record Result(List<Token> tokens, String openBrackets, boolean inString, boolean inComment, boolean unbalanced) {
        /** True when the text can be run as it is; false when more lines should follow. */
        boolean isComplete() {
            return unbalanced || (!inString && !inComment && openBrackets.isEmpty());
        }

        /** What would close the innermost open construct, for the continuation prompt. */
        String missing() {
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

    static Result scan(String text) {
        return new Run(text).scan();
    }

    /** One scan; the state the tokens need between characters. */
    private static final class Run {
        private final String text;
        private final int n;
        private final List<Token> tokens = new ArrayList<>();
        /** Open {@code ( [ {}, and {@code $} for an interpolation, which returns to a string when closed. */
        private final Deque<Character> open = new ArrayDeque<>();
        private int i;
        private boolean inString;
        private boolean inComment;
        private boolean unbalanced;

        Run(String text) {
            this.text = text;
            this.n = text.length();
        }

        Result scan() {
            while (i < n) {
                if (inString) {
                    stringPart(i);
                } else {
                    code();
                }
            }
            StringBuilder brackets = new StringBuilder();
            open.descendingIterator().forEachRemaining(brackets::append);
            return new Result(List.copyOf(tokens), brackets.toString(), inString, inComment, unbalanced);
        }

        /** Scans string text from {@code start} to the closing quote or the next {@code ${}. */
        private void stringPart(int start) {
            while (i < n) {
                char c = text.charAt(i);
                if (c == '\\') {
                    i = Math.min(n, i + 2);
                } else if (c == '"') {
                    i++;
                    inString = false;
                    add(Kind.STRING, start);
                    return;
                } else if (c == '$' && i + 1 < n && text.charAt(i + 1) == '{') {
                    i += 2;
                    inString = false;
                    open.push('$');
                    add(Kind.STRING, start);
                    return;
                } else {
                    i++;
                }
            }
            add(Kind.STRING, start);  // unterminated: the entry goes on on the next line
        }

        private void code() {
            char c = text.charAt(i);
            int start = i;
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '/' && peek(1) == '/') {
                int eol = text.indexOf('\n', i);
                i = eol < 0 ? n : eol;
                add(Kind.COMMENT, start);
            } else if (c == '/' && peek(1) == '*') {
                blockComment();
                add(Kind.COMMENT, start);
            } else if (c == '"') {
                i++;
                inString = true;
                stringPart(start);
            } else if (isDigit(c)) {
                number();
                add(Kind.NUMBER, start);
            } else if (isIdentifierStart(c)) {
                while (i < n && isIdentifierPart(text.charAt(i))) {
                    i++;
                }
                add(Keywords.isKeyword(text.substring(start, i)) ? Kind.KEYWORD : Kind.IDENTIFIER, start);
            } else if (c == '(' || c == '[' || c == '{') {
                open.push(c);
                i++;
                add(Kind.PUNCTUATION, start);
            } else if (c == ')' || c == ']' || c == '}') {
                close(c, start);
            } else {
                i++;
                add(Kind.PUNCTUATION, start);
            }
        }

        private void close(char c, int start) {
            i++;
            Character top = open.poll();
            if (top != null && top == '$' && c == '}') {
                // The end of an interpolation: back inside the string it interrupted.
                inString = true;
                add(Kind.STRING, start);
                return;
            }
            char expected = top == null ? 0 : top == '(' ? ')' : top == '[' ? ']' : '}';
            if (c != expected) {
                unbalanced = true;
            }
            add(Kind.PUNCTUATION, start);
        }

        /** Block comments nest (LANGUAGE.md §1). */
        private void blockComment() {
            int depth = 0;
            while (i < n) {
                if (text.startsWith("/*", i)) {
                    depth++;
                    i += 2;
                } else if (text.startsWith("*/", i)) {
                    depth--;
                    i += 2;
                    if (depth == 0) {
                        return;
                    }
                } else {
                    i++;
                }
            }
            inComment = depth > 0;
        }

        /** {@code 42 1_000 0xff 0b1010 1.5 2e3 6.02e-23}; {@code 1..3} is a range, not a float. */
        private void number() {
            if (text.charAt(i) == '0' && (peek(1) == 'x' || peek(1) == 'X' || peek(1) == 'b' || peek(1) == 'B')) {
                i += 2;
                while (i < n && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_')) {
                    i++;
                }
                return;
            }
            digits();
            if (peek(0) == '.' && isDigit(peek(1))) {
                i++;
                digits();
            }
            if (peek(0) == 'e' || peek(0) == 'E') {
                int sign = peek(1) == '+' || peek(1) == '-' ? 1 : 0;
                if (isDigit(peek(1 + sign))) {
                    i += 1 + sign;
                    digits();
                }
            }
        }

        private void digits() {
            while (i < n && (isDigit(text.charAt(i)) || text.charAt(i) == '_')) {
                i++;
            }
        }

        private char peek(int ahead) {
            return i + ahead < n ? text.charAt(i + ahead) : 0;
        }

        private void add(Kind kind, int start) {
            if (i > start) {
                tokens.add(new Token(kind, start, i));
            }
        }
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isIdentifierStart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
    }

    static boolean isIdentifierPart(char c) {
        return isIdentifierStart(c) || isDigit(c);
    }
}
