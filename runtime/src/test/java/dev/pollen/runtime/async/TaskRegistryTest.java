package dev.pollen.runtime.async;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The live-task registry keeps answering whatever order its threads report in. */
class TaskRegistryTest {
    private static Task pending(int id) {
        return new Task(id, "t" + id, cx -> Future.PENDING, new PrimitivesLincheck.IdleScheduler());
    }

    @Test
    void finishedReportsOfTasksAlreadyCompactedAway_stillLeaveALiveList() {
        // Under the multi executor a task is marked finished before its worker reports it, so a
        // compaction on another thread can drop it first: its report then counts a task the
        // array no longer holds, and finished reports outnumber the tasks left.
        TaskRegistry registry = new TaskRegistry();
        Task live = pending(registry.nextId());
        registry.added(live);
        registry.finished(pending(registry.nextId()));
        registry.finished(pending(registry.nextId()));

        assertThat(registry.liveInIdOrder()).containsExactly(live);
    }
}
