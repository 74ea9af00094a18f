package dev.pollen.interpreter.ast;

import dev.pollen.interpreter.diagnostics.Span;

/** A parameter; {@code defaultValue} is null when the parameter is required. */
public record Param(String name, Expr defaultValue, Span span) implements Node {}
