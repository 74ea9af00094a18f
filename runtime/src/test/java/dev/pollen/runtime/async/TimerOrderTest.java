package dev.pollen.runtime.async;

import static dev.pollen.runtime.async.TestTime.ms;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimerOrderTest {
    private final SingleThreadExecutor ex = SingleThreadExecutor.withVirtualClock();
    private final List<String> log = new ArrayList<>();

    private Steps sleeper(String name, long millis) {
        return Steps.named(name)
                .await(() -> new Sleep(ex, ms(millis)))
                .run(() -> log.add(name + " " + ex.nowMillis()));
    }

    @Test
    void equalDeadlines_fireInCreationOrder() {
        Steps main = Steps.named("main").await(() -> Join.of(
                ex.spawn(sleeper("a", 100), null),
                ex.spawn(sleeper("b", 50), null),
                ex.spawn(sleeper("c", 100), null),
                ex.spawn(sleeper("d", 50), null)));
        ex.blockOn(main, "main");
        assertThat(log).containsExactly("b 50", "d 50", "a 100", "c 100");
    }

    @Test
    void equalDeadlines_orderByCreationOfTheSleep_notByFirstPoll() {
        Sleep early = new Sleep(ex, ms(10));
        Sleep late = new Sleep(ex, ms(10));
        // the later-created sleep is polled (armed) first, but the earlier one still fires first
        ex.spawn(Steps.named("late").await(() -> late).run(() -> log.add("late")), null);
        ex.spawn(Steps.named("early").await(() -> early).run(() -> log.add("early")), null);
        ex.runFor(ms(20));
        assertThat(log).containsExactly("early", "late");
    }

    @Test
    void allTimersDueAtOneInstant_queueBeforeAnyTaskRuns() {
        Channel ch = new Channel(1);
        Task c = ex.spawn(Steps.named("c").await(() -> ch.receiver().recv()).run(() -> log.add("C")), null);
        Task a = ex.spawn(Steps.named("a").await(() -> new Sleep(ex, ms(10)))
                .run(() -> log.add("A"))
                .run(() -> ch.sender().trySend(1L)), null);
        Task b = ex.spawn(Steps.named("b").await(() -> new Sleep(ex, ms(10))).run(() -> log.add("B")), null);
        ex.blockOn(Join.of(a, b, c), "main");
        assertThat(log).containsExactly("A", "B", "C");
    }

    @Test
    void virtualSleepOfTenHours_completesAtOnce_andTheClockShowsTenHours() {
        long wallStart = System.nanoTime();
        ex.blockOn(new Sleep(ex, ms(10 * 3_600_000L)), "main");
        assertThat(ex.nowMillis()).isEqualTo(36_000_000L);
        assertThat(System.nanoTime() - wallStart).isLessThan(ms(5_000));  // generous: no real waiting
    }

    @Test
    void sleepOfZeroOrLess_completesOnItsFirstPollWithoutYielding() {
        Sleep zero = new Sleep(ex, 0);
        Sleep negative = Sleep.millis(ex, -5L);
        Task t = ex.spawn(zero, null);
        Task u = ex.spawn(negative, null);
        ex.runUntilIdle();
        assertThat(t.isFinished()).isTrue();
        assertThat(u.isFinished()).isTrue();
        assertThat(ex.nowNanos()).isZero();
    }

    @Test
    void sleepDeadline_isFixedAtCreation_notAtFirstPoll() {
        Sleep s = new Sleep(ex, ms(100));
        ex.blockOn(new Sleep(ex, ms(60)), "first");
        ex.blockOn(s, "second");
        assertThat(ex.nowMillis()).isEqualTo(100);
    }

    @Test
    void cancelledSleep_removesItsTimer_soTheClockDoesNotJumpToIt() {
        Timeout quick = new Timeout(ex, new ReadyFuture("x"), ms(1_000));
        assertThat(ex.blockOn(quick, "main")).isEqualTo("x");
        Task waiter = ex.spawn(new Sleep(ex, ms(500)), null);
        ex.runUntilIdle();  // armed
        waiter.abort();
        ex.runUntilIdle();  // cancelled
        ex.blockOn(new Sleep(ex, ms(5)), "main");
        assertThat(ex.nowMillis()).isEqualTo(5);
    }

    @Test
    void floatMillis_roundToTheNearestNanosecond() {
        assertThat(Millis.toNanos(1.5)).isEqualTo(1_500_000L);
        assertThat(Millis.toNanos(0.0000004)).isZero();
        assertThat(Millis.toNanos((Number) 2L)).isEqualTo(2_000_000L);
        assertThat(Millis.toNanos(Double.POSITIVE_INFINITY)).isEqualTo(Long.MAX_VALUE);
        assertThat(Millis.format(ms(50))).isEqualTo("50");
        assertThat(Millis.format(1_250_000)).isEqualTo("1.25");
    }

    @Test
    void actionTimer_runsOnTheLoopAtItsDeadline() {
        Timer timer = ex.newTimer(ms(30), "sensor");
        timer.arm(() -> log.add("sample at " + ex.nowMillis()));
        ex.runFor(ms(100));
        assertThat(log).containsExactly("sample at 30");
        assertThat(ex.nowMillis()).isEqualTo(100);
    }
}
