package dev.pollen.interpreter.nodes;

import dev.pollen.runtime.value.Location;
import dev.pollen.runtime.value.PollenException;
import dev.pollen.runtime.value.Values;

/**
 * A binary operator: evaluates left then right, then applies the operator. Each operator is a
 * subclass with an int fast path; errors are located at the operator's expression.
 */
public abstract class BinaryNode extends ExprNode {
    private final ExprNode left;
    private final ExprNode right;
    private final Location location;

    BinaryNode(ExprNode left, ExprNode right, Location location) {
        this.left = left;
        this.right = right;
        this.location = location;
    }

    @Override
    public final Object execute(Frame frame) {
        Object a = left.execute(frame);
        Object b = right.execute(frame);
        try {
            return apply(a, b);
        } catch (PollenException e) {
            throw e.locateIfAbsent(location);
        }
    }

    abstract Object apply(Object a, Object b);

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

    /** Applies a compound assignment's operator ({@code +=} uses "+"). */
    public static Object applyOperator(String op, Object a, Object b) {
        return switch (op) {
            case "+" -> Arithmetic.add(a, b);
            case "-" -> Arithmetic.subtract(a, b);
            case "*" -> Arithmetic.multiply(a, b);
            case "/" -> Arithmetic.divide(a, b);
            case "%" -> Arithmetic.remainder(a, b);
            default -> throw new IllegalArgumentException("unknown operator " + op);
        };
    }

    static final class Add extends BinaryNode {
        Add(ExprNode l, ExprNode r, Location at) {
            super(l, r, at);
        }

        @Override
        Object apply(Object a, Object b) {
            if (a instanceof Long x && b instanceof Long y) {
                return Arithmetic.addExact(x, y);
            }
            return Arithmetic.add(a, b);
        }
    }

    static final class Sub extends BinaryNode {
        Sub(ExprNode l, ExprNode r, Location at) {
            super(l, r, at);
        }

        @Override
        Object apply(Object a, Object b) {
            return Arithmetic.subtract(a, b);
        }
    }

    static final class Mul extends BinaryNode {
        Mul(ExprNode l, ExprNode r, Location at) {
            super(l, r, at);
        }

        @Override
        Object apply(Object a, Object b) {
            return Arithmetic.multiply(a, b);
        }
    }

    static final class Div extends BinaryNode {
        Div(ExprNode l, ExprNode r, Location at) {
            super(l, r, at);
        }

        @Override
        Object apply(Object a, Object b) {
            return Arithmetic.divide(a, b);
        }
    }

    static final class Rem extends BinaryNode {
        Rem(ExprNode l, ExprNode r, Location at) {
            super(l, r, at);
        }

        @Override
        Object apply(Object a, Object b) {
            if (a instanceof Long x && b instanceof Long y && y > 0) {
                return x % y;
            }
            return Arithmetic.remainder(a, b);
        }
    }

    static final class Eq extends BinaryNode {
        Eq(ExprNode l, ExprNode r, Location at) {
            super(l, r, at);
        }

        @Override
        Object apply(Object a, Object b) {
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
        Object apply(Object a, Object b) {
            return !Values.equals(a, b);
        }
    }

    static final class Lt extends BinaryNode {
        Lt(ExprNode l, ExprNode r, Location at) {
            super(l, r, at);
        }

        @Override
        Object apply(Object a, Object b) {
            if (a instanceof Long x && b instanceof Long y) {
                return x < y;
            }
            return Values.lessThan(a, b);
        }
    }

    static final class Le extends BinaryNode {
        Le(ExprNode l, ExprNode r, Location at) {
            super(l, r, at);
        }

        @Override
        Object apply(Object a, Object b) {
            if (a instanceof Long x && b instanceof Long y) {
                return x <= y;
            }
            return Values.lessOrEqual(a, b);
        }
    }

    static final class Gt extends BinaryNode {
        Gt(ExprNode l, ExprNode r, Location at) {
            super(l, r, at);
        }

        @Override
        Object apply(Object a, Object b) {
            if (a instanceof Long x && b instanceof Long y) {
                return x > y;
            }
            return Values.greaterThan(a, b);
        }
    }

    static final class Ge extends BinaryNode {
        Ge(ExprNode l, ExprNode r, Location at) {
            super(l, r, at);
        }

        @Override
        Object apply(Object a, Object b) {
            if (a instanceof Long x && b instanceof Long y) {
                return x >= y;
            }
            return Values.greaterOrEqual(a, b);
        }
    }
}
