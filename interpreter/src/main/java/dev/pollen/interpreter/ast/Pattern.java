package dev.pollen.interpreter.ast;

import java.util.List;

/** Patterns of {@code match}, {@code let} and {@code for}. */
public sealed interface Pattern extends Node {

    /** {@code _}. */
    record Wildcard(Span span) implements Pattern {}

    /** A name that binds the matched value. */
    record Bind(String name, Span span) implements Pattern {}

    /** nil, a bool, a Long, a Double or a String; matches by {@code ==}. */
    record Literal(Object value, Span span) implements Pattern {}

    /** {@code [p1, p2, ...]}: matches a list of exactly that length. */
    record ListPat(List<Pattern> items, Span span) implements Pattern {}

    /** {@code Ready(p)}. */
    record Ready(Pattern inner, Span span) implements Pattern {}

    /** {@code Pending}. */
    record Pending(Span span) implements Pattern {}

    /** {@code p1 | p2 | ...}. */
    record Or(List<Pattern> alternatives, Span span) implements Pattern {}
}
