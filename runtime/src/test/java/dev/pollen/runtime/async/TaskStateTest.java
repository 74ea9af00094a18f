package dev.pollen.runtime.async;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TaskStateTest {
    private final SingleThreadExecutor ex = SingleThreadExecutor.withVirtualClock();

    @Test
    void wakeWhileRunning_reschedulesOnce() {
        Probe probe = new Probe();
        probe.wakeSelfDuringPoll = true;
        Task task = ex.spawn(probe, "p");
        ex.runUntilIdle();
        // polled once, woken during that poll, re-queued, polled again, then idle
        assertThat(probe.polls).hasValue(2);
        assertThat(task.isFinished()).isFalse();
    }

    @Test
    void manyWakesWhileRunning_stillRescheduleOnce() {
        Future wakesThrice = new Future() {
            int polls;

            @Override
            public Object poll(Context cx) {
                polls++;
                if (polls == 1) {
                    cx.waker().wake();
                    cx.waker().wakeByRef();
                    cx.waker().clone().wake();
                }
                return polls == 3 ? "done" : PENDING;
            }
        };
        ex.spawn(wakesThrice, null);
        ex.runUntilIdle();
        assertThat(((Object) wakesThrice)).extracting("polls").isEqualTo(2);
    }

    @Test
    void wakeWhileQueued_queuesOnce() {
        Probe probe = new Probe();
        Task task = ex.spawn(probe, null);
        task.waker().wake();
        task.waker().wake();
        ex.runUntilIdle();
        assertThat(probe.polls).hasValue(1);
    }

    @Test
    void wakeAfterFinish_doesNothing() {
        Task task = ex.spawn(new ReadyFuture(7L), null);
        ex.runUntilIdle();
        task.waker().wake();
        ex.runUntilIdle();
        assertThat(task.isFinished()).isTrue();
        assertThat(task.result()).isEqualTo(7L);
    }

    @Test
    void finishedTask_isNeverPolledAgain() {
        Probe probe = new Probe();
        probe.ready = true;
        probe.value = "v";
        Task task = ex.spawn(probe, null);
        ex.runUntilIdle();
        task.waker().wake();
        task.abort();
        ex.runUntilIdle();
        assertThat(probe.polls).hasValue(1);
        assertThat(task.result()).isEqualTo("v");
    }

    @Test
    void ids_countFromOneInSpawnOrder_andNamesDefaultToTheRootsName() {
        Task first = ex.spawn(new Probe(), "main");
        Task second = ex.spawn(new Sleep(ex, 5), null);
        Task third = ex.spawn(new Probe(), "worker");
        assertThat(List.of(first.id(), second.id(), third.id())).containsExactly(1, 2, 3);
        assertThat(second.name()).isEqualTo("sleep");
        assertThat(third.toString()).isEqualTo("<task 3 worker>");
        assertThat(third.describe()).isEqualTo("task 3 (worker)");
    }

    @Test
    void contextAndWaker_areAllocatedOncePerTask() {
        List<Context> contexts = new ArrayList<>();
        List<Waker> wakers = new ArrayList<>();
        Future f = new Future() {
            int polls;

            @Override
            public Object poll(Context cx) {
                contexts.add(cx);
                wakers.add(cx.waker());
                if (++polls < 3) {
                    cx.waker().wake();
                    return PENDING;
                }
                return null;
            }
        };
        Task task = ex.spawn(f, null);
        ex.runUntilIdle();
        assertThat(contexts).hasSize(3).allMatch(c -> c == task.context());
        assertThat(wakers).allMatch(w -> w == task.waker());
    }

    @Test
    void willWake_isTrueOnlyForTheSameTask() {
        Task a = ex.spawn(new Probe(), null);
        Task b = ex.spawn(new Probe(), null);
        assertThat(a.waker().willWake(a.waker().clone())).isTrue();
        assertThat(a.waker().willWake(b.waker())).isFalse();
        assertThat(a.waker().willWake(null)).isFalse();
    }

    @Test
    void spawnedTask_firstRunsWhenTheSpawnerSuspends() {
        List<String> log = new ArrayList<>();
        Steps main = Steps.named("main")
                .run(() -> log.add("main 1"))
                .run(() -> ex.spawn(Steps.named("a").run(() -> log.add("a")), null))
                .run(() -> log.add("main 2"))
                .await(YieldNow::new)
                .run(() -> log.add("main 3"));
        ex.blockOn(main, "main");
        assertThat(log).containsExactly("main 1", "main 2", "a", "main 3");
    }
}
