package dev.pollen.interpreter.nodes;

import dev.pollen.runtime.value.Location;
import dev.pollen.runtime.value.PList;
import dev.pollen.runtime.value.PollValue;
import dev.pollen.runtime.value.PollenException;
import dev.pollen.runtime.value.Printer;
import dev.pollen.runtime.value.Values;

/**
 * Patterns, compiled: {@link Destructure} for {@code let} and {@code for} (which must match or
 * throw ValueError) and {@link Matcher} for {@code match} arms (which test and bind).
 */
public final class PatternNodes {
    private PatternNodes() {}

    /** Binds a value to the names of a {@code let} or {@code for} pattern. */
    public interface Destructure {
        void bind(Frame frame, Object value);

        /** The slots binding writes (it either binds every name or throws). */
        void slotUses(SlotUses uses);
    }

    public record BindTo(VariableNodes.Binder binder) implements Destructure {
        @Override
        public void slotUses(SlotUses uses) {
            binder.declareUses(uses);
        }

        @Override
        public void bind(Frame frame, Object value) {
            binder.declare(frame, value);
        }
    }

    public record Ignore() implements Destructure {
        @Override
        public void slotUses(SlotUses uses) {
            // `_` binds nothing
        }

        @Override
        public void bind(Frame frame, Object value) {
            // `_` binds nothing.
        }
    }

    /** {@code let [a, b] = xs}: xs must be a list of exactly that length. */
    public record ListDestructure(Destructure[] items, Location location) implements Destructure {
        @Override
        public void slotUses(SlotUses uses) {
            for (Destructure item : items) {
                item.slotUses(uses);
            }
        }

        @Override
        public void bind(Frame frame, Object value) {
            Object[] elements = elements(value);
            for (int i = 0; i < items.length; i++) {
                items[i].bind(frame, elements[i]);
            }
        }

        /** The elements {@code value} gives the items, in order: a list of exactly their number. */
        public Object[] elements(Object value) {
            if (!(value instanceof PList list)) {
                throw PollenException.valueError("cannot destructure " + Values.typeOf(value) + " into "
                        + items.length + " names").locateIfAbsent(location);
            }
            Object[] elements = list.toArray();  // one instant: another task may change the list
            if (elements.length != items.length) {
                throw PollenException.valueError("expected a list of " + items.length + " elements, got "
                        + elements.length).locateIfAbsent(location);
            }
            return elements;
        }
    }

    /** Tests a value against a {@code match} pattern, binding its names when it matches. */
    public interface Matcher {
        boolean matches(Frame frame, Object value);

        /**
         * The slots a match binds. They count as written: an arm's names are its own, so when the
         * arm does not match nothing reads what a partial match left in them.
         */
        void slotUses(SlotUses uses);
    }

    public record MatchAny() implements Matcher {
        @Override
        public void slotUses(SlotUses uses) {
            // binds nothing
        }

        @Override
        public boolean matches(Frame frame, Object value) {
            return true;
        }
    }

    public record MatchBind(VariableNodes.Binder binder) implements Matcher {
        @Override
        public void slotUses(SlotUses uses) {
            binder.declareUses(uses);
        }

        @Override
        public boolean matches(Frame frame, Object value) {
            binder.declare(frame, value);
            return true;
        }
    }

    public record MatchLiteral(Object literal) implements Matcher {
        @Override
        public void slotUses(SlotUses uses) {
            // binds nothing
        }

        @Override
        public boolean matches(Frame frame, Object value) {
            return Values.equals(literal, value);
        }
    }

    public record MatchList(Matcher[] items) implements Matcher {
        @Override
        public void slotUses(SlotUses uses) {
            for (Matcher item : items) {
                item.slotUses(uses);
            }
        }

        @Override
        public boolean matches(Frame frame, Object value) {
            Object[] elements = elements(value);
            if (elements == null) {
                return false;
            }
            for (int i = 0; i < items.length; i++) {
                if (!items[i].matches(frame, elements[i])) {
                    return false;
                }
            }
            return true;
        }

