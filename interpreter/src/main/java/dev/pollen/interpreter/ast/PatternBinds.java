package dev.pollen.interpreter.ast;

import java.util.ArrayList;
import java.util.List;

/** The names a pattern binds, left to right, whatever the kind of pattern that holds them. */
public final class PatternBinds implements Pattern.Visitor<Void> {
    private final List<Pattern.Bind> found = new ArrayList<>();

    private PatternBinds() {}

    /** Every {@link Pattern.Bind} in {@code p}, in source order (an or-pattern's alternatives each add theirs). */
    public static List<Pattern.Bind> of(Pattern p) {
        PatternBinds walker = new PatternBinds();
        p.accept(walker);
        return walker.found;
    }

    @Override
    public Void visitWildcard(Pattern.Wildcard node) {
        return null;
    }

    @Override
    public Void visitBind(Pattern.Bind node) {
        found.add(node);
        return null;
    }

    @Override
    public Void visitLiteral(Pattern.Literal node) {
        return null;
    }

    @Override
    public Void visitListPat(Pattern.ListPat node) {
        node.items().forEach(item -> item.accept(this));
        return null;
    }

    @Override
    public Void visitReady(Pattern.Ready node) {
        return node.inner().accept(this);
    }

    @Override
    public Void visitPending(Pattern.Pending node) {
        return null;
    }

    @Override
    public Void visitOr(Pattern.Or node) {
        node.alternatives().forEach(alt -> alt.accept(this));
        return null;
    }
}
