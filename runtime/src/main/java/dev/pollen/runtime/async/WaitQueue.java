package dev.pollen.runtime.async;

/**
 * The futures waiting for a resource — a channel's values or free slots, a semaphore's permits —
 * in the order they began to wait. The owner's lock guards it.
 *
 * <p>The queue is linked through the waiters themselves, so joining, leaving the front and leaving
 * from the middle (a cancelled wait: every select loser and every met timeout) all take constant
 * time and allocate nothing.
 */
final class WaitQueue<W extends WaitQueue.Waiter> {
    /** One waiting operation; a waiter is in at most one queue, at most once. */
    abstract static class Waiter {
        private Waker waker;
        private Waiter prev;
        private Waiter next;
        private boolean queued;

        /** Whether the waiter is in its queue. */
        final boolean isQueued() {
            return queued;
        }

        /** Remembers the waker of the latest poll: the task polling may change between polls. */
        final void remember(Context cx) {
            waker = cx.waker();
        }

        /** Wakes the task that last polled this waiter. */
        final void wake() {
            waker.wake();
        }
    }

    private Waiter head;
    private Waiter tail;

    boolean isEmpty() {
        return head == null;
    }

    /** Puts {@code w} at the back, to be woken through the waker of {@code cx}. */
    void add(W waiter, Context cx) {
        Waiter w = waiter;  // the fields are private to Waiter, not to its subclasses
        w.remember(cx);
        w.queued = true;
        w.prev = tail;
        w.next = null;
        if (tail == null) {
            head = w;
        } else {
            tail.next = w;
        }
        tail = w;
    }

    /** Takes the front waiter out, or returns null. */
    @SuppressWarnings("unchecked")
    W poll() {
        Waiter w = head;
        if (w != null) {
            remove(w);
        }
        return (W) w;
    }

    /** Takes {@code w} out wherever it stands; nothing if it is not queued. */
    void remove(Waiter w) {
        if (!w.queued) {
            return;
        }
        if (w.prev == null) {
            head = w.next;
        } else {
            w.prev.next = w.next;
        }
        if (w.next == null) {
            tail = w.prev;
        } else {
            w.next.prev = w.prev;
        }
        w.prev = null;
        w.next = null;
        w.queued = false;
    }
}
