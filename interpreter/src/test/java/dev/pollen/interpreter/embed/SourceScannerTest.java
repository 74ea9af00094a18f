package dev.pollen.interpreter.embed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SourceScannerTest {
    private static List<String> kinds(String text) {
        return SourceScanner.scan(text).tokens().stream()
                .map(t -> t.kind() + ":" + text.substring(t.start(), t.end()))
                .toList();
    }

    @Test
    void keywordsIdentifiersNumbersAndPunctuation() {
        assertThat(kinds("let x = 42;")).containsExactly(
                "KEYWORD:let", "IDENTIFIER:x", "PUNCTUATION:=", "NUMBER:42", "PUNCTUATION:;");
    }

    @Test
    void numberForms() {
        assertThat(kinds("0xff 0b1010 1_000 1.5 2e3 6.02e-23")).containsExactly(
                "NUMBER:0xff", "NUMBER:0b1010", "NUMBER:1_000", "NUMBER:1.5", "NUMBER:2e3", "NUMBER:6.02e-23");
    }

    @Test
    void aRange_isTwoIntsNotAFloat() {
        assertThat(kinds("0..10")).containsExactly("NUMBER:0", "PUNCTUATION:..", "NUMBER:10");
    }

    @Test
    void comments() {
        assertThat(kinds("1 // rest {\n/* a /* b */ c */ 2")).containsExactly(
                "NUMBER:1", "COMMENT:// rest {", "COMMENT:/* a /* b */ c */", "NUMBER:2");
    }

    @Test
    void aStringWithInterpolation_hasItsCodeTokenized() {
        assertThat(kinds("\"t = ${now()} ms\"")).containsExactly(
                "STRING:\"t = ${", "IDENTIFIER:now", "PUNCTUATION:(", "PUNCTUATION:)", "STRING:} ms\"");
    }

    @Test
    void escapes_doNotEndAString() {
        assertThat(kinds("\"a\\\"b\" x")).containsExactly("STRING:\"a\\\"b\"", "IDENTIFIER:x");
    }

    @Test
    void tokensAreTheCompilersTokens() {
        // The compiler reads `0xfg` as the number 0xf followed by the name g.
        assertThat(kinds("0xfg")).containsExactly("NUMBER:0xf", "IDENTIFIER:g");
        assertThat(kinds("a..=b")).containsExactly("IDENTIFIER:a", "PUNCTUATION:..=", "IDENTIFIER:b");
    }

    @Test
    void charactersOutsideTheBmp_keepTheTokensOnTheirText() {
        String text = "\"\uD83D\uDE00\" + x";
        assertThat(kinds(text)).containsExactly("STRING:\"\uD83D\uDE00\"", "PUNCTUATION:+", "IDENTIFIER:x");
    }

    @Test
    void theKeywordsAreTheLexers() {
        assertThat(SourceScanner.keywords()).contains("let", "async", "await", "impl", "as").doesNotContain("Pending", "print");
        assertThat(kinds("impl")).containsExactly("KEYWORD:impl");
        assertThat(SourceScanner.isKeyword("loop")).isTrue();
        assertThat(SourceScanner.isKeyword("loops")).isFalse();
    }

    @Test
    void anOpenBracketStringOrComment_isIncompleteAndSaysWhatIsMissing() {
        assertThat(SourceScanner.scan("fn f() {").isComplete()).isFalse();
        assertThat(SourceScanner.scan("fn f() {").missing()).isEqualTo("}");
        assertThat(SourceScanner.scan("\"a ${b").openBrackets()).isEqualTo("$");
        assertThat(SourceScanner.scan("\"abc").inString()).isTrue();
        assertThat(SourceScanner.scan("/* x").inComment()).isTrue();
        assertThat(SourceScanner.scan("f(1)").isComplete()).isTrue();
    }

    @Test
    void namesAreAsciiLettersDigitsAndUnderscores() {
        assertThat(SourceScanner.isIdentifierStart('_')).isTrue();
        assertThat(SourceScanner.isIdentifierStart('7')).isFalse();
        assertThat(SourceScanner.isIdentifierPart('7')).isTrue();
        assertThat(SourceScanner.isIdentifierPart('.')).isFalse();
    }

    @Test
    void anUnmatchedCloser_isUnbalancedAndComplete() {
        SourceScanner.Result r = SourceScanner.scan("(]");
        assertThat(r.unbalanced()).isTrue();
        assertThat(r.isComplete()).isTrue();
    }
}
