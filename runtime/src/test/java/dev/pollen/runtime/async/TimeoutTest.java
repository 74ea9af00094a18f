package dev.pollen.runtime.async;

import static dev.pollen.runtime.async.TestTime.ms;
import static org.assertj.core.api.Assertions.assertThat;

import dev.pollen.runtime.value.PollenException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimeoutTest {
    private final SingleThreadExecutor ex = SingleThreadExecutor.withVirtualClock();
    private final List<String> log = new ArrayList<>();

    private Steps after(long millis, Object v) {
        return Steps.named("after")
                .await(() -> new Sleep(ex, ms(millis)))
                .finallyRun(() -> log.add("cleanup " + v + " " + ex.nowMillis()))
                .value(v);
    }

    private void record(Future f) {
        try {
            log.add(ex.blockOn(f, "main") + " " + ex.nowMillis());
        } catch (PollenException e) {
            log.add(e.kind() + " " + ex.nowMillis());
        }
    }

    @Test
    void futureInTime_givesItsValue() {
        record(new Timeout(ex, after(10, "quick"), ms(50)));
        assertThat(log).containsExactly("cleanup quick 10", "quick 10");
    }

    @Test
    void futureTooSlow_isCancelledAndTimeoutIsThrownAtTheDeadline() {
        ex.runFor(ms(10));
        record(new Timeout(ex, after(100, "slow"), ms(50)));
        assertThat(log).containsExactly("cleanup slow 60", "Timeout 60");
    }

    @Test
    void neverReadyFuture_timesOut() {
        record(Timeout.millis(ex, new PendingFuture(), 20L));
        assertThat(log).containsExactly("Timeout 20");
    }

    @Test
    void deadline_isFixedAtCreation() {
        Timeout t = new Timeout(ex, new PendingFuture(), ms(30));
        ex.runFor(ms(20));
        record(t);
        assertThat(log).containsExactly("Timeout 30");
    }

    @Test
    void zeroTimeout_stillGivesAReadyFutureItsValue() {
        record(new Timeout(ex, new ReadyFuture("now"), 0));
        record(new Timeout(ex, new PendingFuture(), 0));
        assertThat(log).containsExactly("now 0", "Timeout 0");
    }

    @Test
    void timeoutMessage_namesTheDuration() {
        try {
            ex.blockOn(Timeout.millis(ex, new PendingFuture(), 12.5), "main");
        } catch (PollenException e) {
            assertThat(e.getMessage()).isEqualTo("Timeout: the future did not finish within 12.5 ms");
            return;
        }
        throw new AssertionError("expected a timeout");
    }
}
