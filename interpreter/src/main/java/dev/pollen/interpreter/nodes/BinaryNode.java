package dev.pollen.interpreter.nodes;

import dev.pollen.runtime.value.Location;
import dev.pollen.runtime.value.PollenException;
import dev.pollen.runtime.value.Values;
import java.util.function.BinaryOperator;

/**
 * A binary operator: evaluates left then right, then applies the operator. Each operator is its
 * own subclass with its own {@code execute}, so the int fast path is inlined where it is used
 * rather than behind a shared, megamorphic call; errors are located at the operator's expression.
 */
public abstract class BinaryNode extends ExprNode {
    final ExprNode left;
    final ExprNode right;
    final Location location;

    BinaryNode(ExprNode left, ExprNode right, Location location) {
        this.left = left;
        this.right = right;
        this.location = location;
    }

    @Override
    public final Object execute(Frame frame) {
        Object a = left.execute(frame);
        return apply(a, right.execute(frame));
    }

    /** The operator applied to evaluated operands: the int fast path, else the general rule. */
    public abstract Object apply(Object a, Object b);

    /** The operator's symbol, e.g. {@code "+"}. */
    public abstract String op();

    public ExprNode left() {
        return left;
    }

    public ExprNode right() {
        return right;
    }

    public Location location() {
        return location;
    }

    @Override
    public final void slotUses(SlotUses uses) {
        uses.of(left);
        uses.of(right);
    }

    /** The slow path: the general rule, with any error placed at this expression. */
    final Object general(BinaryOperator<Object> rule, Object a, Object b) {
        try {
            return rule.apply(a, b);
        } catch (PollenException e) {
            throw e.locateIfAbsent(location);
        }
    }

    /** The node for operator {@code op} ({@code + - * / % == != < <= > >=}). */
    public static BinaryNode create(String op, ExprNode left, ExprNode right, Location at) {
        return switch (op) {
            case "+" -> new Add(left, right, at);
            case "-" -> new Sub(left, right, at);
            case "*" -> new Mul(left, right, at);
            case "/" -> new Div(left, right, at);
            case "%" -> new Rem(left, right, at);
            case "==" -> new Eq(left, right, at);
            case "!=" -> new Ne(left, right, at);
            case "<" -> new Lt(left, right, at);
            case "<=" -> new Le(left, right, at);
            case ">" -> new Gt(left, right, at);
            case ">=" -> new Ge(left, right, at);
            default -> throw new IllegalArgumentException("unknown operator " + op);
        };
    }

    static final class Add extends BinaryNode {
        Add(ExprNode l, ExprNode r, Location at) {
            super(l, r, at);
        }

        @Override
        public String op() {
            return "+";
        }

        @Override
        public Object apply(Object a, Object b) {
            if (a instanceof Long x && b instanceof Long y) {
                long r = x + y;
                if (((x ^ r) & (y ^ r)) >= 0) {
                    return r;
                }
            }
            return general(Arithmetic::add, a, b);
        }
    }

    static final class Sub extends BinaryNode {
        Sub(ExprNode l, ExprNode r, Location at) {
            super(l, r, at);
        }

        @Override
        public String op() {
            return "-";
        }

        @Override
        public Object apply(Object a, Object b) {
            if (a instanceof Long x && b instanceof Long y) {
                long r = x - y;
                if (((x ^ y) & (x ^ r)) >= 0) {
                    return r;
                }
            }
            return general(Arithmetic::subtract, a, b);
        }
    }

    static final class Mul extends BinaryNode {
        Mul(ExprNode l, ExprNode r, Location at) {
            super(l, r, at);
        }

        @Override
        public String op() {
            return "*";
        }

        @Override
        public Object apply(Object a, Object b) {
            if (a instanceof Long x && b instanceof Long y) {
                long hi = Math.multiplyHigh(x, y);
                long lo = x * y;
                if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) {
                    return lo;
                }
            }
            return general(Arithmetic::multiply, a, b);
        }
    }

    static final class Div extends BinaryNode {
        Div(ExprNode l, ExprNode r, Location at) {
            super(l, r, at);
        }

        @Override
        public String op() {
            return "/";
        }

        @Override
        public Object apply(Object a, Object b) {
            if (a instanceof Long x && b instanceof Long y && y > 0) {
                return x / y;
            }
            return general(Arithmetic::divide, a, b);
        }
    }

    static final class Rem extends BinaryNode {
        Rem(ExprNode l, ExprNode r, Location at) {
            super(l, r, at);
        }

        @Override
        public String op() {
            return "%";
        }

        @Override
        public Object apply(Object a, Object b) {
            if (a instanceof Long x && b instanceof Long y && y > 0) {
                return x % y;
            }
            return general(Arithmetic::remainder, a, b);
        }
    }

    static final class Eq extends BinaryNode {
        Eq(ExprNode l, ExprNode r, Location at) {
            super(l, r, at);
        }

        @Override
        public String op() {
            return "==";
        }

        @Override
        public Object apply(Object a, Object b) {
            if (a instanceof Long x && b instanceof Long y) {
                return x.longValue() == y.longValue();
            }
            return Values.equals(a, b);
        }
    }

    static final class Ne extends BinaryNode {
        Ne(ExprNode l, ExprNode r, Location at) {
            super(l, r, at);
        }

        @Override
        public String op() {
            return "!=";
        }

        @Override
        public Object apply(Object a, Object b) {
            if (a instanceof Long x && b instanceof Long y) {
                return x.longValue() != y.longValue();
            }
            return !Values.equals(a, b);
        }
    }

    static final class Lt extends BinaryNode {
        Lt(ExprNode l, ExprNode r, Location at) {
            super(l, r, at);
        }

        @Override
        public String op() {
            return "<";
        }

        @Override
        public Object apply(Object a, Object b) {
            if (a instanceof Long x && b instanceof Long y) {
                return x < y;
            }
            return general(Values::lessThan, a, b);
        }
    }

    static final class Le extends BinaryNode {
        Le(ExprNode l, ExprNode r, Location at) {
            super(l, r, at);
        }

        @Override
        public String op() {
            return "<=";
        }

        @Override
        public Object apply(Object a, Object b) {
            if (a instanceof Long x && b instanceof Long y) {
                return x <= y;
            }
            return general(Values::lessOrEqual, a, b);
        }
    }

    static final class Gt extends BinaryNode {
        Gt(ExprNode l, ExprNode r, Location at) {
            super(l, r, at);
        }

        @Override
        public String op() {
            return ">";
        }

        @Override
        public Object apply(Object a, Object b) {
            if (a instanceof Long x && b instanceof Long y) {
                return x > y;
            }
            return general(Values::greaterThan, a, b);
        }
    }

    static final class Ge extends BinaryNode {
        Ge(ExprNode l, ExprNode r, Location at) {
            super(l, r, at);
        }

        @Override
        public String op() {
            return ">=";
        }

        @Override
        public Object apply(Object a, Object b) {
            if (a instanceof Long x && b instanceof Long y) {
                return x >= y;
            }
            return general(Values::greaterOrEqual, a, b);
        }
    }
}
