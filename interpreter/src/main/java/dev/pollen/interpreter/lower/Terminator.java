package dev.pollen.interpreter.lower;

import dev.pollen.interpreter.nodes.ExprNode;
import dev.pollen.interpreter.nodes.LoopLabel;
import dev.pollen.interpreter.nodes.SlotUses;
import dev.pollen.runtime.value.Location;
import dev.pollen.runtime.value.PollenException;
import dev.pollen.runtime.value.Values;

/**
 * How a basic block ends. {@link #run} returns the index of the next block, or one of the
 * state machine's signals ({@link StateMachine#AWAIT}, {@link StateMachine#FINISHED}); jumps that
 * leave a try region are routed through its finally block by the state machine.
 */
public abstract class Terminator {
    public abstract int run(StateMachine m, BasicBlock from);

    /** The blocks control may go to next, for {@code pollen states}. */
    public abstract int[] successors();

    /** The slots this terminator reads and writes before control leaves the block. */
    public abstract void slotUses(SlotUses uses);

    public static final class Goto extends Terminator {
        final int target;

        public Goto(int target) {
            this.target = target;
        }

        public int target() {
            return target;
        }

        @Override
        public void slotUses(SlotUses uses) {
            // a jump touches no slot
        }

        @Override
        public int run(StateMachine m, BasicBlock from) {
            return target;
        }

        @Override
        public int[] successors() {
            return new int[] {target};
        }
    }

    public static final class Branch extends Terminator {
        final ExprNode condition;
        final int ifTrue;
        final int ifFalse;

        public Branch(ExprNode condition, int ifTrue, int ifFalse) {
            this.condition = condition;
            this.ifTrue = ifTrue;
            this.ifFalse = ifFalse;
        }

        public ExprNode condition() {
            return condition;
        }

        public int ifTrue() {
            return ifTrue;
        }

        public int ifFalse() {
            return ifFalse;
        }

        @Override
        public void slotUses(SlotUses uses) {
            uses.of(condition);
        }

        @Override
        public int run(StateMachine m, BasicBlock from) {
            return Values.isTruthy(condition.execute(m)) ? ifTrue : ifFalse;
        }

        @Override
        public int[] successors() {
            return new int[] {ifTrue, ifFalse};
        }
    }

    /** {@code operand.await}: the state machine polls the future, and suspends while it is Pending. */
    public static final class Await extends Terminator {
        final ExprNode operand;
        final int resultSlot;
        final int resume;
        final Location location;
        final String source;
        /**
         * The slots that are dead while the frame is suspended here ({@link Liveness}): the frame
         * lets go of their values, so it holds exactly what {@code pollen states} says it keeps.
         */
        int[] dropped = new int[0];

        /** @param source the awaited expression as written, for {@code pollen states} */
        public Await(ExprNode operand, int resultSlot, int resume, Location location, String source) {
            this.operand = operand;
            this.resultSlot = resultSlot;
            this.resume = resume;
            this.location = location;
            this.source = source;
        }

        @Override
        public void slotUses(SlotUses uses) {
            uses.of(operand); // the result slot is written on resuming, in the next block's state
        }

        @Override
        public int run(StateMachine m, BasicBlock from) {
            Object value = operand.execute(m);
            return m.beginAwait(this, from, value);
        }

        @Override
        public int[] successors() {
            return new int[] {resume};
        }

        public int resume() {
            return resume;
        }

        /** The slots dead while the frame is suspended here. */
        public int[] dropped() {
            return dropped.clone();
        }

        public ExprNode operand() {
            return operand;
        }

        public Location location() {
            return location;
        }

        public String source() {
            return source;
        }
    }

    public static final class Return extends Terminator {
        final ExprNode value;

        public Return(ExprNode value) {
            this.value = value;
        }

        public ExprNode value() {
            return value;
        }

        @Override
        public void slotUses(SlotUses uses) {
            uses.of(value);
        }

        @Override
        public int run(StateMachine m, BasicBlock from) {
            return m.routeReturn(from.region, value == null ? null : value.execute(m));
        }

