package dev.pollen.interpreter.ast;

import dev.pollen.interpreter.diagnostics.Span;
import java.util.List;

/**
 * Expressions. Pollen is expression-oriented: blocks, {@code if}, loops, {@code match},
 * {@code try} and even {@code return}/{@code break}/{@code throw} are expressions, as in Rust.
 * All records are immutable; lists are unmodifiable copies.
 */
public sealed interface Expr extends Node {

    /** Dispatches on the kind of expression: a kind without a case here does not compile. */
    <R> R accept(Visitor<R> v);

    /** One method per kind of expression. */
    interface Visitor<R> {
        R visitLiteral(Literal node);

        R visitInterpolation(Interpolation node);

        R visitName(Name node);

        R visitListLit(ListLit node);

        R visitMapLit(MapLit node);

        R visitRange(Range node);

        R visitUnary(Unary node);

        R visitBinary(Binary node);

        R visitLogical(Logical node);

        R visitCall(Call node);

        R visitMethodCall(MethodCall node);

        R visitField(Field node);

        R visitIndex(Index node);

        R visitAwait(Await node);

        R visitLambda(Lambda node);

        R visitAsyncBlock(AsyncBlock node);

        R visitBlockExpr(BlockExpr node);

        R visitIf(If node);

        R visitWhile(While node);

        R visitLoop(Loop node);

        R visitFor(For node);

        R visitMatch(Match node);

        R visitTry(Try node);

        R visitAssign(Assign node);

        R visitBreak(Break node);

        R visitContinue(Continue node);

        R visitReturn(Return node);

        R visitThrow(Throw node);
    }

    /** nil, a bool, a Long, a Double or a String without interpolation. */
    record Literal(Object value, Span span) implements Expr {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.visitLiteral(this);
        }
    }

    /** A string with {@code ${expr}} parts: the parts are Literal strings and expressions, in order. */
    record Interpolation(List<Expr> parts, Span span) implements Expr {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.visitInterpolation(this);
        }
    }

    /** A variable, global, or {@code self}. */
    record Name(String name, Span span) implements Expr {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.visitName(this);
        }
    }

    record ListLit(List<Expr> items, Span span) implements Expr {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.visitListLit(this);
        }
    }

    /** {@code #{ k: v, "s": v, [e]: v }}: a bare identifier key arrives here as a string Literal. */
    record MapLit(List<MapEntry> entries, Span span) implements Expr {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.visitMapLit(this);
        }
    }

    record MapEntry(Expr key, Expr value) {}

    record Range(Expr start, Expr end, boolean inclusive, Span span) implements Expr {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.visitRange(this);
        }
    }

    /** {@code op} is {@code "-"} or {@code "!"}. */
    record Unary(String op, Expr operand, Span span) implements Expr {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.visitUnary(this);
        }
    }

    /** {@code op} is one of {@code + - * / % == != < <= > >=}. */
    record Binary(String op, Expr left, Expr right, Span span) implements Expr {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.visitBinary(this);
        }
    }

    /** {@code &&} when {@code and}, else {@code ||}; yields the deciding operand. */
    record Logical(boolean and, Expr left, Expr right, Span span) implements Expr {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.visitLogical(this);
        }
    }

    record Call(Expr callee, List<Expr> args, Span span) implements Expr {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.visitCall(this);
        }
    }

    /** {@code receiver.name(args)}: a method of a value, a struct's static fn, or a module's function. */
    record MethodCall(Expr receiver, String name, List<Expr> args, Span span) implements Expr {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.visitMethodCall(this);
        }
    }

    record Field(Expr receiver, String name, Span span) implements Expr {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.visitField(this);
        }
    }

    /** {@code target[index]}; a Range index slices. */
    record Index(Expr target, Expr index, Span span) implements Expr {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.visitIndex(this);
        }
    }

    /** {@code operand.await}. */
    record Await(Expr operand, Span span) implements Expr {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.visitAwait(this);
        }
    }

    /**
     * A closure {@code |a, b| body} or {@code async |a| { ... }}. {@code body} is a Block whose
     * tail is the closure's result.
     */
    record Lambda(List<Param> params, Block body, boolean async, Span span) implements Expr {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.visitLambda(this);
        }
    }

    /** {@code async { ... }}: a lazy future of the block's value. */
    record AsyncBlock(Block body, Span span) implements Expr {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.visitAsyncBlock(this);
        }
    }

    record BlockExpr(Block block, Span span) implements Expr {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.visitBlockExpr(this);
        }
    }

    /** {@code elseBranch} is null, a BlockExpr or another If. */
    record If(Expr condition, Block then, Expr elseBranch, Span span) implements Expr {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.visitIf(this);
        }
    }

    record While(Expr condition, Block body, Span span) implements Expr {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.visitWhile(this);
        }
    }

    /** {@code loop { }}: its value is the value of the {@code break} that ends it. */
    record Loop(Block body, Span span) implements Expr {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.visitLoop(this);
        }
    }

    /** {@code for pattern in iterable { }}: the pattern is a Bind or a List pattern. */
    record For(Pattern pattern, Expr iterable, Block body, Span span) implements Expr {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.visitFor(this);
        }
    }

    record Match(Expr scrutinee, List<MatchArm> arms, Span span) implements Expr {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.visitMatch(this);
        }
    }

    /** {@code guard} may be null. */
    record MatchArm(Pattern pattern, Expr guard, Expr body, Span span) {}

    /**
     * {@code try { } catch e { } finally { }}: {@code catchName}/{@code catchBlock} are null when
     * there is no catch, {@code finallyBlock} is null when there is no finally.
     */
    record Try(Block body, String catchName, Span catchNameSpan, Block catchBlock, Block finallyBlock, Span span)
            implements Expr {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.visitTry(this);
        }
    }

    /** {@code target op value}: op is {@code = += -= *= /= %=}; target is a Name, Index or Field. */
    record Assign(Expr target, String op, Expr value, Span span) implements Expr {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.visitAssign(this);
        }
    }

    /** {@code value} may be null. */
    record Break(Expr value, Span span) implements Expr {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.visitBreak(this);
        }
    }

    record Continue(Span span) implements Expr {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.visitContinue(this);
        }
    }

    /** {@code value} may be null. */
    record Return(Expr value, Span span) implements Expr {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.visitReturn(this);
        }
    }

    record Throw(Expr value, Span span) implements Expr {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.visitThrow(this);
        }
    }
}
