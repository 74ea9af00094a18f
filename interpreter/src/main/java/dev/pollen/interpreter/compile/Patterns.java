package dev.pollen.interpreter.compile;

import dev.pollen.interpreter.ast.Pattern;
import dev.pollen.interpreter.nodes.PatternNodes;

/** Compiles patterns: into destructuring for {@code let}/{@code for}, and into matchers for {@code match}. */
final class Patterns {
    private Patterns() {}

    static PatternNodes.Destructure destructure(Compiler c, Pattern p) {
        Object subject = p;
        if (subject instanceof Pattern.Bind b) {
            return new PatternNodes.BindTo(c.binder(c.resolution.ref(b)));
        } else if (subject instanceof Pattern.Wildcard w) {
            return new PatternNodes.Ignore();
        } else if (subject instanceof Pattern.ListPat lp) {
            return new PatternNodes.ListDestructure(
                    lp.items().stream().map(item -> destructure(c, item)).toArray(PatternNodes.Destructure[]::new),
                    c.loc(lp.span()));
        } else {
            throw new IllegalStateException("a let or for pattern must be a name or a list of names");
        }
    }

    static PatternNodes.Matcher matcher(Compiler c, Pattern p) {
        Object subject2 = p;
        if (subject2 instanceof Pattern.Wildcard w) {
            return new PatternNodes.MatchAny();
        } else if (subject2 instanceof Pattern.Bind b) {
            return new PatternNodes.MatchBind(c.binder(c.resolution.ref(b)));
        } else if (subject2 instanceof Pattern.Literal l) {
            return new PatternNodes.MatchLiteral(l.value());
        } else if (subject2 instanceof Pattern.ListPat lp) {
            return new PatternNodes.MatchList(
                    lp.items().stream().map(item -> matcher(c, item)).toArray(PatternNodes.Matcher[]::new));
        } else if (subject2 instanceof Pattern.Ready r) {
            return new PatternNodes.MatchReady(matcher(c, r.inner()));
        } else if (subject2 instanceof Pattern.Pending pe) {
            return new PatternNodes.MatchPending();
        } else if (subject2 instanceof Pattern.Or or) {
            return new PatternNodes.MatchAlternatives(
                    or.alternatives().stream().map(alt -> matcher(c, alt)).toArray(PatternNodes.Matcher[]::new));
        } else {
            throw new IllegalStateException("unexpected " + subject2);
        }
    }
}
