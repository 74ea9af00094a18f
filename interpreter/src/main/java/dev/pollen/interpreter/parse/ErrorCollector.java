package dev.pollen.interpreter.parse;

import dev.pollen.grammar.PollenLexer;
import dev.pollen.interpreter.ast.Span;
import dev.pollen.interpreter.diagnostics.Diagnostic;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.antlr.v4.runtime.Token;

/**
 * The errors of one parse, from the lexical checks, the parser and the syntax rules. It also
 * remembers where the parser stumbled, so that later checks stay quiet there instead of adding
 * a second complaint about the same mistake.
 */
final class ErrorCollector {
    private final String fileName;
    private final List<Diagnostic> errors = new ArrayList<>();
    private final Set<Integer> parserErrorTokens = new HashSet<>();
    private boolean inputCutShort;
    private boolean unterminated;
    private Diagnostic unclosedBracket;
    private int unclosedBracketIndex;
    private int lastParserErrorBeforeEnd = -1;

    ErrorCollector(String fileName) {
        this.fileName = fileName;
    }

    void add(String headline, Span span, String label) {
        errors.add(new Diagnostic(headline, fileName, span, label, List.of()));
    }

    /**
     * An error the parser found at {@code offending}. Bad characters and unclosed comments
     * were already reported by the lexical checks, and after an unterminated string or comment
     * whatever the parser misses at the end of the file follows from that one mistake.
     */
    void parserError(Token offending, String headline, Span span, String label) {
        noteParserError(offending);
        int type = offending.getType();
        if (type == PollenLexer.ERROR_CHAR || type == PollenLexer.UNCLOSED_COMMENT) {
            return;
        }
        if (type == Token.EOF && inputCutShort) {
            return;
        }
        add(headline, span, label);
    }

    /** The parser stumbled at {@code offending}, whether or not it reports it (see parserError). */
    void noteParserError(Token offending) {
        parserErrorTokens.add(offending.getTokenIndex());
        if (offending.getType() != Token.EOF) {
            lastParserErrorBeforeEnd = Math.max(lastParserErrorBeforeEnd, offending.getTokenIndex());
        }
    }

    /** A string or block comment runs to the end of the input. */
    void unterminated(String headline, Span span, String label) {
        inputCutShort = true;
        unterminated = true;
        add(headline, span, label);
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

    /** The input stopped inside a string, a comment or a bracket that the parser had no quarrel with. */
    boolean incomplete() {
        return unterminated || unclosedBracketCounts();
    }

    private boolean unclosedBracketCounts() {
        return unclosedBracket != null && lastParserErrorBeforeEnd < unclosedBracketIndex;
    }

    /** True when the parser reported an error at a token index in {@code [from, to]}. */
    boolean parserErrorWithin(int from, int to) {
        for (int index : parserErrorTokens) {
            if (index >= from && index <= to) {
                return true;
            }
        }
        return false;
    }

    boolean isEmpty() {
        return errors.isEmpty() && !unclosedBracketCounts();
    }

    /** The errors in source order, each mistake once. */
    List<Diagnostic> sorted() {
        Map<String, Diagnostic> unique = new LinkedHashMap<>();
        List<Diagnostic> all = new ArrayList<>(errors);
        if (unclosedBracketCounts()) {
            all.add(unclosedBracket);
        }
        all.stream()
                .sorted(Comparator.comparingInt((Diagnostic d) -> d.span().line())
                        .thenComparingInt(d -> d.span().column()))
                .forEach(d -> unique.putIfAbsent(d.span().line() + ":" + d.span().column() + " " + d.headline(), d));
        return List.copyOf(unique.values());
    }
}
