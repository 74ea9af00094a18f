package dev.pollen.runtime.value;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pollen.runtime.async.Channel;
import dev.pollen.runtime.async.Interval;
import dev.pollen.runtime.async.ReadyFuture;
import dev.pollen.runtime.async.Semaphore;
import dev.pollen.runtime.async.SingleThreadExecutor;
import dev.pollen.runtime.async.Task;
import org.junit.jupiter.api.Test;

class HostTypesTest {

    @Test
    void channelEndsSemaphoresAndIntervalsHaveScriptTypeNames() {
        Channel ch = new Channel(1);
        SingleThreadExecutor executor = SingleThreadExecutor.withVirtualClock();
        assertThat(Values.typeOf(ch.sender())).isEqualTo("sender");
        assertThat(Values.typeOf(ch.receiver())).isEqualTo("receiver");
        assertThat(Values.typeOf(new Semaphore(1))).isEqualTo("semaphore");
        assertThat(Values.typeOf(Interval.millis(executor, 10L))).isEqualTo("interval");
    }

    @Test
    void channelEndsSemaphoresAndIntervalsPrintTheirTypeInAngleBrackets() {
        Channel ch = new Channel(1);
        SingleThreadExecutor executor = SingleThreadExecutor.withVirtualClock();
        assertThat(Printer.str(PList.of(ch.sender(), ch.receiver()))).isEqualTo("[<sender>, <receiver>]");
        assertThat(Printer.str(Interval.millis(executor, 10L))).isEqualTo("<interval>");
    }

    @Test
    void taskIsATaskNotAFutureAndPrintsIdAndName() {
        SingleThreadExecutor executor = SingleThreadExecutor.withVirtualClock();
        Task t = executor.spawn(new ReadyFuture(1L), "getter");
        assertThat(Values.typeOf(t)).isEqualTo("task");
        assertThat(Printer.str(t)).isEqualTo("<task 1 getter>");
    }

    @Test
    void wakerAndContextPrintWithoutDetails() {
        SingleThreadExecutor executor = SingleThreadExecutor.withVirtualClock();
        Task t = executor.spawn(new ReadyFuture(1L), "t");
        assertThat(Values.typeOf(t.waker())).isEqualTo("waker");
        assertThat(Values.typeOf(t.context())).isEqualTo("context");
        assertThat(Printer.str(PList.of(t.waker(), t.context()))).isEqualTo("[<waker>, <context>]");
    }

    @Test
    void listToStringIsItsPrintedForm() {
        assertThat(PList.of(1L, "a").toString()).isEqualTo("[1, \"a\"]");
    }
}
