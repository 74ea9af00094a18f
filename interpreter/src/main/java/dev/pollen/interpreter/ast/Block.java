package dev.pollen.interpreter.ast;

import dev.pollen.interpreter.diagnostics.Span;
import java.util.List;

/** {@code { stmts; tail }}: opens a scope; its value is {@code tail}, or nil when tail is null. */
public record Block(List<Stmt> statements, Expr tail, Span span) implements Node {}
