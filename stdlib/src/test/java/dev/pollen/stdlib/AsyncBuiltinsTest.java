package dev.pollen.stdlib;

import static dev.pollen.stdlib.TestEngine.method;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pollen.runtime.async.Context;
import dev.pollen.runtime.async.Future;
import dev.pollen.runtime.async.Task;
import dev.pollen.runtime.value.PList;
import dev.pollen.runtime.value.PollValue;
import dev.pollen.runtime.value.PollenException;
import dev.pollen.runtime.value.Printer;
import dev.pollen.runtime.value.Values;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AsyncBuiltinsTest {
    private final TestEngine e = new TestEngine();

    @Test
    void readyWrapsAValueAndPendingIsTheSingleton() {
        assertThat(Printer.str(e.call("Ready", 1L))).isEqualTo("Ready(1)");
        assertThat(Printer.str(e.globals.get("Pending"))).isEqualTo("Pending");
    }

    @Test
    void sleepCompletesWithNilAtItsDeadlineOnTheVirtualClock() {
        assertThat(e.run(e.call("sleep", 250L))).isNull();
        assertThat(e.call("now")).isEqualTo(250L);
    }

    @Test
    void sleepAcceptsFloatMilliseconds() {
        e.run(e.call("sleep", 1.5));
        assertThat(e.call("now")).isEqualTo(1L);
    }

    @Test
    void sleepOfAStringIsATypeError() {
        assertThatThrownBy(() -> e.call("sleep", "10")).hasMessage("TypeError: sleep() argument 1 must be a number, not string");
    }

    @Test
    void builtinFuturesAreNamedAfterTheirFunction() {
        assertThat(Printer.str(e.call("sleep", 1L))).isEqualTo("<future sleep>");
        assertThat(Values.typeOf(e.call("ready", 1L))).isEqualTo("future");
        assertThat(Values.typeOf(e.call("yield_now"))).isEqualTo("future");
    }

    @Test
    void spawnReturnsATaskHandleWithIdNameAndFinishedState() {
        Object main = TestEngine.onPoll(cx -> {
            Task h = (Task) e.call("spawn", e.call("ready", 7L), "worker");
            return PList.of(method(h, "id"), method(h, "name"), method(h, "is_finished"), Printer.str(h));
        });
        assertThat(Printer.str(e.run(main))).isEqualTo("[2, \"worker\", false, \"<task 2 worker>\"]");
    }

    @Test
    void spawnedTaskDefaultsToItsFuturesName() {
        Task h = (Task) e.call("spawn", e.call("sleep", 1L));
        assertThat(method(h, "name")).isEqualTo("sleep");
        assertThat(e.run(h)).isNull();
        assertThat(method(h, "is_finished")).isEqualTo(true);
    }

    @Test
    void abortingATaskMakesAwaitingItThrowCancelled() {
        Task h = (Task) e.call("spawn", e.call("pending"));
        method(h, "abort");
        assertThatThrownBy(() -> e.run(h)).hasMessageStartingWith("Cancelled:");
    }

    @Test
    void joinGivesResultsInArgumentOrder() {
        Object joined = e.call("join", e.call("ready", 1L), e.call("sleep", 5L), e.call("ready", "c"));
        assertThat(Printer.str(e.run(joined))).isEqualTo("[1, nil, \"c\"]");
    }

    @Test
    void joinAllTakesAList() {
        Object joined = e.call("join_all", PList.of(e.call("ready", 1L), e.call("ready", 2L)));
        assertThat(Printer.str(e.run(joined))).isEqualTo("[1, 2]");
    }

    @Test
    void joinOfANonFutureIsATypeError() {
        assertThatThrownBy(() -> e.call("join", e.call("ready", 1L), 5L)).hasMessage("TypeError: int is not a future");
    }

    @Test
    void selectGivesIndexAndValueOfTheFirstToFinish() {
        Object sel = e.call("select", e.call("sleep", 50L), e.call("ready", "fast"));
        assertThat(Printer.str(e.run(sel))).isEqualTo("[1, \"fast\"]");
    }

    @Test
    void selectAllOfAnEmptyListIsAValueError() {
        assertThatThrownBy(() -> e.call("select_all", new PList())).hasMessageStartingWith("ValueError:");
    }

    @Test
    void timeoutThrowsTimeoutAfterTheGivenMilliseconds() {
        Object t = e.call("timeout", e.call("pending"), 10L);
        assertThatThrownBy(() -> e.run(t)).hasMessageStartingWith("Timeout");
        assertThat(e.call("now")).isEqualTo(10L);
    }

    @Test
    void timeoutGivesTheValueWhenInTime() {
        assertThat(e.run(e.call("timeout", e.call("ready", 42L), 10L))).isEqualTo(42L);
    }

    @Test
    void channelReturnsSenderAndReceiverWorkingThroughTheirMethods() {
        PList ends = (PList) e.call("channel", 2L);
        Object tx = ends.get(0);
        Object rx = ends.get(1);
        assertThat(Values.typeOf(tx)).isEqualTo("sender");
        assertThat(Values.typeOf(rx)).isEqualTo("receiver");
        assertThat(List.of(method(tx, "try_send", 1L), method(tx, "try_send", 2L), method(tx, "try_send", 3L)))
                .containsExactly(true, true, false);
        assertThat(e.run(method(rx, "recv"))).isEqualTo(1L);
        assertThat(method(rx, "try_recv")).isEqualTo(2L);
        assertThat(method(rx, "try_recv")).isNull();
    }

    @Test
    void sendingOnAClosedChannelThrowsChannelClosed() {
        PList ends = (PList) e.call("channel", 1L);
        method(ends.get(0), "close");
        Object send = method(ends.get(0), "send", 1L);
        assertThatThrownBy(() -> e.run(send)).hasMessageStartingWith("ChannelClosed");
        assertThat(e.run(method(ends.get(1), "recv"))).isNull();
    }

    @Test
    void channelCapacityBelowOneIsAValueError() {
        assertThatThrownBy(() -> e.call("channel", 0L)).hasMessageStartingWith("ValueError:");
    }

    @Test
    void semaphoreCountsPermits() {
        Object s = e.call("semaphore", 2L);
        e.run(method(s, "acquire"));
        assertThat(method(s, "available")).isEqualTo(1L);
        method(s, "release");
        assertThat(method(s, "available")).isEqualTo(2L);
        assertThat(Printer.str(s)).isEqualTo("<semaphore>");
    }

    @Test
    void intervalTicksAtStartThenEveryPeriod() {
        Object it = e.call("interval", 100L);
        List<Object> times = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            e.run(method(it, "tick"));
            times.add(e.call("now"));
        }
        assertThat(times).containsExactly(0L, 100L, 200L);
    }

    @Test
    void pollFnCallsTheClosureOnEveryPollUntilReady() {
        int[] polls = {0};
        Object f = e.call("poll_fn", new NativeFunction("f", args -> {
            polls[0]++;
            if (polls[0] < 3) {
                ((Context) args[0]).waker().wakeByRef();
                return PollValue.PENDING;
            }
            return PollValue.ready("done");
        }));
        assertThat(polls[0]).isZero();
        assertThat(e.run(f)).isEqualTo("done");
        assertThat(polls[0]).isEqualTo(3);
    }

    @Test
    void pollFnClosureReturningAPlainValueIsATypeError() {
        Object f = e.call("poll_fn", new NativeFunction("f", args -> 5L));
        assertThatThrownBy(() -> e.run(f))
                .hasMessage("TypeError: poll_fn closure must return Ready(v) or Pending, got int");
    }

    @Test
    void contextAndWakerMethodsWorkInsideAPoll() {
        Object f = e.call("poll_fn", new NativeFunction("f", args -> {
            Object cx = args[0];
            Object w = method(cx, "waker");
            Object clone = method(w, "clone");
            return PollValue.ready(PList.of(Values.typeOf(cx), Values.typeOf(w),
                    method(w, "will_wake", clone), method(w, "will_wake", 5L)));
        }));
        assertThat(Printer.str(e.run(f))).isEqualTo("[\"context\", \"waker\", true, false]");
    }

    @Test
    void yieldNowSuspendsOnceThenCompletes() {
        Future y = (Future) e.call("yield_now");
        assertThat(e.run(y)).isNull();
    }

    @Test
    void wakingAFinishedTasksWakerDoesNothing() {
        Object w = e.run(e.call("poll_fn", new NativeFunction("f", args -> PollValue.ready(method(args[0], "waker")))));
        assertThat(method(w, "wake")).isNull();
        assertThat(method(w, "wake_by_ref")).isNull();
    }

    @Test
    void spawnNameMustBeAString() {
        assertThatThrownBy(() -> e.call("spawn", e.call("ready", 1L), 3L))
                .isInstanceOf(PollenException.class)
                .hasMessage("TypeError: spawn() argument 2 must be a string, not int");
    }
}
