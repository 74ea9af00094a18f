package dev.pollen.interpreter.parse;

import static dev.pollen.interpreter.parse.ParseFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.pollen.interpreter.ast.Expr;
import dev.pollen.interpreter.diagnostics.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Operators, their precedence and associativity, and the postfix and operand forms. */
class ExpressionTest {

    @Test
    void multiplicationBindsTighterThanAddition() {
        assertThat(expression("1 + 2 * 3 - 4 % 5 / 6")).isEqualTo(
                bin("-", bin("+", lit(1L), bin("*", lit(2L), lit(3L))), bin("/", bin("%", lit(4L), lit(5L)), lit(6L))));
    }

    @Test
    void binaryOperatorsAreLeftAssociative() {
        assertThat(expression("a - b - c")).isEqualTo(bin("-", bin("-", name("a"), name("b")), name("c")));
    }

    @Test
    void comparisonsBindLooserThanArithmetic() {
        assertThat(expression("a + 1 <= b * 2")).isEqualTo(
                bin("<=", bin("+", name("a"), lit(1L)), bin("*", name("b"), lit(2L))));
        assertThat(expression("a == b != c")).isEqualTo(bin("!=", bin("==", name("a"), name("b")), name("c")));
    }

    @Test
    void andBindsTighterThanOr() {
        assertThat(expression("a || b && c < d")).isEqualTo(
                or(name("a"), and(name("b"), bin("<", name("c"), name("d")))));
    }

    @Test
    void rangesBindLooserThanOr() {
        assertThat(expression("a || b..c + 1")).isEqualTo(
                range(or(name("a"), name("b")), bin("+", name("c"), lit(1L)), false));
    }

    @Test
    void assignmentIsLowestAndRightAssociative() {
        assertThat(expression("a = b = 0..n")).isEqualTo(
                assign(name("a"), "=", assign(name("b"), "=", range(lit(0L), name("n"), false))));
    }

    @Test
    void compoundAssignmentOperators() {
        for (String op : List.of("+=", "-=", "*=", "/=", "%=")) {
            assertThat(expression("x " + op + " 1")).isEqualTo(assign(name("x"), op, lit(1L)));
        }
    }

    @Test
    void assignableTargetsAreNamesIndexesAndFields() {
        assertThat(expression("xs[i] = m[k] + self.f")).isEqualTo(assign(index(name("xs"), name("i")), "=",
                bin("+", index(name("m"), name("k")), field(name("self"), "f"))));
        assertThat(expression("(p).x += 1")).isEqualTo(assign(field(name("p"), "x"), "+=", lit(1L)));
    }

    @Test
    void unaryBindsTighterThanBinaryButLooserThanPostfix() {
        assertThat(expression("-a * !b.c")).isEqualTo(
                bin("*", unary("-", name("a")), unary("!", field(name("b"), "c"))));
        assertThat(expression("--x")).isEqualTo(unary("-", unary("-", name("x"))));
        assertThat(expression("-f().await")).isEqualTo(unary("-", await(call(name("f")))));
    }

    @Test
    void negativeLiteralsStayUnaryMinus() {
        assertThat(expression("-5")).isEqualTo(unary("-", lit(5L)));
        assertThat(expression("-1.5")).isEqualTo(unary("-", lit(1.5)));
    }

    @Test
    void parenthesesGroupWithoutANodeOfTheirOwn() {
        assertThat(expression("(1 + 2) * 3")).isEqualTo(bin("*", bin("+", lit(1L), lit(2L)), lit(3L)));
    }

    @Test
    void postfixFormsChainLeftToRight() {
        assertThat(expression("a.b(1, 2).c[0](x).await")).isEqualTo(
                await(call(index(field(method(name("a"), "b", lit(1L), lit(2L)), "c"), lit(0L)), name("x"))));
    }

    @Test
    void callingAParenthesizedFieldCallsTheFieldsValue() {
        assertThat(expression("(obj.f)(1)")).isEqualTo(call(field(name("obj"), "f"), lit(1L)));
    }

