package dev.pollen.runtime.async;

import static dev.pollen.runtime.async.TestTime.ms;
import static org.assertj.core.api.Assertions.assertThat;

import dev.pollen.runtime.value.ErrorKind;
import dev.pollen.runtime.value.PollenException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AbortTest {
    private final SingleThreadExecutor ex = SingleThreadExecutor.withVirtualClock();
    private final List<String> log = new ArrayList<>();

    private String kindOf(Task t) {
        try {
            t.result();
            return "no error";
        } catch (PollenException e) {
            return e.kind();
        }
    }

    @Test
    void abortBeforeFirstPoll_neverRuns_andAwaitingThrowsCancelled() {
        Probe root = new Probe();
        Task never = ex.spawn(root, "never");
        never.abort();
        ex.runUntilIdle();
        assertThat(root.polls).hasValue(0);
        assertThat(root.cancels).hasValue(0);
        assertThat(never.isFinished()).isTrue();
        assertThat(kindOf(never)).isEqualTo(ErrorKind.CANCELLED);
    }

    @Test
    void abortAWaitingTask_cancelsItsRoot_runsFinally_thenCompletesCancelled() {
        Task h = ex.spawn(Steps.named("worker")
                .run(() -> log.add("working"))
                .await(() -> new Sleep(ex, ms(100)))
                .run(() -> log.add("not reached"))
                .finallyRun(() -> log.add("cleanup " + ex.nowMillis())), "worker");
        ex.blockOn(new Sleep(ex, ms(10)), "main");
        h.abort();
        ex.runUntilIdle();
        assertThat(log).containsExactly("working", "cleanup 10");
        assertThat(kindOf(h)).isEqualTo(ErrorKind.CANCELLED);
        assertThat(ex.unobservedFailures()).isEmpty();
    }

    @Test
    void abortedTask_completesCancelled_whateverItsCleanupDid() {
        Future throwsOnCancel = new Future() {
            @Override
            public Object poll(Context cx) {
                return PENDING;
            }

            @Override
            public void cancel() {
                throw PollenException.of(ErrorKind.VALUE, "cleanup failed");
            }
        };
        Task t = ex.spawn(throwsOnCancel, null);
        ex.runUntilIdle();
        t.abort();
        ex.runUntilIdle();
        assertThat(kindOf(t)).isEqualTo(ErrorKind.CANCELLED);
        assertThat(ex.unobservedFailures()).isEmpty();
    }

    @Test
    void abortAFinishedTask_doesNothing() {
        Task quick = ex.spawn(new ReadyFuture(5L), null);
        ex.runUntilIdle();
        quick.abort();
        ex.runUntilIdle();
        assertThat(quick.result()).isEqualTo(5L);
        assertThat(quick.isCancelled()).isFalse();
    }

    @Test
    void taskAbortingItselfDuringAPoll_completesCancelled_evenIfThePollFinished() {
        Task[] self = new Task[1];
        Future selfAbort = cx -> {
            self[0].abort();
            return "finished anyway";
        };
        self[0] = ex.spawn(selfAbort, null);
        ex.runUntilIdle();
        assertThat(kindOf(self[0])).isEqualTo(ErrorKind.CANCELLED);
    }

    @Test
    void abortWhilePending_inTheSamePoll_cancelsOnTheNextRun() {
        Probe root = new Probe();
        Task[] self = new Task[1];
        Future abortsThenWaits = cx -> {
            self[0].abort();
            return root.poll(cx);
        };
        self[0] = ex.spawn(abortsThenWaits, null);
        ex.runUntilIdle();
        assertThat(self[0].isFinished()).isTrue();
        assertThat(kindOf(self[0])).isEqualTo(ErrorKind.CANCELLED);
    }

    @Test
    void contextIsCancelled_duringTheCancellingRun() {
        boolean[] seen = new boolean[1];
        Task[] task = new Task[1];
        Future root = new Future() {
            @Override
            public Object poll(Context cx) {
                return PENDING;
            }

            @Override
            public void cancel() {
                seen[0] = task[0].context().isCancelled();
            }
        };
        task[0] = ex.spawn(root, null);
        ex.runUntilIdle();
        task[0].abort();
        ex.runUntilIdle();
        assertThat(seen[0]).isTrue();
    }

    @Test
    void awaiterOfAnAbortedTask_isWokenWithCancelled() {
        Task h = ex.spawn(new Sleep(ex, ms(100)), "sleeper");
        Task main = ex.spawn(Steps.named("main")
                .await(() -> new Sleep(ex, ms(10)))
                .run(h::abort)
                .await(() -> h), "main");
        try {
            ex.runUntilFinished(main);
        } catch (PollenException e) {
            log.add(e.kind() + " at " + ex.nowMillis());
        }
        assertThat(log).containsExactly("Cancelled at 10");
    }
}
