package dev.pollen.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import java.util.Random;

/**
 * A {@link Random} whose every draw is taken from the fuzzer's input, so the generators written
 * for seeded runs make their choices from bytes the coverage-guided fuzzer mutates: a byte that
 * reaches new code is kept and varied. Once the input is used up every draw is 0, which ends
 * every generator's loops and recursion at their smallest choice.
 */
final class FuzzedRandom extends Random {
    private final transient FuzzedDataProvider data;

    FuzzedRandom(FuzzedDataProvider data) {
        super(0);
        this.data = data;
    }

    @Override
    protected int next(int bits) {
        // Random's constructor calls setSeed before data is set; nothing draws until after.
        return data.consumeInt() >>> (32 - bits);
    }
}
