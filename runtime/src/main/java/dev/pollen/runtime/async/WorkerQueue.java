package dev.pollen.runtime.async;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Queue;

/**
 * A worker's queue of stealable tasks, oldest first: only the owning worker adds (at the back); the
 * owner and thieves take from the front. A ring of slots indexed by two counters that only grow,
 * so adding is two plain stores and a release, taking one compare-and-set, and neither allocates
 * (a linked concurrent deque allocated a node per wake and cost more than the poll it queued).
 *
 * <p>Invariants: the tasks queued are those at indices {@code head .. tail-1}, each in slot
 * {@code index & (slots.length - 1)}. {@code tail} is written only by the owner, after the slot,
 * with release, so a taker that reads {@code tail} sees the task in its slot. {@code head} moves
 * only by compare-and-set, so each index is taken once. A taker may read a slot that was since
 * refilled or cleared, but then {@code head} has moved past its index and its compare-and-set
 * fails. A full ring is replaced by one twice as large holding the same indices in the same slots
 * of the larger mask; the old ring is never refilled, so a taker still reading it
 * reads the right task. A taken task's slot is cleared, so a finished task is not kept.
 */
final class WorkerQueue {
    private static final int INITIAL_SLOTS = 64;
    private static final VarHandle HEAD;
    private static final VarHandle TAIL;
    private static final VarHandle SLOT = MethodHandles.arrayElementVarHandle(Task[].class);

    static {
        try {
            MethodHandles.Lookup lookup = MethodHandles.lookup();
            HEAD = lookup.findVarHandle(WorkerQueue.class, "head", long.class);
            TAIL = lookup.findVarHandle(WorkerQueue.class, "tail", long.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** The index of the oldest queued task; moved by compare-and-set. */
    private volatile long head;
    /** The index the next task goes to; the owner writes it, with release. */
    private volatile long tail;
    /** Replaced (by the owner) when full, never shrunk. */
    private volatile Task[] slots = new Task[INITIAL_SLOTS];

    /** Owner only: queues {@code task} at the back. */
    void add(Task task) {
        long t = tail;
        Task[] ring = slots;
        if (t - (long) HEAD.getAcquire(this) >= ring.length) {
            ring = grow(ring, t);
        }
        ring[(int) t & (ring.length - 1)] = task;
        TAIL.setRelease(this, t + 1);
    }

    /** Owner only: takes the oldest task, or null when empty. */
    Task take() {
        return takeOldest(true);
    }

    /** Any thread: takes the oldest task, or null when empty. */
    Task steal() {
        return takeOldest(false);
    }

    private Task takeOldest(boolean byOwner) {
        while (true) {
            long h = (long) HEAD.getAcquire(this);
            long t = (long) TAIL.getAcquire(this);
            if (h >= t) {
                return null;
            }
            Task[] ring = slots;
            int slot = (int) h & (ring.length - 1);
            Task task = ring[slot];
            if (HEAD.compareAndSet(this, h, h + 1)) {
                // Forget the task, so a finished one is not kept. Only the owner fills slots, so it
                // may simply clear; a thief clears only if the owner has not refilled it since.
                if (byOwner) {
                    ring[slot] = null;
                } else {
                    SLOT.compareAndSet(ring, slot, task, null);
                }
                return task;
            }
        }
    }

    /** Any thread; exact only when nobody adds or takes meanwhile. */
    boolean isEmpty() {
        long h = (long) HEAD.getAcquire(this);
        return h >= (long) TAIL.getAcquire(this);
    }

    /** Moves every queued task to {@code to}, oldest first (while the owner is stopped). */
    void drainTo(Queue<Task> to) {
        Task task;
        while ((task = steal()) != null) {
            to.add(task);
        }
    }

    /** Drops every queued task (while the owner is stopped). */
    void clear() {
        while (steal() != null) {
            // each take moves the head by one
        }
    }

    private Task[] grow(Task[] old, long t) {
        Task[] ring = new Task[old.length * 2];
        for (long i = (long) HEAD.getAcquire(this); i < t; i++) {
            ring[(int) i & (ring.length - 1)] = old[(int) i & (old.length - 1)];
        }
        slots = ring;  // volatile: a taker that reads the new ring sees the copies
        return ring;
    }
}
