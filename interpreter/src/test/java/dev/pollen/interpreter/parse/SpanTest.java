package dev.pollen.interpreter.parse;

import static dev.pollen.interpreter.parse.ParseFixtures.parsed;
import static org.assertj.core.api.Assertions.assertThat;

import dev.pollen.interpreter.ast.Expr;
import dev.pollen.interpreter.diagnostics.Span;
import dev.pollen.interpreter.ast.Stmt;
import org.junit.jupiter.api.Test;

/** Spans: 1-based line and column of the first character and of the one just past the end. */
class SpanTest {

    @Test
    void aBinaryExpressionSpansItsOperands() {
        Stmt.ExprStmt stmt = (Stmt.ExprStmt) parsed("  a + bc;").statements().get(0);
        Expr.Binary binary = (Expr.Binary) stmt.expr();
        assertThat(binary.span()).isEqualTo(new Span(1, 3, 1, 9));
        assertThat(binary.left().span()).isEqualTo(new Span(1, 3, 1, 4));
        assertThat(binary.right().span()).isEqualTo(new Span(1, 7, 1, 9));
    }

    @Test
    void spansCrossLines() {
        Stmt.Fn fn = (Stmt.Fn) parsed("\nfn f() {\n    1\n}\n").statements().get(0);
        assertThat(fn.span()).isEqualTo(new Span(2, 1, 4, 2));
        assertThat(fn.nameSpan()).isEqualTo(new Span(2, 4, 2, 5));
        assertThat(fn.body().tail().span()).isEqualTo(new Span(3, 5, 3, 6));
    }

    @Test
    void aMultiLineStringEndsOnItsLastLine() {
        Stmt.Let let = (Stmt.Let) parsed("let s = \"one\ntwo\";").statements().get(0);
        assertThat(let.init().span()).isEqualTo(new Span(1, 9, 2, 5));
    }

    @Test
    void columnsCountCharactersNotBytesOrUtf16Units() {
        Stmt.ExprStmt stmt = (Stmt.ExprStmt) parsed("\"h\u00e9\uD83D\uDE00\" + x").statements().get(0);
        Expr.Binary binary = (Expr.Binary) stmt.expr();
        assertThat(binary.left().span()).isEqualTo(new Span(1, 1, 1, 6));
        assertThat(binary.right().span()).isEqualTo(new Span(1, 9, 1, 10));
    }

    @Test
    void interpolationPartsHaveTheirOwnSpans() {
        Stmt.ExprStmt stmt = (Stmt.ExprStmt) parsed("\"ab${x}c\"").statements().get(0);
        Expr.Interpolation string = (Expr.Interpolation) stmt.expr();
        assertThat(string.span()).isEqualTo(new Span(1, 1, 1, 10));
        assertThat(string.parts()).extracting(Expr::span)
                .containsExactly(new Span(1, 2, 1, 4), new Span(1, 6, 1, 7), new Span(1, 8, 1, 9));
    }

    @Test
    void theProgramSpansTheWholeInput() {
        assertThat(parsed("a;\nb;\n").span()).isEqualTo(new Span(1, 1, 3, 1));
    }

    @Test
    void tryRecordsWhereTheCatchNameIs() {
        Stmt.ExprStmt stmt = (Stmt.ExprStmt) parsed("try { } catch err { }").statements().get(0);
        assertThat(((Expr.Try) stmt.expr()).catchNameSpan()).isEqualTo(new Span(1, 15, 1, 18));
    }
}
