package dev.pollen.runtime.async;

import static dev.pollen.runtime.async.TestTime.ms;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pollen.runtime.value.PollenException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SemaphoreTest {
    private final SingleThreadExecutor ex = SingleThreadExecutor.withVirtualClock();
    private final List<String> log = new ArrayList<>();
    private final Semaphore s = new Semaphore(2);

    private Steps job(String name) {
        return Steps.named(name)
                .await(s::acquire)
                .run(() -> log.add(name + " start " + ex.nowMillis()))
                .await(() -> new Sleep(ex, ms(100)))
                .run(s::release);
    }

    @Test
    void waitersGetPermitsInFifoOrder() {
        List<Task> jobs = new ArrayList<>();
        for (String n : List.of("a", "b", "c", "d", "e")) {
            jobs.add(ex.spawn(job(n), n));
        }
        ex.blockOn(new Sleep(ex, ms(1)), "main");
        assertThat(s.available()).isZero();
        ex.blockOn(new Join(jobs), "main");
        assertThat(log).containsExactly("a start 0", "b start 0", "c start 100", "d start 100", "e start 200");
        assertThat(s.available()).isEqualTo(2);
        assertThat(ex.nowMillis()).isEqualTo(300);
    }

    @Test
    void cancelledWaiter_isSkipped() {
        Semaphore one = new Semaphore(0);
        Task first = ex.spawn(one.acquire(), "first");
        Task second = ex.spawn(one.acquire(), "second");
        ex.runUntilIdle();
        first.abort();
        ex.runUntilIdle();
        one.release();
        ex.runUntilIdle();
        assertThat(second.isFinished()).isTrue();
        assertThat(one.available()).isZero();
    }

    @Test
    void cancelledAcquire_thatWasGrantedAPermit_passesItOn() {
        Semaphore one = new Semaphore(0);
        Task first = ex.spawn(one.acquire(), "first");
        Task second = ex.spawn(one.acquire(), "second");
        ex.runUntilIdle();
        one.release();   // granted to first, which has not run yet
        first.abort();
        ex.runUntilIdle();
        assertThat(second.isFinished()).isTrue();
        assertThat(one.available()).isZero();
    }

    @Test
    void waiterCancelledInTheMiddle_leavesTheOthersInOrder() {
        Semaphore none = new Semaphore(0);
        List<Task> waiters = new ArrayList<>();
        for (String n : List.of("a", "b", "c", "d")) {
            waiters.add(ex.spawn(Steps.named(n).await(none::acquire).run(() -> log.add(n)), n));
        }
        ex.runUntilIdle();
        waiters.get(1).abort();
        waiters.get(2).abort();
        ex.runUntilIdle();
        Task late = ex.spawn(Steps.named("e").await(none::acquire).run(() -> log.add("e")), "e");
        ex.runUntilIdle();
        for (int i = 0; i < 3; i++) {
            none.release();
            ex.runUntilIdle();
        }
        assertThat(log).containsExactly("a", "d", "e");
        assertThat(late.isFinished()).isTrue();
        assertThat(none.available()).isZero();
    }

    @Test
    void newcomer_doesNotJumpTheQueue() {
        Semaphore one = new Semaphore(0);
        Task waiter = ex.spawn(one.acquire(), "waiter");
        ex.runUntilIdle();
        one.release();
        Task newcomer = ex.spawn(one.acquire(), "newcomer");
        ex.runUntilIdle();
        assertThat(waiter.isFinished()).isTrue();
        assertThat(newcomer.isFinished()).isFalse();
    }

    @Test
    void negativePermits_isAValueError() {
        assertThatThrownBy(() -> new Semaphore(-1)).isInstanceOf(PollenException.class);
    }
}
