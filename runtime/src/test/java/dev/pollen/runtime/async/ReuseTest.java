package dev.pollen.runtime.async;

import static dev.pollen.runtime.async.TestTime.ms;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The executor as a REPL uses it: one blockOn per entry, spawned tasks living on between them. */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class ReuseTest {
    private final SingleThreadExecutor ex = SingleThreadExecutor.withVirtualClock();
    private final List<String> log = new ArrayList<>();

    @Test
    void spawnedTasks_liveOnBetweenBlockOns_andProgressDuringTheNextOne() {
        Task ticker = ex.spawn(Steps.named("ticker")
                .await(() -> new Sleep(ex, ms(10))).run(() -> log.add("tick " + ex.nowMillis()))
                .await(() -> new Sleep(ex, ms(10))).run(() -> log.add("tick " + ex.nowMillis())), "ticker");
        ex.blockOn(new Sleep(ex, ms(15)), "entry 1");
        assertThat(log).containsExactly("tick 10");
        assertThat(ticker.isFinished()).isFalse();
        ex.blockOn(new Sleep(ex, ms(10)), "entry 2");
        assertThat(log).containsExactly("tick 10", "tick 20");
    }

    @Test
    void runUntilIdle_runsReadyTasks_butNeverAdvancesAVirtualClock() {
        ex.spawn(Steps.named("t").run(() -> log.add("ran")).await(() -> new Sleep(ex, ms(10)))
                .run(() -> log.add("slept")), null);
        ex.runUntilIdle();
        assertThat(log).containsExactly("ran");
        assertThat(ex.nowNanos()).isZero();
    }

    @Test
    void runFor_advancesAVirtualClockThroughTheTimersToTheEnd() {
        ex.spawn(Steps.named("t").await(() -> new Sleep(ex, ms(10))).run(() -> log.add("slept " + ex.nowMillis())), null);
        ex.runFor(ms(25));
        assertThat(log).containsExactly("slept 10");
        assertThat(ex.nowMillis()).isEqualTo(25);
    }

    @Test
    void hostCanAbortAnEntryFromAnotherThread_likeCtrlC() throws Exception {
        SingleThreadExecutor real = SingleThreadExecutor.withRealClock();
        Task entry = real.spawn(new Sleep(real, ms(60_000)), "entry");
        Thread ctrlC = new Thread(() -> {
            try {
                Thread.sleep(30);
            } catch (InterruptedException e) {
                return;
            }
            entry.abort();
        });
        ctrlC.start();
        assertThatThrownBy(() -> real.runUntilFinished(entry)).hasMessageStartingWith("Cancelled");
        ctrlC.join();
        assertThat(real.nowMillis()).isLessThan(30_000);
    }

    @Test
    void blockOnFromInsideAPoll_isRefused() {
        Future nested = cx -> ex.blockOn(new ReadyFuture(1), "inner");
        assertThatThrownBy(() -> ex.blockOn(nested, "outer")).isInstanceOf(IllegalStateException.class);
        assertThat(ex.blockOn(new ReadyFuture("usable"), "after")).isEqualTo("usable");
    }

    @Test
    void currentTask_isTheTaskBeingPolled() {
        Task[] seen = new Task[1];
        Task t = ex.spawn(cx -> {
            seen[0] = ex.currentTask();
            return null;
        }, "me");
        ex.runUntilIdle();
        assertThat(seen[0]).isSameAs(t);
        assertThat(ex.currentTask()).isNull();
    }
}
