package dev.pollen.interpreter.lower;

import dev.pollen.interpreter.nodes.ExprNode;
import dev.pollen.interpreter.nodes.Frame;
import dev.pollen.interpreter.nodes.PatternNodes;
import dev.pollen.interpreter.nodes.RunContext;
import dev.pollen.interpreter.nodes.SlotUses;
import dev.pollen.runtime.value.ErrorKind;
import dev.pollen.runtime.value.ErrorValue;
import dev.pollen.runtime.value.Location;
import dev.pollen.runtime.value.PollenException;
import dev.pollen.runtime.value.Printer;
import dev.pollen.runtime.value.Values;
import java.util.Iterator;

/**
 * The small nodes the lowering emits between blocks: temporaries, loop iteration, match tests.
 * They exist only inside state machines, where a loop or a match was split into blocks.
 */
public final class LoweringNodes {
    private LoweringNodes() {}

    /** {@code slot = value} for a compiler temporary (nil when value is null). */
    public static final class SetTemp extends ExprNode {
        private final int slot;
        private final ExprNode value;

        public int slot() {
            return slot;
        }

        public ExprNode value() {
            return value;
        }

        public SetTemp(int slot, ExprNode value) {
            this.slot = slot;
            this.value = value;
        }

        @Override
        public void slotUses(SlotUses uses) {
            uses.of(value);
            uses.write(slot);
        }

        @Override
        public Object execute(Frame frame) {
            frame.slots[slot] = value == null ? null : value.execute(frame);
            return null;
        }
    }

    /** Counts a loop iteration against the operation budget. */
    public static final class Tick extends ExprNode {
        private final RunContext context;
        private final Location location;

        public RunContext context() {
            return context;
        }

        public Location location() {
            return location;
        }

        public Tick(RunContext context, Location location) {
            this.context = context;
            this.location = location;
        }

        @Override
        public void slotUses(SlotUses uses) {
            // counts against the budget, touches no slot
        }

        @Override
        public Object execute(Frame frame) {
            context.tick(location);
            return null;
        }
    }

    /** Starts a lowered {@code for}: the iterator of the value. */
    public static final class IterStart extends ExprNode {
        private final ExprNode iterable;
        private final Location location;

        public IterStart(ExprNode iterable, Location location) {
            this.iterable = iterable;
            this.location = location;
        }

        @Override
        public void slotUses(SlotUses uses) {
            uses.of(iterable);
        }

        @Override
        public Object execute(Frame frame) {
            return of(iterable.execute(frame));
        }

        public ExprNode iterable() {
            return iterable;
        }

        /** The iterator over {@code value}, the iterable's value. */
        public Object of(Object value) {
            try {
                return Values.iterate(value);
            } catch (PollenException e) {
                throw e.locateIfAbsent(location);
            }
        }
    }

    public static final class HasNext extends ExprNode {
        private final int slot;

        public int slot() {
            return slot;
        }

        public HasNext(int slot) {
            this.slot = slot;
        }

        @Override
        public void slotUses(SlotUses uses) {
            uses.read(slot);
        }

        @Override
        @SuppressWarnings("unchecked")
        public Object execute(Frame frame) {
            return ((Iterator<Object>) frame.slots[slot]).hasNext();
        }
    }

    /** Binds the loop pattern to the iterator's next item. */
    public static final class BindNext extends ExprNode {
        private final PatternNodes.Destructure pattern;
        private final int slot;

        public PatternNodes.Destructure pattern() {
            return pattern;
        }

        public int slot() {
            return slot;
        }

        public BindNext(PatternNodes.Destructure pattern, int slot) {
            this.pattern = pattern;
            this.slot = slot;
        }

        @Override
        public void slotUses(SlotUses uses) {
            uses.read(slot);
            pattern.slotUses(uses);
        }

        @Override
        @SuppressWarnings("unchecked")
        public Object execute(Frame frame) {
            pattern.bind(frame, ((Iterator<Object>) frame.slots[slot]).next());
            return null;
        }
    }

    /** Whether a match arm's pattern matches (binding its names) and its await-free guard holds. */
    public static final class MatchTest extends ExprNode {
        private final PatternNodes.Matcher pattern;
        private final ExprNode scrutinee;
        private final ExprNode guard;

        public MatchTest(PatternNodes.Matcher pattern, ExprNode scrutinee, ExprNode guard) {
            this.pattern = pattern;
            this.scrutinee = scrutinee;
            this.guard = guard;
        }

        public PatternNodes.Matcher pattern() {
            return pattern;
        }

        public ExprNode scrutinee() {
            return scrutinee;
        }

        /** The arm's guard, or null. */
        public ExprNode guard() {
            return guard;
        }

        @Override
        public void slotUses(SlotUses uses) {
            uses.of(scrutinee);
            pattern.slotUses(uses);
            uses.maybe(() -> uses.of(guard));
        }

        @Override
        public Object execute(Frame frame) {
            return pattern.matches(frame, scrutinee.execute(frame))
                    && (guard == null || Values.isTruthy(guard.execute(frame)));
        }
    }

    /** The ValueError a lowered match throws when no arm matched. */
    public static final class NoArmMatched extends ExprNode {
        private final ExprNode scrutinee;

        public NoArmMatched(ExprNode scrutinee) {
            this.scrutinee = scrutinee;
        }

        @Override
        public void slotUses(SlotUses uses) {
            uses.of(scrutinee);
        }

        @Override
        public Object execute(Frame frame) {
            return of(scrutinee.execute(frame));
        }

        public ExprNode scrutinee() {
            return scrutinee;
        }

        /** The error for {@code value}, the scrutinee's value. */
        public Object of(Object value) {
            return new ErrorValue(ErrorKind.VALUE, "no match arm matched " + Printer.repr(value));
        }
    }
}