        /** The elements the items test, in order, when {@code value} is a list of their number; else null. */
        public Object[] elements(Object value) {
            if (!(value instanceof PList list)) {
                return null;
            }
            Object[] elements = list.toArray();  // one instant: another task may change the list
            return elements.length == items.length ? elements : null;
        }
    }

    public record MatchReady(Matcher inner) implements Matcher {
        @Override
        public void slotUses(SlotUses uses) {
            inner.slotUses(uses);
        }

        @Override
        public boolean matches(Frame frame, Object value) {
            return value instanceof PollValue p && p.isReady() && inner.matches(frame, p.value());
        }
    }

    public record MatchPending() implements Matcher {
        @Override
        public void slotUses(SlotUses uses) {
            // binds nothing
        }

        @Override
        public boolean matches(Frame frame, Object value) {
            return value == PollValue.PENDING;
        }
    }

    public record MatchAlternatives(Matcher[] alternatives) implements Matcher {
        @Override
        public void slotUses(SlotUses uses) {
            for (Matcher m : alternatives) {
                m.slotUses(uses);
            }
        }

        @Override
        public boolean matches(Frame frame, Object value) {
            for (Matcher m : alternatives) {
                if (m.matches(frame, value)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** {@code let pattern = init;}. */
    public static final class Let extends ExprNode {
        private final Destructure pattern;
        private final ExprNode init;

        public Destructure pattern() {
            return pattern;
        }

        public ExprNode init() {
            return init;
        }

        public Let(Destructure pattern, ExprNode init) {
            this.pattern = pattern;
            this.init = init;
        }

        @Override
        public void slotUses(SlotUses uses) {
            uses.of(init);
            pattern.slotUses(uses);
        }

        @Override
        public Object execute(Frame frame) {
            pattern.bind(frame, init == null ? null : init.execute(frame));
            return null;
        }
    }

    /** {@code match v { arms }}: the first arm whose pattern matches and whose guard holds. */
    public static final class Match extends ExprNode {
        private final ExprNode scrutinee;
        private final Matcher[] patterns;
        private final ExprNode[] guards;
        private final ExprNode[] bodies;
        private final Location location;

        public Match(ExprNode scrutinee, Matcher[] patterns, ExprNode[] guards, ExprNode[] bodies, Location location) {
            this.scrutinee = scrutinee;
            this.patterns = patterns;
            this.guards = guards;
            this.bodies = bodies;
            this.location = location;
        }

        public ExprNode scrutinee() {
            return scrutinee;
        }

        /** The arms' patterns, guards (null for none) and bodies, in order. */
        public Matcher[] patterns() {
            return patterns.clone();
        }

        public ExprNode[] guards() {
            return guards.clone();
        }

        public ExprNode[] bodies() {
            return bodies.clone();
        }

        public Location location() {
            return location;
        }

        @Override
        public void slotUses(SlotUses uses) {
            uses.of(scrutinee);
            for (int i = 0; i < patterns.length; i++) {
                int arm = i;
                uses.maybe(() -> {
                    patterns[arm].slotUses(uses);
                    uses.of(guards[arm]);
                    uses.of(bodies[arm]);
                });
            }
        }

        @Override
        public Object execute(Frame frame) {
            Object v = scrutinee.execute(frame);
            for (int i = 0; i < patterns.length; i++) {
                if (patterns[i].matches(frame, v) && (guards[i] == null || Values.isTruthy(guards[i].execute(frame)))) {
                    return bodies[i].execute(frame);
                }
            }
            throw noArmMatched(v, location);
        }
    }

    public static PollenException noArmMatched(Object v, Location at) {
        return PollenException.valueError("no match arm matched " + Printer.repr(v)).locateIfAbsent(at);
    }
}
