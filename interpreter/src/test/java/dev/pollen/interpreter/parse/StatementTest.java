package dev.pollen.interpreter.parse;

import static dev.pollen.interpreter.parse.ParseFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.pollen.interpreter.ast.Expr;
import dev.pollen.interpreter.diagnostics.Span;
import dev.pollen.interpreter.ast.Stmt;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Bindings, declarations, and how statements end (LANGUAGE.md §1, §3-§5). */
class StatementTest {

    @Test
    void letBindsImmutablyAndLetMutMutably() {
        assertThat(statements("let x = 1; let mut y = 2; let mut z;")).containsExactly(
                let(bind("x"), false, lit(1L)),
                let(bind("y"), true, lit(2L)),
                let(bind("z"), true, null));
    }

    @Test
    void letDestructuresNestedLists() {
        assertThat(statement("let [tx, [a, _], rx] = channel(1);")).isEqualTo(
                let(listPattern(bind("tx"), listPattern(bind("a"), wildcard()), bind("rx")), false,
                        call(name("channel"), lit(1L))));
    }

    @Test
    void forBindsANameAListPatternOrTheWildcard() {
        assertThat(expression("for [k, v] in m.items() { }")).isEqualTo(new Expr.For(
                listPattern(bind("k"), bind("v")), method(name("m"), "items"), block(List.of(), null), Span.NONE));
        assertThat(expression("for _ in 0..3 { }")).isEqualTo(new Expr.For(
                wildcard(), range(lit(0L), lit(3L), false), block(List.of(), null), Span.NONE));
    }

    @Test
    void functionsWithDefaultParametersAndATailResult() {
        assertThat(statement("fn add(a, b = 1) { a + b }")).isEqualTo(new Stmt.Fn("add", Span.NONE,
                List.of(param("a", null), param("b", lit(1L))), tail(bin("+", name("a"), name("b"))), false,
                Span.NONE));
    }

    @Test
    void asyncFunctions() {
        assertThat(statement("async fn f() { sleep(1).await; }")).isEqualTo(new Stmt.Fn("f", Span.NONE, List.of(),
                block(List.of(exprStmt(await(call(name("sleep"), lit(1L))), true)), null), true, Span.NONE));
    }

    @Test
    void structsListTheirFields() {
        assertThat(statement("struct Point { x, y, }"))
                .isEqualTo(new Stmt.Struct("Point", List.of("x", "y"), Span.NONE));
        assertThat(statement("struct Empty {}")).isEqualTo(new Stmt.Struct("Empty", List.of(), Span.NONE));
    }

    @Test
    void implHoldsInstanceStaticAndAsyncMethods() {
        Stmt impl = statement("""
                impl Point {
                    fn norm2(self) { self.x }
                    fn origin() { Point(0, 0) }
                    async fn slow(self, ms) { sleep(ms).await; }
                }
                """);
        assertThat(impl).isEqualTo(new Stmt.Impl("Point", Span.NONE, List.of(
                new Stmt.Fn("norm2", Span.NONE, List.of(param("self", null)), tail(field(name("self"), "x")), false,
                        Span.NONE),
                new Stmt.Fn("origin", Span.NONE, List.of(), tail(call(name("Point"), lit(0L), lit(0L))), false,
                        Span.NONE),
                new Stmt.Fn("slow", Span.NONE, List.of(param("self", null), param("ms", null)),
                        block(List.of(exprStmt(await(call(name("sleep"), name("ms"))), true)), null), true, Span.NONE)),
                Span.NONE));
    }

    @Test
    void importsNameAPathAndAnAlias() {
        assertThat(statement("import \"lib/m.pln\" as m;")).isEqualTo(new Stmt.Import("lib/m.pln", "m", Span.NONE));
    }

    @Test
    void terminatedRecordsWhetherASemicolonEndedTheStatement() {
        assertThat(statements("a; b")).containsExactly(exprStmt(name("a"), true), exprStmt(name("b"), false));
    }

    @Test
    void theLastStatementOfTheInputNeedsNoSemicolon() {
        assertThat(statements("let x = 5")).containsExactly(let(bind("x"), false, lit(5L)));
        assertThat(statements("import \"a.pln\" as a")).containsExactly(new Stmt.Import("a.pln", "a", Span.NONE));
    }

