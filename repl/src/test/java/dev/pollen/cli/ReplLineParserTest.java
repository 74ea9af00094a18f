package dev.pollen.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pollen.interpreter.embed.SourceScanner;
import org.jline.reader.EOFError;
import org.jline.reader.ParsedLine;
import org.jline.reader.Parser.ParseContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReplLineParserTest {
    private final ReplLineParser parser = new ReplLineParser();

    @ParameterizedTest
    @ValueSource(strings = {
        "1 + 2",
        "let xs = [1, 2, 3];",
        "fn f(x) {\n  x * 2\n}",
        "print(\"a ( string { with [ brackets\")",
        "print(\"escaped \\\" quote (\")",
        "// a comment with {\nprint(1)",
        "/* a { /* nested */ comment ( */ 1",
        "\"${ \"inner }\" + \"x\" }\"",
        "\"multi\nline\"",
        ":help",
        ":load file(with.pln",
        "xs)",
        "fn f() { ) }",
        "",
    })
    void completeInput_isAccepted(String text) {
        assertThat(ReplLineParser.isComplete(text)).as(text).isTrue();
        assertThat(parser.parse(text, text.length(), ParseContext.ACCEPT_LINE)).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "fn f(x) {",
        "let xs = [1, 2,",
        "print(1,",
        "if x {\n  match y {",
        "\"an open string",
        "\"interpolation ${ (1 + ",
        "\"${ \"}\" ",
        "/* an open /* nested */ comment",
        "async {\n  sleep(10).await;\n",
    })
    void incompleteInput_asksForMoreLines(String text) {
        assertThat(ReplLineParser.isComplete(text)).as(text).isFalse();
        assertThatThrownBy(() -> parser.parse(text, text.length(), ParseContext.ACCEPT_LINE))
                .isInstanceOf(EOFError.class);
    }

    @Test
    void incompleteInput_isNotAnErrorWhileCompleting() {
        ParsedLine line = parser.parse("fn f(x) { x.po", 14, ParseContext.COMPLETE);
        assertThat(line.word()).isEqualTo("po");
        assertThat(line.wordCursor()).isEqualTo(2);
    }

    @Test
    void theWord_isTheIdentifierFragmentBeforeTheCursor() {
        assertThat(parser.parse("print(xs.pu", 11, ParseContext.COMPLETE).word()).isEqualTo("pu");
        assertThat(parser.parse("print(", 6, ParseContext.COMPLETE).word()).isEmpty();
        assertThat(parser.parse("let total_1", 11, ParseContext.COMPLETE).word()).isEqualTo("total_1");
    }

    @Test
    void onACommandLine_theWordIsBlankSeparated() {
        assertThat(parser.parse(":load src/ma", 12, ParseContext.COMPLETE).word()).isEqualTo("src/ma");
        assertThat(parser.parse(":st", 3, ParseContext.COMPLETE).word()).isEqualTo(":st");
    }

    @Test
    void theMissingCloser_isNamed() {
        assertThat(SourceScanner.scan("f([1, {").missing()).isEqualTo("}");
        assertThat(SourceScanner.scan("f([1, ").missing()).isEqualTo("]");
        assertThat(SourceScanner.scan("f(").missing()).isEqualTo(")");
        assertThat(SourceScanner.scan("\"abc").missing()).isEqualTo("\"");
        assertThat(SourceScanner.scan("/* x").missing()).isEqualTo("*/");
    }
}
