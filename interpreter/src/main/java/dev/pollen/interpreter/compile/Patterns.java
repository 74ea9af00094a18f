package dev.pollen.interpreter.compile;

import dev.pollen.interpreter.ast.Pattern;
import dev.pollen.interpreter.nodes.PatternNodes;

/** Compiles patterns: into destructuring for {@code let}/{@code for}, and into matchers for {@code match}. */
final class Patterns {
    private Patterns() {}

    static PatternNodes.Destructure destructure(Compiler c, Pattern p) {
        return p.accept(new Destructuring(c));
    }

    static PatternNodes.Matcher matcher(Compiler c, Pattern p) {
        return p.accept(new Matching(c));
    }

    /** A binding pattern of {@code let} or {@code for}: the grammar admits only names, {@code _} and lists of them. */
    private record Destructuring(Compiler c) implements Pattern.Visitor<PatternNodes.Destructure> {
        @Override
        public PatternNodes.Destructure visitBind(Pattern.Bind node) {
            return new PatternNodes.BindTo(c.binder(c.resolution.ref(node)));
        }

        @Override
        public PatternNodes.Destructure visitWildcard(Pattern.Wildcard node) {
            return new PatternNodes.Ignore();
        }

        @Override
        public PatternNodes.Destructure visitListPat(Pattern.ListPat node) {
            return new PatternNodes.ListDestructure(
                    node.items().stream().map(item -> item.accept(this)).toArray(PatternNodes.Destructure[]::new),
                    c.loc(node.span()));
        }

        @Override
        public PatternNodes.Destructure visitLiteral(Pattern.Literal node) {
            return notBinding();
        }

        @Override
        public PatternNodes.Destructure visitReady(Pattern.Ready node) {
            return notBinding();
        }

        @Override
        public PatternNodes.Destructure visitPending(Pattern.Pending node) {
            return notBinding();
        }

        @Override
        public PatternNodes.Destructure visitOr(Pattern.Or node) {
            return notBinding();
        }

        private static PatternNodes.Destructure notBinding() {
            throw new IllegalStateException("a let or for pattern must be a name or a list of names");
        }
    }

    /** A pattern of a {@code match} arm. */
    private record Matching(Compiler c) implements Pattern.Visitor<PatternNodes.Matcher> {
        @Override
        public PatternNodes.Matcher visitWildcard(Pattern.Wildcard node) {
            return new PatternNodes.MatchAny();
        }

        @Override
        public PatternNodes.Matcher visitBind(Pattern.Bind node) {
            return new PatternNodes.MatchBind(c.binder(c.resolution.ref(node)));
        }

        @Override
        public PatternNodes.Matcher visitLiteral(Pattern.Literal node) {
            return new PatternNodes.MatchLiteral(node.value());
        }

        @Override
        public PatternNodes.Matcher visitListPat(Pattern.ListPat node) {
            return new PatternNodes.MatchList(
                    node.items().stream().map(item -> item.accept(this)).toArray(PatternNodes.Matcher[]::new));
        }

        @Override
        public PatternNodes.Matcher visitReady(Pattern.Ready node) {
            return new PatternNodes.MatchReady(node.inner().accept(this));
        }

        @Override
        public PatternNodes.Matcher visitPending(Pattern.Pending node) {
            return new PatternNodes.MatchPending();
        }

        @Override
        public PatternNodes.Matcher visitOr(Pattern.Or node) {
            return new PatternNodes.MatchAlternatives(
                    node.alternatives().stream().map(alt -> alt.accept(this)).toArray(PatternNodes.Matcher[]::new));
        }
    }
}