    @Test
    void blockBodiedStatementsNeedNoSemicolon() {
        List<Stmt> statements = statements("""
                fn f() { }
                struct S { a }
                impl S { }
                if a { } else { }
                while a { }
                loop { }
                for x in xs { }
                match x { _ => 1 }
                try { } finally { }
                { }
                done();
                """);
        assertThat(statements).hasSize(11);
        assertThat(statements.get(10)).isEqualTo(exprStmt(call(name("done")), true));
    }

    @Test
    void aSemicolonAfterABlockBodiedStatementIsAllowed() {
        assertThat(statements("loop { break; }; fn f() {}; x")).hasSize(3);
        assertThat(statements("if a { };").get(0)).isInstanceOf(Stmt.ExprStmt.class)
                .extracting(s -> ((Stmt.ExprStmt) s).terminated()).isEqualTo(true);
    }

    @Test
    void strayAndRepeatedSemicolonsAreEmptyStatements() {
        assertThat(statements(";; a;; ;")).containsExactly(exprStmt(name("a"), true));
    }

    @Test
    void aBlocksFinalExpressionWithoutSemicolonIsItsTail() {
        assertThat(expression("{ let a = 1; a + 1 }")).isEqualTo(blockExpr(
                block(List.of(let(bind("a"), false, lit(1L))), bin("+", name("a"), lit(1L)))));
    }

    @Test
    void aBlockEndingWithSemicolonHasNoTail() {
        assertThat(expression("{ a; }")).isEqualTo(blockExpr(block(List.of(exprStmt(name("a"), true)), null)));
        assertThat(expression("{ }")).isEqualTo(blockExpr(block(List.of(), null)));
    }

    @Test
    void aBlockLikeStatementAtTheEndOfABlockIsItsTail() {
        Stmt fn = statement("fn sign(n) { let m = n; if m < 0 { \"neg\" } else { \"pos\" } }");
        Expr tail = ((Stmt.Fn) fn).body().tail();
        assertThat(tail).isEqualTo(ifElse(bin("<", name("m"), lit(0L)), tail(lit("neg")), blockExpr(tail(lit("pos")))));
    }

    @Test
    void aBlockLikeStatementInsideABlockIsNotATail() {
        Expr block = expression("{ while a { } b }");
        assertThat(block).isEqualTo(blockExpr(block(List.of(
                exprStmt(new Expr.While(name("a"), block(List.of(), null), Span.NONE), false)), name("b"))));
    }

    @Test
    void aStatementThatStartsWithABlockEndsAtItsClosingBrace() {
        assertThat(statements("if c { a } else { b } - 1")).containsExactly(
                exprStmt(ifElse(name("c"), tail(name("a")), blockExpr(tail(name("b")))), false),
                exprStmt(unary("-", lit(1L)), false));
        assertThat(statements("{ 1 } [2]")).containsExactly(
                exprStmt(blockExpr(tail(lit(1L))), false), exprStmt(list(lit(2L)), false));
        assertThat(statements("match x { _ => f } (y)")).hasSize(2);
    }

    @Test
    void memberAccessMayFollowAStatementStartingBlock() {
        assertThat(expression("match x { _ => xs }.len()")).isEqualTo(method(new Expr.Match(name("x"),
                List.of(new Expr.MatchArm(wildcard(), null, name("xs"), Span.NONE)), Span.NONE), "len"));
        assertThat(expression("if a { f } else { g }.await")).isEqualTo(
                await(ifElse(name("a"), tail(name("f")), blockExpr(tail(name("g"))))));
    }

    @Test
    void aBlockInsideAnExpressionGoesOnWithOperators() {
        assertThat(statement("let v = if c { 1 } else { 2 } - 1;")).isEqualTo(let(bind("v"), false,
                bin("-", ifElse(name("c"), tail(lit(1L)), blockExpr(tail(lit(2L)))), lit(1L))));
    }

    @Test
    void anOperatorAtTheStartOfTheNextLineContinuesTheExpression() {
        assertThat(statements("let a = b\n- 1;")).containsExactly(let(bind("a"), false, bin("-", name("b"), lit(1L))));
        assertThat(statements("f\n(x)")).containsExactly(exprStmt(call(name("f"), name("x")), false));
    }
}
