package dev.pollen.runtime.async;

import static dev.pollen.runtime.async.TestTime.ms;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pollen.runtime.value.PollenException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class IntervalTest {
    private final SingleThreadExecutor ex = SingleThreadExecutor.withVirtualClock();
    private final List<String> log = new ArrayList<>();

    @Test
    void ticksCompleteOnSchedule_evenWithWorkBetweenThem() {
        Interval it = new Interval(ex, ms(100));
        Steps main = Steps.named("main");
        for (int i = 0; i < 3; i++) {
            int n = i;
            main.await(it::tick)
                    .run(() -> log.add("tick " + n + " " + ex.nowMillis()))
                    .await(() -> new Sleep(ex, ms(30)));
        }
        ex.blockOn(main, "main");
        assertThat(log).containsExactly("tick 0 0", "tick 1 100", "tick 2 200");
    }

    @Test
    void lateTicks_completeAtOnce_andKeepTheSchedule() {
        Interval it = Interval.millis(ex, 100L);
        ex.blockOn(it.tick(), "first");
        ex.blockOn(new Sleep(ex, ms(250)), "busy");
        for (int i = 0; i < 3; i++) {
            ex.blockOn(it.tick(), "tick");
            log.add("tick at " + ex.nowMillis());
        }
        // ticks due at 100 and 200 are late and burst at 250; the one due at 300 waits
        assertThat(log).containsExactly("tick at 250", "tick at 250", "tick at 300");
    }

    @Test
    void startIsTheCreationTime() {
        ex.runFor(ms(7));
        Interval it = new Interval(ex, ms(10));
        ex.blockOn(it.tick(), "t0");
        ex.blockOn(it.tick(), "t1");
        assertThat(ex.nowMillis()).isEqualTo(17);
    }

    @Test
    void cancelledTick_doesNotUseUpATick() {
        Interval it = new Interval(ex, ms(10));
        ex.blockOn(it.tick(), "t0");
        Object r = ex.blockOn(Select.of(it.tick(), new Sleep(ex, ms(5))), "lost");
        ex.blockOn(it.tick(), "t1");
        assertThat(ex.nowMillis()).isEqualTo(10);
        assertThat(r).isNotNull();
    }

    @Test
    void nonPositivePeriod_isAValueError() {
        assertThatThrownBy(() -> new Interval(ex, 0)).isInstanceOf(PollenException.class);
    }
}
