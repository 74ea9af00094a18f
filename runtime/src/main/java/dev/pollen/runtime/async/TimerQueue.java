package dev.pollen.runtime.async;

import java.util.concurrent.atomic.AtomicLong;

/**
 * An executor's armed timers, ordered by (deadline, creation sequence). Thread-safe: timers are
 * armed by whichever thread polls the future, and fired by the executor's loop.
 *
 * <p>{@link #nextDeadline()} is a volatile read so the loop can check for due timers between polls
 * without taking the lock.
 *
 * <p>A {@link TimerHeap} holds the timers; a cancelled timer stays in it, disarmed, until it reaches the
 * top (cancelling is common: every select loser and every met timeout), and the heap is rebuilt
 * when such dead entries outnumber the live ones.
 */
final class TimerQueue {
    private final TimerHeap heap = new TimerHeap();
    private int live;
    private final AtomicLong sequence = new AtomicLong();
    /** Told when an arm makes a new earliest deadline, so a parked loop can shorten its wait. */
    private final Runnable onNewEarliest;
    private volatile long earliest = Clock.NO_DEADLINE;

    TimerQueue(Runnable onNewEarliest) {
        this.onNewEarliest = onNewEarliest;
    }

    Timer create(long deadlineNanos, String label) {
        return new Timer(this, deadlineNanos, sequence.incrementAndGet(), label);
    }

    void arm(Timer timer, Waker waker, Runnable action) {
        boolean newEarliest;
        synchronized (this) {
            timer.waker = waker;
            timer.action = action;
            if (timer.armed) {
                return;
            }
            timer.armed = true;
            live++;
            if (!timer.inHeap) {
                timer.inHeap = true;
                heap.add(timer);
            }
            dropDeadTop();
            newEarliest = heap.peek() == timer;
            earliest = heap.peek().deadlineNanos();
        }
        if (newEarliest) {
            onNewEarliest.run();
        }
    }

    synchronized void disarm(Timer timer) {
        if (timer.armed) {
            timer.armed = false;
            live--;
            if (heap.size() > 64 && live * 2 < heap.size()) {
                heap.removeIf(t -> {
                    boolean dead = !t.armed;
                    if (dead) {
                        t.inHeap = false;
                    }
                    return dead;
                });
            }
            dropDeadTop();
            earliest = heap.isEmpty() ? Clock.NO_DEADLINE : heap.peek().deadlineNanos();
        }
    }

    /** Pops cancelled timers off the top, so the top is the earliest armed one (or the heap is empty). */
    private void dropDeadTop() {
        Timer top;
        while ((top = heap.peek()) != null && !top.armed) {
            heap.poll();
            top.inHeap = false;
        }
    }

    /**
     * Whether some armed timer may wake a task when it fires (a sleep, a timeout, a sensor with a
     * pending read), rather than only advance a source nobody listens to.
     */
    synchronized boolean mayWakeATask() {
        return heap.anyMatch(t -> t.armed && t.mayWakeATask());
    }

    /** The earliest armed deadline, or {@link Clock#NO_DEADLINE}. */
    long nextDeadline() {
        return earliest;
    }

    synchronized boolean isEmpty() {
        return live == 0;
    }

    synchronized int size() {
        return live;
    }

    /**
     * Fires every timer due at {@code now}, in (deadline, creation) order. A timer armed while
     * firing waits for the next call, so an action that re-arms an already-due timer cannot loop.
     */
    void fireDue(long now, TraceListener tracer) {
        if (earliest > now) {
            return;
        }
        long limit = sequence.get();
        Timer timer;
        while ((timer = takeDue(now, limit)) != null) {
            if (tracer != null) {
                tracer.onTimerFired(timer, timer.task(), now);
            }
            timer.fire();
        }
    }

    /**
     * Removes and returns the earliest timer if it is due at {@code now} and was created no later
     * than {@code sequenceLimit} (so a timer re-armed while firing waits for the next round); else
     * null.
     */
    private synchronized Timer takeDue(long now, long sequenceLimit) {
        dropDeadTop();
        Timer timer = heap.peek();
        if (timer == null || timer.deadlineNanos() > now) {
            return null;
        }
        if (timer.sequence() > sequenceLimit) {
            // Created while firing: it waits for the next round. Timers behind it with the same
            // deadline were created even later (the order is by sequence), so they wait too.
            return null;
        }
        heap.poll();
        timer.inHeap = false;
        timer.armed = false;
        live--;
        dropDeadTop();
        earliest = heap.isEmpty() ? Clock.NO_DEADLINE : heap.peek().deadlineNanos();
        return timer;
    }

}
