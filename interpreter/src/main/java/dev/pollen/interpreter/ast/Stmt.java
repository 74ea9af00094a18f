package dev.pollen.interpreter.ast;

import dev.pollen.interpreter.diagnostics.Span;
import java.util.List;

/** Statements: declarations and expressions used for their effect. */
public sealed interface Stmt extends Node {

    /** Dispatches on the kind of statement: a kind without a case here does not compile. */
    <R> R accept(Visitor<R> v);

    /** One method per kind of statement. */
    interface Visitor<R> {
        R visitLet(Let node);

        R visitExprStmt(ExprStmt node);

        R visitFn(Fn node);

        R visitStruct(Struct node);

        R visitImpl(Impl node);

        R visitImport(Import node);
    }

    /** {@code let [mut] pattern [= init];}: init is null for {@code let mut x;}. */
    record Let(Pattern pattern, boolean mutable, Expr init, Span span) implements Stmt {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.visitLet(this);
        }
    }

    /** An expression statement; {@code terminated} is true when it ended with {@code ;}. */
    record ExprStmt(Expr expr, boolean terminated, Span span) implements Stmt {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.visitExprStmt(this);
        }
    }

    /** {@code [async] fn name(params) { body }}; {@code nameSpan} points at the name. */
    record Fn(String name, Span nameSpan, List<Param> params, Block body, boolean async, Span span) implements Stmt {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.visitFn(this);
        }
    }

    record Struct(String name, List<String> fields, Span span) implements Stmt {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.visitStruct(this);
        }
    }

    /** {@code impl Type { fn ... }}: methods whose first parameter is {@code self} are instance methods. */
    record Impl(String typeName, Span typeNameSpan, List<Fn> methods, Span span) implements Stmt {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.visitImpl(this);
        }
    }

    /** {@code import "path.pln" as alias;} (top level only). */
    record Import(String path, String alias, Span span) implements Stmt {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.visitImport(this);
        }
    }
}
