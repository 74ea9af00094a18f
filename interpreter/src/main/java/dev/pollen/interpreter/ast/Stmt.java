package dev.pollen.interpreter.ast;

import java.util.List;

/** Statements: declarations and expressions used for their effect. */
public sealed interface Stmt extends Node {

    /** {@code let [mut] pattern [= init];}: init is null for {@code let mut x;}. */
    record Let(Pattern pattern, boolean mutable, Expr init, Span span) implements Stmt {}

    /** An expression statement; {@code terminated} is true when it ended with {@code ;}. */
    record ExprStmt(Expr expr, boolean terminated, Span span) implements Stmt {}

    /** {@code [async] fn name(params) { body }}; {@code nameSpan} points at the name. */
    record Fn(String name, Span nameSpan, List<Param> params, Block body, boolean async, Span span) implements Stmt {}

    record Struct(String name, List<String> fields, Span span) implements Stmt {}

    /** {@code impl Type { fn ... }}: methods whose first parameter is {@code self} are instance methods. */
    record Impl(String typeName, Span typeNameSpan, List<Fn> methods, Span span) implements Stmt {}

    /** {@code import "path.pln" as alias;} (top level only). */
    record Import(String path, String alias, Span span) implements Stmt {}
}
