package dev.pollen.runtime.async;

import dev.pollen.runtime.lincheck.ModelChecks;
import dev.pollen.runtime.value.PollenException;
import org.jetbrains.kotlinx.lincheck.annotations.Operation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A {@code mutex(v)} guard is linearizable: of racing {@code unlock()}s exactly one frees the
 * lock, and every use after it is the ValueError, never a second release or a stale value. (The
 * lock racing with cancelled waiters is checked by {@link MutexCancelLincheckTest}.)
 */
public class MutexLincheckTest {
    private final Mutex mutex = new Mutex(0L);
    private final Mutex.Guard guard = (Mutex.Guard) mutex.lock().poll(PrimitivesLincheck.context());

    @Operation
    public boolean unlock() {
        try {
            guard.unlock();
            return true;
        } catch (PollenException e) {
            return false;
        }
    }

    @Operation
    public Object read() {
        try {
            return guard.getField("value");
        } catch (PollenException e) {
            return "unlocked";
        }
    }

    @Test
    @Timeout(300)
    void isLinearizable() {
        ModelChecks.run(MutexLincheckTest.class);
    }
}
