package dev.pollen.runtime.async;

import java.util.Iterator;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An executor's armed timers, ordered by (deadline, creation sequence). Thread-safe: timers are
 * armed by whichever thread polls the future, and fired by the executor's loop.
 *
 * <p>{@link #nextDeadline()} is a volatile read so the loop can check for due timers between polls
 * without taking the lock.
 */
final class TimerQueue {
    private final TreeSet<Timer> armed = new TreeSet<>();
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
            armed.add(timer);
            newEarliest = armed.first() == timer;
            earliest = armed.first().deadlineNanos();
        }
        if (newEarliest) {
            onNewEarliest.run();
        }
    }

    synchronized void disarm(Timer timer) {
        if (timer.armed) {
            armed.remove(timer);
            timer.armed = false;
            earliest = armed.isEmpty() ? Clock.NO_DEADLINE : armed.first().deadlineNanos();
        }
    }

    /** The earliest armed deadline, or {@link Clock#NO_DEADLINE}. */
    long nextDeadline() {
        return earliest;
    }

    synchronized boolean isEmpty() {
        return armed.isEmpty();
    }

    synchronized int size() {
        return armed.size();
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
        for (Iterator<Timer> it = armed.iterator(); it.hasNext(); ) {
            Timer timer = it.next();
            if (timer.deadlineNanos() > now) {
                return null;
            }
            if (timer.sequence() <= sequenceLimit) {
                it.remove();
                timer.armed = false;
                earliest = armed.isEmpty() ? Clock.NO_DEADLINE : armed.first().deadlineNanos();
                return timer;
            }
        }
        return null;
    }
}
