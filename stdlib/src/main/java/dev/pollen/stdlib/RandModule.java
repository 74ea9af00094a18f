package dev.pollen.stdlib;

import dev.pollen.runtime.value.ModuleValue;
import dev.pollen.runtime.value.PollenException;
import java.util.Random;

/**
 * The {@code rand} module: {@code rand.int(lo, hi)} (both ends included) and {@code rand.float()}
 * (in [0, 1)).
 *
 * <p>Each engine gets its own generator seeded from {@link StdlibHost#seed()}, so a run with the
 * same {@code --seed} draws the same numbers, and two engines never share state.
 * {@link java.util.Random} is used because it is safe to call from several executor threads
 * (its state is a CAS-updated long); the sequence is then still fixed for a given call order.
 */
final class RandModule implements NativeModule {
    @Override
    public String name() {
        return "rand";
    }

    @Override
    public ModuleValue create(StdlibHost host) {
        Random random = new Random(host.seed());
        ModuleValue m = new ModuleValue("rand");
        m.define("int", new NativeFunction("int", args -> {
            Args.exactly("rand.int", args, 2);
            return between(random, Args.toLong("rand.int", args, 0), Args.toLong("rand.int", args, 1));
        }));
        m.define("float", new NativeFunction("float", args -> {
            Args.exactly("rand.float", args, 0);
            return random.nextDouble();
        }));
        return m;
    }

    /** A uniform long in {@code [lo, hi]}, without overflowing at the ends of the long range. */
    static long between(Random random, long lo, long hi) {
        if (lo > hi) {
            throw PollenException.valueError("rand.int() needs lo <= hi, got " + lo + " and " + hi);
        }
        if (hi < Long.MAX_VALUE) {
            return random.nextLong(lo, hi + 1);
        }
        if (lo > Long.MIN_VALUE) {
            return random.nextLong(lo - 1, hi) + 1;
        }
        return random.nextLong();
    }
}
