package dev.pollen.interpreter.parse;

import dev.pollen.grammar.PollenLexer;
import dev.pollen.interpreter.diagnostics.Span;
import dev.pollen.interpreter.diagnostics.Diagnostic;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.antlr.v4.runtime.Token;

/**
 * The errors of one parse, from the lexical checks, the parser and the syntax rules. It also
 * remembers where the parser stumbled, so that later checks stay quiet there, and it keeps one
 * error per line: after a mistake, the rest of its line mostly yields echoes of it.
 */
final class ErrorCollector {
    private static final Comparator<Span> SOURCE_ORDER =
            Comparator.comparingInt(Span::line).thenComparingInt(Span::column);

    /** Past this many syntax errors the parse stops (as javac's): the rest are mostly echoes. */
    static final int MAX_PARSER_ERRORS = 100;

    private final String fileName;
    private final List<Diagnostic> errors = new ArrayList<>();
    private int parserErrors;
    private final Set<Integer> parserErrorTokens = new HashSet<>();
    private int lastParserErrorBeforeEnd = -1;
    private boolean parserReported;
    private boolean inputCutShort;
    private Diagnostic unterminated;
    private boolean quoteMayBeMissing;
    private Diagnostic unclosedBracket;
    private int unclosedBracketIndex;

    ErrorCollector(String fileName) {
        this.fileName = fileName;
    }

    void add(String headline, Span span, String label) {
        errors.add(new Diagnostic(headline, fileName, span, label, List.of()));
    }

    /**
     * An error the parser found at {@code offending}. Bad characters and unclosed comments
     * were already reported by the lexical checks, and what the parser misses at the end of the
     * file after an unterminated string or comment, or after an earlier error, follows from that.
     */
    void parserError(Token offending, String headline, Span span, String label) {
        noteParserError(offending);
        int type = offending.getType();
        if (type == PollenLexer.ERROR_CHAR || type == PollenLexer.UNCLOSED_COMMENT) {
            return;
        }
        if (type == Token.EOF && (inputCutShort || parserReported)) {
            return;
        }
        parserReported = true;
        add(headline, span, label);
        if (++parserErrors >= MAX_PARSER_ERRORS) {
            throw new TooMany();
        }
    }

    /** Thrown by {@link #parserError} at the {@value #MAX_PARSER_ERRORS}th error, to stop the parse. */
    static final class TooMany extends RuntimeException {
        TooMany() {
            super(null, null, false, false);
        }
    }

    /** The parser stumbled at {@code offending}, whether or not it reports it (see parserError). */
    void noteParserError(Token offending) {
        parserErrorTokens.add(offending.getTokenIndex());
        if (offending.getType() != Token.EOF) {
            lastParserErrorBeforeEnd = Math.max(lastParserErrorBeforeEnd, offending.getTokenIndex());
        }
    }

    /** A string ({@code string}) or a block comment runs to the end of the input. */
    void unterminated(String headline, Span span, String label, boolean string) {
        inputCutShort = true;
        quoteMayBeMissing = string;
        unterminated = new Diagnostic(headline, fileName, span, label, List.of());
    }

    /**
     * The input ended while {@code opener} was open. This is the error only when the parser
     * found nothing wrong after the opener: {@code (1 + ;} is a bad expression, not an entry
     * that goes on, and its unclosed '(' would be a second complaint about one mistake.
     */
    void unclosedAtEnd(Token opener, String headline, String label) {
        inputCutShort = true;
        unclosedBracket = new Diagnostic(headline, fileName, Spans.of(opener), label, List.of());
        unclosedBracketIndex = opener.getTokenIndex();
    }

    /** True once anything is known to be wrong: an error, or input that stops inside a string, comment or bracket. */
    boolean anyFound() {
        return !errors.isEmpty() || unterminated != null || unclosedBracket != null;
    }

    /** The input stopped inside a string, a comment or a bracket that the parser had no quarrel with. */
    boolean incomplete() {
        return unterminated != null || unclosedBracketCounts();
    }

    private boolean unclosedBracketCounts() {
        return unclosedBracket != null && lastParserErrorBeforeEnd < unclosedBracketIndex;
    }

    /** True when the parser stumbled at a token index in {@code [from, to]}. */
    boolean parserErrorWithin(int from, int to) {
        for (int index : parserErrorTokens) {
            if (index >= from && index <= to) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when an error was reported at a position from {@code first}'s start to just past
     * {@code last}: the statement there did not parse as written, so its AST is not to be trusted.
     * Missing-{@code ;} errors sit just past a statement's last token, hence the inclusive end.
     */
    boolean reportedWithin(Token first, Token last) {
        Span range = Spans.between(first, last);
        List<Diagnostic> all = new ArrayList<>(errors);
        if (unterminated != null) {
            all.add(unterminated);
        }
        if (unclosedBracket != null) {
            all.add(unclosedBracket);
        }
        for (Diagnostic error : all) {
            Span at = error.span();
            boolean afterStart = SOURCE_ORDER.compare(at, range) >= 0;
            boolean beforeEnd = at.line() < range.endLine()
                    || at.line() == range.endLine() && at.column() <= range.endColumn();
            if (afterStart && beforeEnd) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when an unterminated string suggests a quote went missing: code after it may be text
     * and text code, so checking what follows would only add noise to the one real error.
     */
    boolean textMayBeCode() {
        return quoteMayBeMissing;
    }

    boolean isEmpty() {
        return errors.isEmpty() && unterminated == null && !unclosedBracketCounts();
    }

    /**
     * The errors in source order, the leftmost of each line, except that an unterminated string
     * or comment or an unclosed bracket wins its line. A string that runs to the end of the
     * input usually means a quote went missing earlier, which turned code into text and text
     * into code from there on, so the errors after the first are then dropped as its noise.
     */
    List<Diagnostic> sorted() {
        List<Diagnostic> ordinary = new ArrayList<>(errors);
        ordinary.sort(Comparator.comparing(Diagnostic::span, SOURCE_ORDER));
        if (quoteMayBeMissing && !ordinary.isEmpty()) {
            ordinary = ordinary.subList(0, 1);
        }
        Map<Integer, Diagnostic> byLine = new TreeMap<>();
        if (unterminated != null) {
            byLine.put(unterminated.span().line(), unterminated);
        }
        if (unclosedBracketCounts()) {
            byLine.putIfAbsent(unclosedBracket.span().line(), unclosedBracket);
        }
        ordinary.forEach(error -> byLine.putIfAbsent(error.span().line(), error));
        return List.copyOf(byLine.values());
    }
}
