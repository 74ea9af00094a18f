package dev.pollen.runtime.async;

import static dev.pollen.runtime.async.TestTime.ms;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pollen.runtime.value.ErrorKind;
import dev.pollen.runtime.value.Location;
import dev.pollen.runtime.value.PollenException;
import dev.pollen.runtime.value.TraceFrame;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TaskHandleTest {
    private final SingleThreadExecutor ex = SingleThreadExecutor.withVirtualClock();
    private final List<String> log = new ArrayList<>();

    @Test
    void awaitingAHandleTwice_givesTheSameValue() {
        Task h = ex.spawn(Steps.named("compute").await(() -> new Sleep(ex, ms(10))).value(7L), "worker");
        Object r = ex.blockOn(Steps.named("main").await(() -> h).await(() -> h).map(v -> v), "main");
        assertThat(r).isEqualTo(7L);
        assertThat(h.isFinished()).isTrue();
    }

    @Test
    void awaitingAFailedHandleTwice_throwsTheSameErrorEachTime() {
        Task g = ex.spawn(Steps.named("failing").await(() -> new Sleep(ex, ms(5))).fail(ErrorKind.KEY), "failer");
        ex.runFor(ms(10));
        List<String> kinds = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            try {
                ex.blockOn(g, "main");
            } catch (PollenException e) {
                kinds.add(e.kind());
            }
        }
        assertThat(kinds).containsExactly("KeyError", "KeyError");
        assertThat(g.isFailureObserved()).isTrue();
    }

    @Test
    void laterAwaiters_getTheirOwnCopyOfTheError_withTheTasksTraceOnly() {
        Location at = new Location("app.pln", 3, 5, 9);
        Future thrower = cx -> {
            PollenException e = PollenException.of(ErrorKind.VALUE, "boom");
            e.locateIfAbsent(at);
            e.addFrame(new TraceFrame("inner", at, false));
            throw e;
        };
        Task t = ex.spawn(thrower, "t");
        ex.runUntilIdle();
        PollenException first = catchError(t);
        first.addFrame(new TraceFrame("main", at, true));  // what an awaiter's unwinding does
        PollenException second = catchError(t);
        assertThat(second).isNotSameAs(first);
        assertThat(second.trace()).hasSize(1);
        assertThat(second.location()).isEqualTo(at);
        assertThat(second.getMessage()).isEqualTo("ValueError: boom");
    }

    private PollenException catchError(Task t) {
        try {
            t.result();
        } catch (PollenException e) {
            return e;
        }
        throw new AssertionError("expected an error");
    }

    @Test
    void waiters_areWokenInTheOrderTheyBeganToWait() {
        Probe target = new Probe();
        Task t = ex.spawn(target, "target");
        for (String name : List.of("w1", "w2", "w3")) {
            ex.spawn(Steps.named(name).await(() -> t).run(() -> log.add(name)), name);
        }
        ex.runUntilIdle();
        target.complete("done");
        ex.runUntilIdle();
        assertThat(log).containsExactly("w1", "w2", "w3");
    }

    @Test
    void aWaiterPollingTwice_isRegisteredOnce() {
        Probe target = new Probe();
        Task t = ex.spawn(target, null);
        Future pollsTwice = new Future() {
            int polls;

            @Override
            public Object poll(Context cx) {
                polls++;
                Object a = t.poll(cx);
                Object b = t.poll(cx);
                return a == PENDING && b == PENDING ? PENDING : "done after " + polls;
            }
        };
        Task waiter = ex.spawn(pollsTwice, null);
        ex.runUntilIdle();
        target.complete(1);
        ex.runUntilIdle();
        assertThat(waiter.result()).isEqualTo("done after 2");
    }

    @Test
    void cancellingAHandle_onlyForgetsTheWaiter_theTaskRunsOn() {
        Probe target = new Probe();
        Task t = ex.spawn(target, "target");
        Task selector = ex.spawn(Select.of(t, new Sleep(ex, ms(10))), "selector");
        ex.runFor(ms(20));
        assertThat(selector.isFinished()).isTrue();
        int pollsBefore = target.polls.get();
        assertThat(t.isFinished()).isFalse();
        target.complete("late");
        ex.runUntilIdle();
        assertThat(t.result()).isEqualTo("late");
        assertThat(target.polls.get()).isEqualTo(pollsBefore + 1);
        assertThat(target.cancels).hasValue(0);
    }

    @Test
    void spawnedTaskError_nobodyAwaited_isAnUnobservedFailure() {
        Task bad = ex.spawn(Steps.named("fails").await(() -> new Sleep(ex, ms(5))).fail(ErrorKind.VALUE), "bad");
        ex.blockOn(new Sleep(ex, ms(20)), "main");
        ex.shutdown();
        assertThat(ex.unobservedFailures()).containsExactly(bad);
        assertThat(bad.failure().kind()).isEqualTo("ValueError");
    }

    @Test
    void observedFailure_isNotReported() {
        Task bad = ex.spawn(Steps.named("fails").fail(ErrorKind.VALUE), "bad");
        assertThatThrownBy(() -> ex.blockOn(bad, "main")).isInstanceOf(PollenException.class);
        assertThat(ex.unobservedFailures()).isEmpty();
    }

    @Test
    void blockOnTargetsError_isThrown_andCountsAsObserved() {
        assertThatThrownBy(() -> ex.blockOn(Steps.named("main").fail(ErrorKind.TYPE), "main"))
                .isInstanceOf(PollenException.class)
                .hasMessageStartingWith("TypeError");
        assertThat(ex.unobservedFailures()).isEmpty();
    }

    @Test
    void internalErrorFromAPoll_endsTheRun_andIsNotAScriptError() {
        Future broken = cx -> {
            throw new IllegalStateException("interpreter bug");
        };
        assertThatThrownBy(() -> ex.blockOn(broken, "main")).isInstanceOf(IllegalStateException.class);
        assertThat(ex.liveTasks()).isEmpty();
        assertThat(ex.blockOn(new ReadyFuture(1L), "next")).isEqualTo(1L);
    }
}
