package dev.pollen.runtime.async;

import java.util.concurrent.locks.LockSupport;

/**
 * Wall time from {@code System.nanoTime()}, counted from the clock's creation (create it with its
 * executor). Idle waiting parks the thread until the deadline or a cross-thread unpark: no busy
 * loop.
 */
public final class RealClock implements Clock {
    private final long origin = System.nanoTime();

    @Override
    public long nowNanos() {
        return System.nanoTime() - origin;
    }

    @Override
    public boolean isVirtual() {
        return false;
    }

    @Override
    public void awaitDeadline(long deadlineNanos) {
        if (deadlineNanos == NO_DEADLINE) {
            LockSupport.park(this);
            return;
        }
        long wait = deadlineNanos - nowNanos();
        if (wait > 0) {
            LockSupport.parkNanos(this, wait);
        }
    }

    @Override
    public String toString() {
        return "real clock at " + Millis.format(nowNanos()) + " ms";
    }
}