        @Override
        public int[] successors() {
            return new int[0];
        }
    }

    public static final class Throw extends Terminator {
        final ExprNode value;
        final Location location;

        public Throw(ExprNode value, Location location) {
            this.value = value;
            this.location = location;
        }

        @Override
        public void slotUses(SlotUses uses) {
            uses.of(value);
        }

        @Override
        public int run(StateMachine m, BasicBlock from) {
            throw error(value.execute(m));
        }

        public ExprNode value() {
            return value;
        }

        /** The error thrown with {@code thrown}, the operand's value. */
        public PollenException error(Object thrown) {
            return new PollenException(thrown).locateIfAbsent(location);
        }

        @Override
        public int[] successors() {
            return new int[0];
        }
    }

    /** {@code break [value]} or {@code continue} of a lowered loop. */
    public static final class Jump extends Terminator {
        final LoopLabel label;
        final boolean isBreak;
        final ExprNode value;

        public Jump(LoopLabel label, boolean isBreak, ExprNode value) {
            this.label = label;
            this.isBreak = isBreak;
            this.value = value;
        }

        /** The slot that receives a {@code break}'s value, or -1 (a {@code continue}, or a loop whose value is unused). */
        public int resultSlot() {
            return isBreak ? label.resultSlot : -1;
        }

        /** The value of {@code break value}, or null. */
        public ExprNode value() {
            return value;
        }

        public int target() {
            return isBreak ? label.breakBlock : label.continueBlock;
        }

        @Override
        public void slotUses(SlotUses uses) {
            uses.of(value);
            if (isBreak && label.resultSlot >= 0) {
                uses.write(label.resultSlot);
            }
        }

        @Override
        public int run(StateMachine m, BasicBlock from) {
            if (isBreak && label.resultSlot >= 0) {
                m.set(label.resultSlot, value == null ? null : value.execute(m));
            }
            return m.routeJump(from.region, isBreak ? label.breakBlock : label.continueBlock);
        }

        @Override
        public int[] successors() {
            return new int[] {isBreak ? label.breakBlock : label.continueBlock};
        }
    }

    /** Normal exit from a try body or catch block into its finally block. */
    public static final class EnterFinally extends Terminator {
        final int completionSlot;
        final int finallyBlock;

        public EnterFinally(int completionSlot, int finallyBlock) {
            this.completionSlot = completionSlot;
            this.finallyBlock = finallyBlock;
        }

        public int completionSlot() {
            return completionSlot;
        }

        public int finallyBlock() {
            return finallyBlock;
        }

        @Override
        public void slotUses(SlotUses uses) {
            uses.write(completionSlot);
        }

        @Override
        public int run(StateMachine m, BasicBlock from) {
            m.set(completionSlot, null);
            return finallyBlock;
        }

        @Override
        public int[] successors() {
            return new int[] {finallyBlock};
        }
    }

    /** The end of a finally block: carries on as the saved completion says. */
    public static final class EndFinally extends Terminator {
        final int completionSlot;
        final int after;

        public EndFinally(int completionSlot, int after) {
            this.completionSlot = completionSlot;
            this.after = after;
        }

        public int completionSlot() {
            return completionSlot;
        }

        /** The block after the try, where a finally block entered normally goes on. */
        public int after() {
            return after;
        }

        @Override
        public void slotUses(SlotUses uses) {
            uses.read(completionSlot);
        }

        @Override
        public int run(StateMachine m, BasicBlock from) {
            Object saved = m.get(completionSlot);
            m.set(completionSlot, null);
            return after(m, from, saved);
        }

        /** Where the finally block goes once it ends, given the completion it saved on entry. */
        public int after(StateMachine m, BasicBlock from, Object saved) {
            if (saved instanceof Completion.Thrown t) {
                return m.routeThrow(from.region, t.error());
            } else if (saved instanceof Completion.Returning r) {
                return m.routeReturn(from.region, r.value());
            } else if (saved instanceof Completion.Jumping j) {
                return m.routeJump(from.region, j.target());
            }
            return after;
        }

        @Override
        public int[] successors() {
            return new int[] {after};
        }
    }
}
