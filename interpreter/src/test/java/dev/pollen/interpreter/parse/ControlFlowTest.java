package dev.pollen.interpreter.parse;

import static dev.pollen.interpreter.parse.ParseFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.pollen.interpreter.ast.Block;
import dev.pollen.interpreter.ast.Expr;
import dev.pollen.interpreter.ast.Pattern;
import dev.pollen.interpreter.diagnostics.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code if}, loops, {@code match} with every pattern, and {@code try} (LANGUAGE.md §4). */
class ControlFlowTest {
    private static final Block EMPTY = block(List.of(), null);

    @Test
    void ifWithoutElse() {
        assertThat(expression("if a { b }")).isEqualTo(ifElse(name("a"), tail(name("b")), null));
    }

    @Test
    void elseIfChainsNestIfsAndTheLastElseIsABlock() {
        assertThat(expression("if a { 1 } else if b { 2 } else { 3 }")).isEqualTo(ifElse(name("a"), tail(lit(1L)),
                ifElse(name("b"), tail(lit(2L)), blockExpr(tail(lit(3L))))));
    }

    @Test
    void ifIsAnExpression() {
        assertThat(statement("let s = if n < 0 { \"neg\" } else { \"pos\" };")).isEqualTo(let(bind("s"), false,
                ifElse(bin("<", name("n"), lit(0L)), tail(lit("neg")), blockExpr(tail(lit("pos"))))));
    }

    @Test
    void whileAndLoop() {
        assertThat(expression("while i < 10 { i += 1; }")).isEqualTo(new Expr.While(bin("<", name("i"), lit(10L)),
                block(List.of(exprStmt(assign(name("i"), "+=", lit(1L)), true)), null), Span.NONE));
        assertThat(expression("loop { break k; }")).isEqualTo(new Expr.Loop(
                block(List.of(exprStmt(new Expr.Break(name("k"), Span.NONE), true)), null), Span.NONE));
    }

    @Test
    void matchWithEveryKindOfPattern() {
        Expr match = expression("""
                match v {
                    0 => "zero",
                    1 | 2 => "small",
                    -3 => "minus three",
                    2.5 | -0.5 => "float",
                    "hi" => "greeting",
                    nil | true | false => "constant",
                    n if n < 0 => "negative",
                    [a, [b, _]] => a,
                    [] => "empty",
                    Ready(x) => x,
                    Ready([y]) => y,
                    Pending => nil,
                    _ => "other"
                }
                """);
        assertThat(match).isEqualTo(new Expr.Match(name("v"), List.of(
                arm(literalPattern(0L), null, lit("zero")),
                arm(anyOf(literalPattern(1L), literalPattern(2L)), null, lit("small")),
                arm(literalPattern(-3L), null, lit("minus three")),
                arm(anyOf(literalPattern(2.5), literalPattern(-0.5)), null, lit("float")),
                arm(literalPattern("hi"), null, lit("greeting")),
                arm(anyOf(literalPattern(null), literalPattern(true), literalPattern(false)), null, lit("constant")),
                arm(bind("n"), bin("<", name("n"), lit(0L)), lit("negative")),
                arm(listPattern(bind("a"), listPattern(bind("b"), wildcard())), null, name("a")),
                arm(listPattern(), null, lit("empty")),
                arm(ready(bind("x")), null, name("x")),
                arm(ready(listPattern(bind("y"))), null, name("y")),
                arm(pending(), null, lit(null)),
                arm(wildcard(), null, lit("other"))), Span.NONE));
    }

    @Test
    void matchArmsWithBlockBodiesNeedNoComma() {
        Expr match = expression("match v { 1 => { a } -2 => { b }, [c] => c, }");
        assertThat(match).isEqualTo(new Expr.Match(name("v"), List.of(
                arm(literalPattern(1L), null, blockExpr(tail(name("a")))),
                arm(literalPattern(-2L), null, blockExpr(tail(name("b")))),
                arm(listPattern(bind("c")), null, name("c"))), Span.NONE));
    }

    @Test
    void matchWithoutArms() {
        assertThat(expression("match v { }")).isEqualTo(new Expr.Match(name("v"), List.of(), Span.NONE));
    }

    @Test
    void tryWithCatchAndFinally() {
        assertThat(expression("try { a } catch e { b } finally { c }")).isEqualTo(
                new Expr.Try(tail(name("a")), "e", Span.NONE, tail(name("b")), tail(name("c")), Span.NONE));
    }

    @Test
    void tryWithOnlyCatchOrOnlyFinally() {
        assertThat(expression("try { } catch e { }")).isEqualTo(
                new Expr.Try(EMPTY, "e", Span.NONE, EMPTY, null, Span.NONE));
        assertThat(expression("try { } finally { }")).isEqualTo(
                new Expr.Try(EMPTY, null, null, null, EMPTY, Span.NONE));
    }

    private static Expr.MatchArm arm(Pattern pattern, Expr guard, Expr body) {
        return new Expr.MatchArm(pattern, guard, body, Span.NONE);
    }
}
