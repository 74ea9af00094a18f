package dev.pollen.runtime.async;

import static dev.pollen.runtime.async.TestTime.ms;
import static org.assertj.core.api.Assertions.assertThat;

import dev.pollen.runtime.value.ErrorKind;
import dev.pollen.runtime.value.PList;
import dev.pollen.runtime.value.PollenException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JoinTest {
    private final SingleThreadExecutor ex = SingleThreadExecutor.withVirtualClock();
    private final List<String> log = new ArrayList<>();

    private Steps after(long millis, Object v) {
        return Steps.named("after")
                .await(() -> new Sleep(ex, ms(millis)))
                .run(() -> log.add("done " + v + " " + ex.nowMillis()))
                .value(v);
    }

    @Test
    void results_comeInArgumentOrder_whateverOrderTheChildrenFinish() {
        Object r = ex.blockOn(Join.of(after(30, "a"), after(10, "b"), after(20, "c")), "main");
        assertThat(((PList) r).items()).containsExactly("a", "b", "c");
        assertThat(log).containsExactly("done b 10", "done c 20", "done a 30");
    }

    @Test
    void eachPoll_pollsEveryUnfinishedChildInOrder() {
        Probe a = new Probe();
        Probe b = new Probe();
        Probe c = new Probe();
        Task t = ex.spawn(Join.of(a, b, c), null);
        ex.runUntilIdle();
        b.complete("B");
        ex.runUntilIdle();
        assertThat(List.of(a.polls.get(), b.polls.get(), c.polls.get())).containsExactly(2, 2, 2);
        a.complete("A");
        ex.runUntilIdle();
        assertThat(List.of(a.polls.get(), b.polls.get(), c.polls.get())).containsExactly(3, 2, 3);
        assertThat(t.isFinished()).isFalse();
    }

    @Test
    void childThrows_siblingsAreCancelledInOrder_andTheErrorPropagates() {
        Steps slow = Steps.named("slow")
                .await(() -> new Sleep(ex, ms(100)))
                .run(() -> log.add("slow finished"))
                .finallyRun(() -> log.add("slow cleanup " + ex.nowMillis()));
        Steps slower = Steps.named("slower")
                .await(() -> new Sleep(ex, ms(200)))
                .finallyRun(() -> log.add("slower cleanup " + ex.nowMillis()));
        Steps bad = Steps.named("bad").await(() -> new Sleep(ex, ms(10))).fail(ErrorKind.VALUE);
        try {
            ex.blockOn(Join.of(slow, bad, slower), "main");
        } catch (PollenException e) {
            log.add("caught " + e.kind() + " " + ex.nowMillis());
        }
        assertThat(log).containsExactly("slow cleanup 10", "slower cleanup 10", "caught ValueError 10");
    }

    @Test
    void emptyJoin_completesAtOnceWithAnEmptyList() {
        Object r = ex.blockOn(new Join(List.of()), "main");
        assertThat(((PList) r).size()).isZero();
    }

    @Test
    void cancellingAJoin_cancelsItsUnfinishedChildren() {
        Probe a = new Probe();
        Probe b = new Probe();
        b.ready = true;
        Join join = Join.of(a, b);
        Task t = ex.spawn(join, null);
        ex.runUntilIdle();
        t.abort();
        ex.runUntilIdle();
        assertThat(a.cancels).hasValue(1);
        assertThat(b.cancels).hasValue(0);
    }

    @Test
    void joinOfTaskHandles_waitsForAllTasks() {
        Task a = ex.spawn(after(5, 1L), null);
        Task b = ex.spawn(after(1, 2L), null);
        Object r = ex.blockOn(Join.of(a, b), "main");
        assertThat(((PList) r).items()).containsExactly(1L, 2L);
        assertThat(ex.nowMillis()).isEqualTo(5);
    }
}
