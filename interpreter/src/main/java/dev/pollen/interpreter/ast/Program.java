package dev.pollen.interpreter.ast;

import dev.pollen.interpreter.diagnostics.Span;
import java.util.List;

/** A parsed file or REPL entry: its top-level statements, and the tail expression (REPL only). */
public record Program(List<Stmt> statements, Span span) implements Node {}
