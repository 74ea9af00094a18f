package dev.pollen.interpreter.ast;

import dev.pollen.interpreter.diagnostics.Span;

/** Anything in the syntax tree: it knows where it came from. */
public interface Node {
    Span span();
}
