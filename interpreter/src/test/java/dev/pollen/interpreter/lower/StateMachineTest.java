package dev.pollen.interpreter.lower;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pollen.interpreter.embed.Pollen;
import dev.pollen.interpreter.embed.PollenConfig;
import dev.pollen.interpreter.internal.EngineInternals;
import dev.pollen.runtime.async.Context;
import dev.pollen.runtime.async.Future;
import dev.pollen.runtime.async.PollFn;
import dev.pollen.runtime.value.Callable;
import dev.pollen.runtime.value.PollenException;
import org.junit.jupiter.api.Test;

/**
 * The frame of an async fn is the Future: polling it from Java shows it suspend at an await
 * (returning Pending on the calling thread, with no thread parked anywhere) and resume where it
 * stopped.
 */
class StateMachineTest {

    /** A future that is pending for its first {@code pendingPolls} polls, then ready with 41. */
    private static final class Gate implements Future {
        int polls;
        private final int pendingPolls;

        Gate(int pendingPolls) {
            this.pendingPolls = pendingPolls;
        }

        @Override
        public Object poll(Context cx) {
            return ++polls > pendingPolls ? (Object) 41L : PENDING;
        }
    }

    private static Context someContext(Pollen pollen) {
        return (Context) EngineInternals.executor(pollen).blockOn(new PollFn(cx -> cx), "context");
    }

    @Test
    void pollingAnAsyncFnFrame_suspendsAtTheAwaitAndResumesThere() {
        try (Pollen pollen = new Pollen(PollenConfig.defaults().withVirtualClock(true))) {
            pollen.eval("async fn add_one(x) { print(\"started\"); x.await + 1 }");
            Callable addOne = (Callable) EngineInternals.scriptGlobals(pollen).get("add_one");
            Gate gate = new Gate(2);
            Future machine = (Future) addOne.call(new Object[] {gate});
            Context cx = someContext(pollen);

            assertThat(gate.polls).as("lazy: nothing runs before the first poll").isZero();
            assertThat(machine.poll(cx)).isSameAs(Future.PENDING);
            assertThat(machine.poll(cx)).isSameAs(Future.PENDING);
            assertThat(machine.poll(cx)).isEqualTo(42L);
            assertThat(gate.polls).isEqualTo(3);
        }
    }

    @Test
    void pollingAfterCompletion_throwsValueError() {
        try (Pollen pollen = new Pollen(PollenConfig.defaults().withVirtualClock(true))) {
            pollen.eval("async fn one() { 1 }");
            Future machine = (Future) ((Callable) EngineInternals.scriptGlobals(pollen).get("one")).call(new Object[0]);
            Context cx = someContext(pollen);
            assertThat(machine.poll(cx)).isEqualTo(1L);
            assertThatThrownBy(() -> machine.poll(cx))
                    .isInstanceOf(PollenException.class)
                    .hasMessageContaining("future polled after completion");
        }
    }

    @Test
    void cancellingANeverPolledMachine_runsNothing() {
        String out = Scripts.run("""
                async fn f() { try { print("body"); } finally { print("finally"); } }
                let fut = f();
                select(fut, ready(1)).await;
                print("end");
                """);
        assertThat(out).isEqualTo("body\nfinally\nend\n");
    }
}