    @Test
    void argumentListsAllowATrailingComma() {
        assertThat(expression("f(1, 2,)")).isEqualTo(call(name("f"), lit(1L), lit(2L)));
        assertThat(expression("f()")).isEqualTo(call(name("f")));
    }

    @Test
    void slicingIndexesWithARange() {
        assertThat(expression("xs[1..3]")).isEqualTo(index(name("xs"), range(lit(1L), lit(3L), false)));
    }

    @Test
    void listLiterals() {
        assertThat(expression("[]")).isEqualTo(list());
        assertThat(expression("[1, [2], \"a\",]")).isEqualTo(list(lit(1L), list(lit(2L)), lit("a")));
    }

    @Test
    void mapKeysMayBeNamesStringsComputedOrLiterals() {
        assertThat(expression("#{ name: 1, \"k k\": 2, [1 + 1]: 3, true: 4, 2: 5, -1: 6, nil: 7, }")).isEqualTo(map(
                entry(lit("name"), lit(1L)),
                entry(lit("k k"), lit(2L)),
                entry(bin("+", lit(1L), lit(1L)), lit(3L)),
                entry(lit(true), lit(4L)),
                entry(lit(2L), lit(5L)),
                entry(lit(-1L), lit(6L)),
                entry(lit(null), lit(7L))));
        assertThat(expression("#{}")).isEqualTo(map());
    }

    @Test
    void closureWithAnExpressionBodyGetsABlockWithThatTail() {
        assertThat(expression("|a, b| a + b")).isEqualTo(
                lambda(false, List.of("a", "b"), tail(bin("+", name("a"), name("b")))));
    }

    @Test
    void closureWithoutParameters() {
        assertThat(expression("|| 1")).isEqualTo(lambda(false, List.of(), tail(lit(1L))));
        assertThat(expression("| | 1")).isEqualTo(lambda(false, List.of(), tail(lit(1L))));
    }

    @Test
    void closureWithABlockBodyKeepsThatBlock() {
        assertThat(expression("|x| { let y = x; y }")).isEqualTo(lambda(false, List.of("x"),
                block(List.of(let(bind("y"), false, name("x"))), name("y"))));
    }

    @Test
    void closureBodiesReachAsFarRightAsPossible() {
        assertThat(expression("f(|x| x * 2, 3)")).isEqualTo(
                call(name("f"), lambda(false, List.of("x"), tail(bin("*", name("x"), lit(2L)))), lit(3L)));
    }

    @Test
    void asyncClosuresAndAsyncBlocks() {
        assertThat(expression("async |x| { x.await }")).isEqualTo(
                lambda(true, List.of("x"), tail(await(name("x")))));
        assertThat(expression("async { 5 }")).isEqualTo(new Expr.AsyncBlock(tail(lit(5L)), Span.NONE));
    }

    @Test
    void returnBreakAndThrowTakeTheWholeExpression() {
        assertThat(expression("return a + 1")).isEqualTo(new Expr.Return(bin("+", name("a"), lit(1L)), Span.NONE));
        assertThat(expression("break x")).isEqualTo(new Expr.Break(name("x"), Span.NONE));
        assertThat(expression("throw error(\"E\", \"m\")")).isEqualTo(
                new Expr.Throw(call(name("error"), lit("E"), lit("m")), Span.NONE));
    }

    @Test
    void returnAndBreakWithoutValue() {
        assertThat(statements("return; break; continue;")).containsExactly(
                exprStmt(new Expr.Return(null, Span.NONE), true),
                exprStmt(new Expr.Break(null, Span.NONE), true),
                exprStmt(new Expr.Continue(Span.NONE), true));
    }

    @Test
    void aBlockIsAnExpression() {
        assertThat(expression("1 + { 2 }")).isEqualTo(bin("+", lit(1L), blockExpr(tail(lit(2L)))));
    }
}
