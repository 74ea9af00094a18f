package dev.pollen.interpreter.ast;

import java.util.List;

/** A parsed file or REPL entry: its top-level statements, and the tail expression (REPL only). */
public record Program(List<Stmt> statements, Span span) implements Node {}
