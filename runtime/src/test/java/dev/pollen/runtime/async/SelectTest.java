package dev.pollen.runtime.async;

import static dev.pollen.runtime.async.TestTime.ms;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pollen.runtime.value.ErrorKind;
import dev.pollen.runtime.value.PList;
import dev.pollen.runtime.value.PollenException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SelectTest {
    private final SingleThreadExecutor ex = SingleThreadExecutor.withVirtualClock();
    private final List<String> log = new ArrayList<>();

    private Steps after(long millis, Object v) {
        return Steps.named("after")
                .await(() -> new Sleep(ex, ms(millis)))
                .finallyRun(() -> log.add("finally " + v + " " + ex.nowMillis()))
                .value(v);
    }

    @Test
    void firstToComplete_winsWithItsIndex_andTheLosersAreCancelled() {
        Object r = ex.blockOn(Select.of(after(50, "slow"), after(10, "fast")), "main");
        assertThat(((PList) r).items()).containsExactly(1L, "fast");
        assertThat(log).containsExactly("finally fast 10", "finally slow 10");
    }

    @Test
    void childrenArePolledInArgumentOrder_soTheFirstReadyWins() {
        Object r = ex.blockOn(Select.of(new ReadyFuture(1L), new ReadyFuture(2L)), "main");
        assertThat(((PList) r).items()).containsExactly(0L, 1L);
    }

    @Test
    void childThatThrowsFirst_makesTheSelectThrow_andCancelsTheOthers() {
        Probe other = new Probe();
        Steps bad = Steps.named("bad").await(() -> new Sleep(ex, ms(5))).fail(ErrorKind.KEY);
        assertThatThrownBy(() -> ex.blockOn(Select.of(other, bad), "main"))
                .isInstanceOf(PollenException.class)
                .hasMessageStartingWith("KeyError");
        assertThat(other.cancels).hasValue(1);
    }

    @Test
    void losingTaskHandle_keepsItsTaskRunning() {
        Task slow = ex.spawn(after(50, "task"), "slow");
        Object r = ex.blockOn(Select.of(slow, new Sleep(ex, ms(10))), "main");
        assertThat(((PList) r).get(0)).isEqualTo(1L);
        ex.runFor(ms(100));
        assertThat(slow.result()).isEqualTo("task");
    }

    @Test
    void emptySelect_isAValueError() {
        assertThatThrownBy(() -> new Select(List.of()))
                .isInstanceOf(PollenException.class)
                .hasMessageStartingWith("ValueError");
    }
}
