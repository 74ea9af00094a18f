package dev.pollen.runtime.async;

/**
 * The bits of a {@link Task}'s atomic state word. Zero means <em>idle</em>: the task waits for a
 * wake and sits in no queue.
 *
 * <pre>
 *            wake                 executor takes it
 *   IDLE ────────────▶ SCHEDULED ──────────────────▶ RUNNING ── value or error ──▶ COMPLETE
 *    ▲                     ▲                          │  │
 *    │ Pending, no wake    │ Pending                  │  │ wake during the poll
 *    └─────────────────────┼──────────────────────────┘  ▼
 *                          └──────────────────── RUNNING|SCHEDULED  (re-queued after the poll)
 *
 *   abort(): any state but COMPLETE gains CANCELLED, then the task is woken. Its next run
 *   cancels the root future instead of polling it (or skips it if never polled) → COMPLETE.
 * </pre>
 *
 * <p>Invariants: a task with SCHEDULED set is in exactly one ready queue, or is RUNNING and will be
 * put in one when its poll ends — so it is queued at most once and a wake is never lost. Only the
 * thread that cleared SCHEDULED and set RUNNING polls the root, so no two threads poll a task at
 * once. COMPLETE is final: wakes and runs of a complete task do nothing.
 */
final class TaskState {
    /** In a ready queue, or (with RUNNING) woken during its poll and owed a place in one. */
    static final int SCHEDULED = 1;
    /** A thread is inside {@link Task#run()}; only that thread touches the root future. */
    static final int RUNNING = 1 << 1;
    /** The outcome is fixed; the task is never polled or queued again. */
    static final int COMPLETE = 1 << 2;
    /** {@link Task#abort()} was called before completion; the outcome will be Cancelled. */
    static final int CANCELLED = 1 << 3;

    private TaskState() {}
}
