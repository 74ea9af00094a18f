package dev.pollen.runtime.async;

import static dev.pollen.runtime.async.TestTime.ms;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 2, unit = TimeUnit.MINUTES)
class DeadlockTest {
    private final SingleThreadExecutor ex = SingleThreadExecutor.withVirtualClock();

    /** Stands in for a compiled state machine suspended at an await with a known location. */
    private static Future waitingAt(Future inner, String where) {
        return new Future() {
            @Override
            public Object poll(Context cx) {
                return inner.poll(cx);
            }

            @Override
            public String describeWait() {
                return inner.describeWait() + " at " + where;
            }
        };
    }

    @Test
    void mainWaitingOnAnEmptyChannel_withNothingElse_isADeadlock_namingEveryWaitingTask() {
        Channel ch = new Channel(1);
        ex.spawn(new Channel(1).receiver().recv(), "worker");
        assertThatThrownBy(() -> ex.blockOn(waitingAt(ch.receiver().recv(), "app.pln:4"), "main"))
                .isInstanceOf(DeadlockException.class)
                .hasMessage("main task (main) waits on recv at app.pln:4; task 1 (worker) waits on recv");
    }

    @Test
    void pendingTimer_isNotADeadlock() {
        Task sleeper = ex.spawn(new Sleep(ex, ms(50)), null);
        assertThat(ex.blockOn(sleeper, "main")).isNull();
        assertThat(ex.nowMillis()).isEqualTo(50);
    }

    @Test
    void openLiveSource_isNotADeadlock_andClosingItMakesOne() throws Exception {
        LiveSource source = ex.registerSource("host");
        Thread closer = new Thread(() -> {
            try {
                Thread.sleep(30);
            } catch (InterruptedException e) {
                return;
            }
            source.close();
        });
        closer.start();
        assertThatThrownBy(() -> ex.blockOn(new PendingFuture(), "main"))
                .isInstanceOf(DeadlockException.class)
                .hasMessage("main task (main) waits on pending");
        closer.join();
    }

    @Test
    void afterADeadlock_theTaskStaysLive_andShutdownCancelsIt() {
        Probe stuck = new Probe();
        assertThatThrownBy(() -> ex.blockOn(stuck, "main")).isInstanceOf(DeadlockException.class);
        assertThat(ex.liveTasks()).hasSize(1);
        ex.shutdown();
        assertThat(ex.liveTasks()).isEmpty();
        assertThat(stuck.cancels).hasValue(1);
    }

    @Test
    void deadlockReport_listsTheWaitingTasksInIdOrder() {
        ex.spawn(new PendingFuture(), "b");
        ex.spawn(new Sleep(ex, ms(1)), "a");
        try {
            ex.blockOn(Join.of(new PendingFuture(), new Channel(2).receiver().recv()), "main");
        } catch (DeadlockException e) {
            assertThat(e.getMessage()).isEqualTo(
                    "main task (main) waits on join (pending, recv); task 1 (b) waits on pending");
            assertThat(e.waitingTasks()).extracting(Task::id).containsExactly(1, 3);
            return;
        }
        throw new AssertionError("expected a deadlock");
    }
}
