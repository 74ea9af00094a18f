package dev.pollen.runtime.async;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class YieldAndPollFnTest {
    private final SingleThreadExecutor ex = SingleThreadExecutor.withVirtualClock();
    private final List<String> log = new ArrayList<>();

    private Steps count(String name, int n) {
        Steps s = Steps.named(name);
        for (int i = 0; i < n; i++) {
            int k = i;
            s.run(() -> log.add(name + " " + k)).await(YieldNow::new);
        }
        return s;
    }

    @Test
    void yieldNow_sendsTheTaskToTheBackOfTheQueue_soTasksInterleave() {
        Task[] h = new Task[2];
        Steps main = Steps.named("main")
                .run(() -> h[0] = ex.spawn(count("a", 3), null))
                .run(() -> h[1] = ex.spawn(count("b", 3), null));
        ex.blockOn(main.await(() -> count("m", 2)).await(() -> h[0]).await(() -> h[1]), "main");
        assertThat(log).containsExactly("m 0", "a 0", "b 0", "m 1", "a 1", "b 1", "a 2", "b 2");
    }

    @Test
    void pollFn_callsItsHookOnEveryPoll() {
        int[] polls = {0};
        PollFn f = new PollFn(cx -> {
            polls[0]++;
            if (polls[0] < 3) {
                cx.waker().wakeByRef();
                return Future.PENDING;
            }
            return "done after " + polls[0];
        });
        assertThat(polls[0]).isZero();
        assertThat(ex.blockOn(f, "main")).isEqualTo("done after 3");
        assertThat(ex.nowNanos()).isZero();
    }

    @Test
    void readyFuture_isReadyAtOnce() {
        assertThat(ex.blockOn(new ReadyFuture(42L), "main")).isEqualTo(42L);
    }

    @Test
    void userFutureThatStoresItsWaker_isWokenByAnotherTask() {
        Object[] waker = new Object[1];
        boolean[] fired = {false};
        Future signal = cx -> {
            if (fired[0]) {
                return "fired";
            }
            waker[0] = cx.waker();
            return Future.PENDING;
        };
        ex.spawn(Steps.named("firer")
                .await(() -> new Sleep(ex, TestTime.ms(40)))
                .run(() -> {
                    fired[0] = true;
                    ((Waker) waker[0]).wake();
                }), null);
        assertThat(ex.blockOn(signal, "main")).isEqualTo("fired");
        assertThat(ex.nowMillis()).isEqualTo(40);
    }

    @Test
    void futureNames_areTheBuiltinsNames() {
        assertThat(List.of(new Sleep(ex, 1).name(), new YieldNow().name(), Join.of().name(),
                Select.of(new PendingFuture()).name(), new PendingFuture().name(), new ReadyFuture(1).name(),
                new PollFn(cx -> null).name(), new Channel(1).receiver().recv().name(),
                new Channel(1).sender().send(1).name(), new Semaphore(1).acquire().name(),
                new Interval(ex, 1).tick().name(), new Timeout(ex, new PendingFuture(), 1).name()))
                .containsExactly("sleep", "yield_now", "join", "select", "pending", "ready", "poll_fn",
                        "recv", "send", "acquire", "tick", "timeout");
    }
}
