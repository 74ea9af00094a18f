package dev.pollen.interpreter.nodes;

import dev.pollen.runtime.value.Location;
import dev.pollen.runtime.value.PollenException;
import dev.pollen.runtime.value.Values;

/** {@code &&}, {@code ||} (short-circuit, yielding the deciding operand), {@code !} and unary {@code -}. */
public final class LogicNodes {
    private LogicNodes() {}

    public static final class And extends ExprNode {
        private final ExprNode left;
        private final ExprNode right;

        public ExprNode left() {
            return left;
        }

        public ExprNode right() {
            return right;
        }

        public And(ExprNode left, ExprNode right) {
            this.left = left;
            this.right = right;
        }

        @Override
        public void slotUses(SlotUses uses) {
            uses.of(left);
            uses.maybe(() -> uses.of(right));
        }

        @Override
        public Object execute(Frame frame) {
            Object a = left.execute(frame);
            return Values.isTruthy(a) ? right.execute(frame) : a;
        }
    }

    public static final class Or extends ExprNode {
        private final ExprNode left;
        private final ExprNode right;

        public ExprNode left() {
            return left;
        }

        public ExprNode right() {
            return right;
        }

        public Or(ExprNode left, ExprNode right) {
            this.left = left;
            this.right = right;
        }

        @Override
        public void slotUses(SlotUses uses) {
            uses.of(left);
            uses.maybe(() -> uses.of(right));
        }

        @Override
        public Object execute(Frame frame) {
            Object a = left.execute(frame);
            return Values.isTruthy(a) ? a : right.execute(frame);
        }
    }

    public static final class Not extends ExprNode {
        private final ExprNode operand;

        public ExprNode operand() {
            return operand;
        }

        public Not(ExprNode operand) {
            this.operand = operand;
        }

        @Override
        public void slotUses(SlotUses uses) {
            uses.of(operand);
        }

        @Override
        public Object execute(Frame frame) {
            return !Values.isTruthy(operand.execute(frame));
        }
    }

    public static final class Negate extends ExprNode {
        private final ExprNode operand;
        private final Location location;

        public Negate(ExprNode operand, Location location) {
            this.operand = operand;
            this.location = location;
        }

        @Override
        public void slotUses(SlotUses uses) {
            uses.of(operand);
        }

        public ExprNode operand() {
            return operand;
        }

        @Override
        public Object execute(Frame frame) {
            return of(operand.execute(frame));
        }

        /** The negation of the evaluated operand; an error is placed here. */
        public Object of(Object v) {
            try {
                return Arithmetic.negate(v);
            } catch (PollenException e) {
                throw e.locateIfAbsent(location);
            }
        }
    }
}
