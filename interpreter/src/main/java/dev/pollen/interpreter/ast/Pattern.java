package dev.pollen.interpreter.ast;

import dev.pollen.interpreter.diagnostics.Span;
import java.util.List;

/** Patterns of {@code match}, {@code let} and {@code for}. */
public sealed interface Pattern extends Node {

    /** Dispatches on the kind of pattern: a kind without a case here does not compile. */
    <R> R accept(Visitor<R> v);

    /** One method per kind of pattern. */
    interface Visitor<R> {
        R visitWildcard(Wildcard node);

        R visitBind(Bind node);

        R visitLiteral(Literal node);

        R visitListPat(ListPat node);

        R visitReady(Ready node);

        R visitPending(Pending node);

        R visitOr(Or node);
    }

    /** {@code _}. */
    record Wildcard(Span span) implements Pattern {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.visitWildcard(this);
        }
    }

    /** A name that binds the matched value. */
    record Bind(String name, Span span) implements Pattern {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.visitBind(this);
        }
    }

    /** nil, a bool, a Long, a Double or a String; matches by {@code ==}. */
    record Literal(Object value, Span span) implements Pattern {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.visitLiteral(this);
        }
    }

    /** {@code [p1, p2, ...]}: matches a list of exactly that length. */
    record ListPat(List<Pattern> items, Span span) implements Pattern {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.visitListPat(this);
        }
    }

    /** {@code Ready(p)}. */
    record Ready(Pattern inner, Span span) implements Pattern {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.visitReady(this);
        }
    }

    /** {@code Pending}. */
    record Pending(Span span) implements Pattern {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.visitPending(this);
        }
    }

    /** {@code p1 | p2 | ...}. */
    record Or(List<Pattern> alternatives, Span span) implements Pattern {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.visitOr(this);
        }
    }
}
