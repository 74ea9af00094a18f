package dev.pollen.runtime.async;

import java.util.concurrent.locks.LockSupport;

/**
 * Simulated time: starts at 0 and moves only when the executor is idle, jumping straight to the
 * earliest deadline. Runs are reproducible because no real time enters the schedule.
 *
 * <p>Invariant: time never goes backwards. With no deadline at all (only host-fed sources alive),
 * the executor still has to wait for a real cross-thread wake, so the thread parks.
 */
public final class VirtualClock implements Clock {
    private volatile long now;

    @Override
    public long nowNanos() {
        return now;
    }

    @Override
    public boolean isVirtual() {
        return true;
    }

    @Override
    public void awaitDeadline(long deadlineNanos) {
        if (deadlineNanos == NO_DEADLINE) {
            LockSupport.park(this);
        } else {
            advanceTo(deadlineNanos);
        }
    }

    /** Moves time forward to {@code nanos}; never backwards. */
    void advanceTo(long nanos) {
        if (nanos > now) {
            now = nanos;
        }
    }

    @Override
    public String toString() {
        return "virtual clock at " + Millis.format(now) + " ms";
    }
}
