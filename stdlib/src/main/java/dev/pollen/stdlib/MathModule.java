package dev.pollen.stdlib;

import dev.pollen.runtime.value.ModuleValue;
import java.util.function.DoubleUnaryOperator;

/**
 * The {@code math} module: {@code sqrt pow sin cos log} return floats; {@code floor ceil round}
 * return ints ({@code round} rounds half away from zero: {@code round(2.5)} is 3,
 * {@code round(-2.5)} is -3); {@code pi}, {@code e}.
 *
 * <p>Arguments may be ints or floats. Domain errors follow IEEE (as Rust's f64 does) rather than
 * raising: {@code sqrt(-1.0)} is nan, {@code log(0.0)} is -inf. {@code log(x, base)} takes an
 * optional base. An int result outside 64 bits (floor of 1e300, of inf) is an ArithmeticError;
 * of nan, a ValueError.
 */
final class MathModule implements NativeModule {
    @Override
    public String name() {
        return "math";
    }

    @Override
    public ModuleValue create(StdlibHost host) {
        ModuleValue m = new ModuleValue("math");
        m.define("pi", Math.PI);
        m.define("e", Math.E);
        unary(m, "sqrt", Math::sqrt);
        unary(m, "sin", Math::sin);
        unary(m, "cos", Math::cos);
        m.define("pow", new NativeFunction("pow", args -> {
            Args.exactly("math.pow", args, 2);
            return Math.pow(Args.toDouble("math.pow", args, 0), Args.toDouble("math.pow", args, 1));
        }));
        m.define("log", new NativeFunction("log", args -> {
            Args.between("math.log", args, 1, 2);
            double x = Math.log(Args.toDouble("math.log", args, 0));
            return args.length == 1 ? x : x / Math.log(Args.toDouble("math.log", args, 1));
        }));
        toInt(m, "floor", Math::floor);
        toInt(m, "ceil", Math::ceil);
        toInt(m, "round", MathModule::roundHalfAwayFromZero);
        return m;
    }

    static double roundHalfAwayFromZero(double d) {
        if (d == Math.rint(d) || Double.isNaN(d)) {
            return d; // whole already (or nan, left for truncate to report)
        }
        // Math.round rounds half up (-2.5 -> -2); the language rounds half away from zero. The
        // fraction |d| - floor(|d|) is exact, unlike |d| + 0.5, which rounds 0.49999999999999994 up.
        double magnitude = Math.abs(d);
        double r = Math.floor(magnitude);
        if (magnitude - r >= 0.5) {
            r += 1;
        }
        return Math.copySign(r, d);
    }

    private static void unary(ModuleValue m, String name, DoubleUnaryOperator op) {
        String label = "math." + name;
        m.define(name, new NativeFunction(name, args -> {
            Args.exactly(label, args, 1);
            return op.applyAsDouble(Args.toDouble(label, args, 0));
        }));
    }

    private static void toInt(ModuleValue m, String name, DoubleUnaryOperator op) {
        String label = "math." + name;
        m.define(name, new NativeFunction(name, args -> {
            Args.exactly(label, args, 1);
            if (args[0] instanceof Long l) {
                return l; // already whole; going through double would lose precision past 2^53
            }
            return ConversionBuiltins.truncate(op.applyAsDouble(Args.toDouble(label, args, 0)), label);
        }));
    }
}
