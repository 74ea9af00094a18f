package dev.pollen.runtime.async;

import dev.pollen.runtime.value.PollenException;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code interval(ms)}: a schedule of ticks at start, start+ms, start+2ms, ... where start is the
 * creation time. Each {@link #tick()} future completes (with nil) at the next unclaimed tick; a late
 * tick completes at once and the schedule is kept, so missed ticks burst. A tick is claimed only
 * when its future completes, so a cancelled tick future loses nothing. Thread-safe.
 */
public final class Interval {
    private final Executor executor;
    private final long start;
    private final long period;
    /** Ticks completed so far; guarded by this. */
    private long ticks;
    /** The armed timer of the next tick, or null; guarded by this. */
    private Timer next;
    /** Wakers of the ticks waiting for {@link #next}, in the order they began to wait. */
    private final List<Waker> waiters = new ArrayList<>();

    /** @throws PollenException ValueError unless the period is positive */
    public Interval(Executor executor, long periodNanos) {
        if (periodNanos <= 0) {
            throw PollenException.valueError("interval period must be positive, got "
                    + Millis.format(periodNanos) + " ms");
        }
        this.executor = executor;
        this.start = executor.nowNanos();
        this.period = periodNanos;
    }

    public static Interval millis(Executor executor, Number millis) {
        return new Interval(executor, Millis.toNanos(millis));
    }

    /** A future that completes at the next tick of the schedule. */
    public Future tick() {
        return new Tick();
    }

    public long periodNanos() {
        return period;
    }

    public long startNanos() {
        return start;
    }

    /** The deadline of the next tick, or -1 after claiming it when it is already due. */
    private synchronized long claimOrNextDeadline(long now) {
        long due = dueOf(ticks);
        if (now >= due) {
            ticks++;
            return -1;
        }
        return due;
    }

    /**
     * Registers a tick waiting for the tick due at {@code due}, arming the interval's timer for
     * that deadline unless it already is (it may have been re-armed when the previous tick fired).
     */
    private synchronized void await(long due, Waker waker) {
        if (!waiters.contains(waker)) {
            waiters.add(waker);
        }
        if (next == null || next.deadlineNanos() != due) {
            if (next != null) {
                next.cancel();
            }
            next = executor.newTimer(due, "interval");
            next.arm(this::fire);
        }
    }

    private synchronized void forget(Waker waker) {
        waiters.remove(waker);
    }

    /**
     * The timer of a tick fired: wake its waiters and, if anyone was waiting, re-arm at once for
     * the following tick — a periodic source's timer counts as created when it fires (§6.3), so
     * the next tick beats a timer with the same deadline that is created later.
     */
    private void fire() {
        List<Waker> woken;
        synchronized (this) {
            woken = new ArrayList<>(waiters);
            waiters.clear();
            next = null;
            if (!woken.isEmpty()) {
                next = executor.newTimer(dueOf(ticks + 1), "interval");
                next.arm(this::fire);
            }
        }
        woken.forEach(Waker::wake);
    }

    private long dueOf(long tick) {
        if (tick > 0 && period > (Clock.NO_DEADLINE - 1 - start) / tick) {
            return Clock.NO_DEADLINE - 1;
        }
        return start + tick * period;
    }

    @Override
    public String toString() {
        return "interval of " + Millis.format(period) + " ms";
    }

    /** One tick: waits on the interval's timer for the next unclaimed tick. */
    private final class Tick implements Future {
        private Waker waiting;
        private boolean done;

        @Override
        public Object poll(Context cx) {
            if (done) {
                return null;
            }
            long due = claimOrNextDeadline(executor.nowNanos());
            if (due < 0) {
                done = true;
                cancel();
                return null;
            }
            waiting = cx.waker();
            await(due, waiting);
            return PENDING;
        }

        @Override
        public void cancel() {
            if (waiting != null) {
                forget(waiting);
                waiting = null;
            }
        }

        @Override
        public String name() {
            return "tick";
        }
    }
}
