package dev.pollen.interpreter.nodes;

/**
 * The arithmetic operators a compound assignment ({@code +=} ...) applies, resolved once at
 * compile time so that running one is a virtual call with an int fast path, not a string lookup.
 */
public enum Operator {
    ADD {
        @Override
        public Object apply(Object a, Object b) {
            if (a instanceof Long x && b instanceof Long y) {
                return Arithmetic.addExact(x, y);
            }
            return Arithmetic.add(a, b);
        }
    },
    SUBTRACT {
        @Override
        public Object apply(Object a, Object b) {
            return Arithmetic.subtract(a, b);
        }
    },
    MULTIPLY {
        @Override
        public Object apply(Object a, Object b) {
            return Arithmetic.multiply(a, b);
        }
    },
    DIVIDE {
        @Override
        public Object apply(Object a, Object b) {
            return Arithmetic.divide(a, b);
        }
    },
    REMAINDER {
        @Override
        public Object apply(Object a, Object b) {
            return Arithmetic.remainder(a, b);
        }
    };

    public abstract Object apply(Object a, Object b);

    /** The operator of {@code +=}, {@code -=}, ... given by its first character. */
    public static Operator of(String symbol) {
        return switch (symbol) {
            case "+" -> ADD;
            case "-" -> SUBTRACT;
            case "*" -> MULTIPLY;
            case "/" -> DIVIDE;
            case "%" -> REMAINDER;
            default -> throw new IllegalArgumentException("unknown operator " + symbol);
        };
    }
}
