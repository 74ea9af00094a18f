package dev.pollen.interpreter.parse;

import static dev.pollen.interpreter.parse.ParseFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.pollen.interpreter.diagnostics.Diagnostic;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Syntax errors: worded for people, placed at line:column, and all of them in one run. */
class SyntaxErrorTest {

    @Test
    void missingSemicolonBetweenStatementsPointsJustPastTheExpression() {
        assertThat(errors("let x = 1\nprint(x)")).containsExactly("1:10 expected ';' after expression");
        assertThat(errors("a b")).containsExactly("1:2 expected ';' after expression");
    }

    @Test
    void missingSemicolonAfterLetWithoutValueOrImport() {
        assertThat(errors("let mut x\nlet y = 1;")).containsExactly("1:10 expected ';' after let statement");
        assertThat(errors("import \"a.pln\" as a\nf();")).containsExactly("1:20 expected ';' after import");
    }

    @Test
    void onlyAnExpressionMayEndABlockWithoutSemicolon() {
        assertThat(errors("{ let a = 1 }")).containsExactly("1:12 expected ';' after expression");
    }

    @Test
    void missingOperand() {
        assertThat(errors("print(\"x\");\nlet y = (1 + ;")).containsExactly("2:14 expected expression, found ';'");
    }

    @Test
    void missingOperandAtTheEndOfTheInput() {
        assertThat(errors("let x = 1 +")).containsExactly("1:12 expected expression, found end of file");
    }

    @Test
    void strayClosingBrace() {
        assertThat(errors("let a = 1; }\nlet b = 2;")).containsExactly("1:12 unexpected '}'");
    }

    @Test
    void matchArmWithoutArrow() {
        assertThat(errors("match x { 1 -> 2 }")).containsExactly("1:13 expected '=>' in match arm, found '-'");
    }

    @Test
    void matchArmsNeedACommaAfterAnExpressionBody() {
        assertThat(errors("match x { 1 => a 2 => b }")).containsExactly("1:17 expected ',' after match arm");
    }

    @Test
    void unterminatedString() {
        ParseResult result = parse("let s = 1;\nprint(\"abc);\n");
        assertThat(result.errors()).extracting(ParseFixtures::describe).containsExactly("2:7 unterminated string");
        assertThat(result.incomplete()).isTrue();
    }

    @Test
    void unterminatedBlockComment() {
        ParseResult result = parse("let a = 1; /* open /* nested */ still open");
        assertThat(result.errors()).extracting(ParseFixtures::describe)
                .containsExactly("1:12 unterminated block comment");
        assertThat(result.incomplete()).isTrue();
    }

    @Test
    void unclosedBracketAtTheEndIsReportedAtItsOpener() {
        ParseResult result = parse("fn f() {\n    let x = [1,\n");
        assertThat(result.errors()).extracting(ParseFixtures::describe).containsExactly("2:13 unclosed '['");
        assertThat(result.incomplete()).isTrue();
    }

    @Test
    void anErrorInsideAnOpenBracketIsNotAnIncompleteEntry() {
        ParseResult result = parse("let y = (1 + ;");
        assertThat(result.errors()).extracting(ParseFixtures::describe)
                .containsExactly("1:14 expected expression, found ';'");
        assertThat(result.incomplete()).isFalse();
    }

    @Test
    void unexpectedTokenInsideBracketsNamesWhatWasExpected() {
        ParseResult result = parse("print(x y)");
        assertThat(result.errors()).hasSize(1);
        Diagnostic error = result.errors().get(0);
        assertThat(describe(error)).isEqualTo("1:9 unexpected 'y'");
        assertThat(error.label()).isEqualTo("expected ')', ',' or operator");
    }

    @Test
    void theRestOfABadBracketIsSkippedNotReportedTokenByToken() {
        assertThat(errors("foo(1, 2 3, 4)\nbar(,)")).containsExactly(
                "1:10 expected ')', ',' or operator, found '3'",
                "2:5 unexpected ','");
    }

    @Test
    void anErrorInsideArgumentsIsReportedWhereItIsEvenDeepInAnExpression() {
        assertThat(errors("let v = a + -f(1, g(2,]));")).containsExactly("1:23 expected expression, found ']'");
        assertThat(errors("return x * f(y 2)")).containsExactly("1:16 unexpected '2'");
    }

    @Test
    void aClosingBraceThatPairsWithAnOpenerIsNotSkipped() {
        String source = "fn down(n) { 1 + down(n + 1) (}\nprint(\"still running\");\nlet = 1;";
        assertThat(errors(source)).containsExactly(
                "1:31 expected expression or ')', found '}'",
                "3:5 expected 'mut', '[' or identifier in let statement, found '='");
    }

    @Test
    void oneErrorPerLine() {
        assertThat(errors("print(1 =,= 2);\nlet x = 5 @ 6 @ 7;")).containsExactly(
                "1:10 expected expression, found ','",
                "2:11 unexpected character '@'");
    }

