package dev.pollen.interpreter.ast;

/** Anything in the syntax tree: it knows where it came from. */
public interface Node {
    Span span();
}
