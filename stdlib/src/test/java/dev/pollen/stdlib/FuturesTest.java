package dev.pollen.stdlib;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pollen.runtime.async.Context;
import dev.pollen.runtime.async.Future;
import dev.pollen.runtime.async.ReadyFuture;
import dev.pollen.runtime.value.PollValue;
import dev.pollen.runtime.value.Printer;
import dev.pollen.runtime.value.StructInstance;
import dev.pollen.runtime.value.StructType;
import java.util.List;
import org.junit.jupiter.api.Test;

class FuturesTest {
    private final TestEngine e = new TestEngine();

    /** The spec's Countdown: counts n down, waking itself, then is Ready("liftoff"). */
    private static StructInstance countdown(long n) {
        StructType type = new StructType("Countdown", List.of("n", "polls"));
        type.defineMethod("poll", new NativeFunction("poll", args -> {
            StructInstance self = (StructInstance) args[0];
            self.setField("polls", (Long) self.getField("polls") + 1);
            long left = (Long) self.getField("n");
            if (left == 0) {
                return PollValue.ready("liftoff");
            }
            self.setField("n", left - 1);
            ((Context) args[1]).waker().wakeByRef();
            return PollValue.PENDING;
        }), true);
        return (StructInstance) type.call(new Object[] {n, 0L});
    }

    @Test
    void aFutureIsItself() {
        Future f = new ReadyFuture(1L);
        assertThat(Futures.toFuture(f)).isSameAs(f);
    }

    @Test
    void structWithPollIsPolledUntilReady() {
        StructInstance c = countdown(3);
        assertThat(e.run(c)).isEqualTo("liftoff");
        assertThat(c.getField("polls")).isEqualTo(4L);
        assertThat(e.call("now")).isEqualTo(0L);
    }

    @Test
    void userFutureIsNamedAfterItsStruct() {
        assertThat(Printer.str(Futures.toFuture(countdown(1)))).isEqualTo("<future Countdown>");
    }

    @Test
    void userFutureCanBeSpawned() {
        Object h = e.call("spawn", countdown(2));
        assertThat(Printer.str(h)).isEqualTo("<task 1 Countdown>");
        assertThat(e.run(h)).isEqualTo("liftoff");
    }

    @Test
    void pollReturningAPlainValueIsATypeError() {
        StructType bad = new StructType("Bad", List.of("v"));
        bad.defineMethod("poll", new NativeFunction("poll", args -> ((StructInstance) args[0]).getField("v")), true);
        Object b = bad.call(new Object[] {1L});
        assertThatThrownBy(() -> e.run(b)).hasMessage("TypeError: poll() must return Ready(v) or Pending, got int");
    }

    @Test
    void structWithoutPollIsNotAFuture() {
        Object p = new StructType("Point", List.of()).call(new Object[0]);
        assertThat(Futures.isFuture(p)).isFalse();
        assertThatThrownBy(() -> Futures.toFuture(p)).hasMessage("TypeError: Point is not a future");
    }

    @Test
    void staticPollWithoutSelfDoesNotMakeAFuture() {
        StructType t = new StructType("S", List.of());
        t.defineMethod("poll", new NativeFunction("poll", args -> PollValue.ready(1L)), false);
        assertThat(Futures.isFuture(t.call(new Object[0]))).isFalse();
    }

    @Test
    void anIntIsNotAFuture() {
        assertThatThrownBy(() -> Futures.toFuture(5L)).hasMessage("TypeError: int is not a future");
    }
}