    @Test
    void aMissingQuoteReportsTheFirstErrorAndTheUnterminatedString() {
        String source = "let a = 1 let z = 2;\nprint(\"x);\nlet b = \"y\" + z;\nprint(b);\n";
        assertThat(errors(source)).containsExactly("1:10 expected ';' after expression", "3:11 unterminated string");
    }

    @Test
    void anOpenBlockAtTheEndOfAReplEntryIsIncomplete() {
        ParseResult result = parse("if ready {\n    print(1);");
        assertThat(result.incomplete()).isTrue();
        assertThat(result.errors()).extracting(ParseFixtures::describe).containsExactly("1:10 unclosed '{'");
        assertThat(parse("let x = ").incomplete()).isFalse();
    }

    @Test
    void anOperatorAfterAStatementEndingBlockIsExplained() {
        ParseResult result = parse("{ 1 } * 2");
        assertThat(result.errors()).extracting(ParseFixtures::describe).containsExactly("1:7 unexpected '*'");
        assertThat(result.errors().get(0).label()).contains("ends at its '}'");
    }

    @Test
    void errorsNameTheConstructTheyAreIn() {
        assertThat(errors("let mut x (1)")).containsExactly("1:11 expected ';' or '=' in let statement, found '('");
        assertThat(errors("#{a 1}")).containsExactly("1:5 expected ':' in map literal, found '1'");
        assertThat(errors("try { }"))
                .containsExactly("1:8 expected 'catch' or 'finally' after try block, found end of file");
        assertThat(errors("impl P { let x = 1; }")).containsExactly(
                "1:10 expected 'fn', 'async', '}' or ';' in impl block, found 'let'");
    }

    @Test
    void badCharactersAndEscapes() {
        assertThat(errors("let x = 5 @ 3;")).containsExactly("1:11 unexpected character '@'");
        assertThat(errors("\"a\\qb\"")).containsExactly("1:3 unknown escape sequence '\\q'");
        assertThat(errors("\"\\u{D800}\"")).containsExactly("1:2 invalid unicode escape '\\u{D800}'");
    }

    @Test
    void ruleViolationsTheGrammarAccepts() {
        assertThat(errors("1 = 2")).containsExactly("1:1 invalid assignment target");
        assertThat(errors("f() += 1")).containsExactly("1:1 invalid assignment target");
        assertThat(errors("match x { Some(a) => 1 }")).containsExactly("1:11 unknown pattern 'Some(...)'");
        assertThat(errors("match x { \"a${b}\" => 1 }"))
                .containsExactly("1:11 a string pattern cannot use interpolation");
        assertThat(errors("fn f() { import \"a.pln\" as a; }"))
                .containsExactly("1:10 import is only allowed at the top level of a file");
        assertThat(errors("import \"${p}\" as a;")).containsExactly("1:8 an import path must be a plain string");
        assertThat(errors("let [a, b];")).containsExactly("1:5 a list pattern in 'let' needs a value");
    }

    @Test
    void everyErrorInAFileIsReportedInSourceOrder() {
        String source = """
                fn f() {
                    let x = (1 + ;
                    let y = 2
                    g(y)
                }
                let z = ];
                match z { 1 -> 2 }
                let big = 99999999999999999999;
                """;
        assertThat(errors(source)).containsExactly(
                "2:18 expected expression, found ';'",
                "3:14 expected ';' after expression",
                "6:9 expected expression, found ']'",
                "7:13 expected '=>' in match arm, found '-'",
                "8:11 integer literal out of range");
    }

    @Test
    void errorsCarryTheFileName() {
        ParseResult result = SourceParser.parse("let = 1;", "<repl:3>");
        assertThat(result.errors()).extracting(Diagnostic::file).containsExactly("<repl:3>");
    }

    @Test
    void nothingIsPrintedToTheConsole() {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        try (PrintStream capture = new PrintStream(captured, true, StandardCharsets.UTF_8)) {
            System.setOut(capture);
            System.setErr(capture);
            parse("let = ; } { match x { 1 -> } @ \"\\q");
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        assertThat(captured.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void messagesNeverShowAntlrTokenNames() {
        String source = "let = ; } { match x { 1 -> } fn (a b) struct { 1 } impl { x } #{ : } [1 2 \"x${}\"";
        assertThat(parse(source).errors()).isNotEmpty().allSatisfy(error -> {
            String text = error.headline() + " " + error.label();
            assertThat(text).doesNotContain("IDENT", "STRING_START", "RBRACE", "<EOF>", "mismatched", "extraneous",
                    "viable", "token recognition");
        });
    }

    @Test
    void aFileNeedsTheSemicolonOfItsLastStatement_aReplEntryDoesNot() {
        ParseResult file = SourceParser.parse("print(1);\nprint(2)", "app.pln");
        assertThat(file.errors()).singleElement()
                .satisfies(d -> assertThat(d.headline()).isEqualTo("expected ';' after expression"))
                .satisfies(d -> assertThat(d.span().line()).isEqualTo(2));
        assertThat(SourceParser.parse("print(1);\nprint(2)", "<repl:1>", true).errors()).isEmpty();
    }
}
