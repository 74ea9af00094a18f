package dev.pollen.runtime.lincheck;

import org.jetbrains.kotlinx.lincheck.LinChecker;
import org.jetbrains.kotlinx.lincheck.strategy.managed.modelchecking.ModelCheckingOptions;

/**
 * How the Lincheck tests model-check: two or three threads of a few operations each, every
 * interleaving of their shared-memory accesses explored up to a budget. The CI budget is small;
 * {@code -Dpollen.lincheck.iterations=100 -Dpollen.lincheck.invocations=10000} runs a
 * longer check by hand.
 */
public final class ModelChecks {
    private ModelChecks() {}

    public static void run(Class<?> test) {
        run(test, 6, 100);
    }

    /**
     * With a budget of its own: more scenarios, each explored less deeply, for a test whose races
     * need a particular order of operations more than a particular interleaving of one scenario.
     */
    public static void run(Class<?> test, int iterations, int invocations) {
        ModelCheckingOptions options = new ModelCheckingOptions()
                .iterations(Integer.getInteger("pollen.lincheck.iterations", iterations))
                .invocationsPerIteration(Integer.getInteger("pollen.lincheck.invocations", invocations))
                .threads(2)
                .actorsPerThread(3)
                .actorsBefore(2)
                .actorsAfter(1);
        LinChecker.check(test, options);
    }
}
