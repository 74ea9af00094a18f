package dev.pollen.runtime.async;

import static dev.pollen.runtime.async.TestTime.ms;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShutdownTest {
    private final SingleThreadExecutor ex = SingleThreadExecutor.withVirtualClock();
    private final List<String> log = new ArrayList<>();

    private Steps background(String name, long millis) {
        return Steps.named(name)
                .await(() -> new Sleep(ex, ms(millis)))
                .run(() -> log.add(name + " finished"))
                .finallyRun(() -> log.add("finally " + name));
    }

    @Test
    void mainExit_abortsTheOtherTasksInIdOrder_andRunsTheirFinallyBlocks() {
        Steps main = Steps.named("main")
                .run(() -> ex.spawn(background("t2", 3000), null))
                .run(() -> ex.spawn(background("t3", 1000), null))
                .run(() -> ex.spawn(background("t4", 2000), null))
                .await(() -> new Sleep(ex, ms(10)))
                .run(() -> log.add("main done"));
        ex.blockOn(main, "main");
        ex.shutdown();
        assertThat(log).containsExactly("main done", "finally t2", "finally t3", "finally t4");
        assertThat(ex.liveTasks()).isEmpty();
        assertThat(ex.unobservedFailures()).isEmpty();
    }

    @Test
    void runOrder_isIdOrder_evenWhenALaterTaskWasAlreadyQueued() {
        Probe early = new Probe();
        Probe late = new Probe();
        Task t1 = ex.spawn(Steps.named("early").await(() -> early).finallyRun(() -> log.add("early")), null);
        Task t2 = ex.spawn(Steps.named("late").await(() -> late).finallyRun(() -> log.add("late")), null);
        ex.runUntilIdle();
        t2.waker().wake();  // t2 sits in the queue ahead of t1
        ex.shutdown();
        assertThat(log).containsExactly("early", "late");
        assertThat(t1.isFinished()).isTrue();
    }

    @Test
    void taskSpawnedJustBeforeMainEnds_neverRuns() {
        Probe never = new Probe();
        ex.blockOn(Steps.named("main").run(() -> ex.spawn(never, null)), "main");
        ex.shutdown();
        assertThat(never.polls).hasValue(0);
        assertThat(ex.liveTasks()).isEmpty();
    }

    @Test
    void taskSpawnedByAFinallyDuringShutdown_isCancelledToo() {
        Probe spawnedLate = new Probe();
        ex.spawn(Steps.named("spawner").await(Probe::new).finallyRun(() -> ex.spawn(spawnedLate, null)), null);
        ex.runUntilIdle();
        ex.shutdown();
        assertThat(spawnedLate.polls).hasValue(0);
        assertThat(ex.liveTasks()).isEmpty();
    }
}
