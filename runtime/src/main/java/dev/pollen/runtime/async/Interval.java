package dev.pollen.runtime.async;

import dev.pollen.runtime.value.PollenException;

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

    /** One tick; re-arms a fresh timer whenever the deadline it waits for moves. */
    private final class Tick implements Future {
        private Timer timer;
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
            if (timer == null || timer.deadlineNanos() != due) {
                cancel();
                timer = executor.newTimer(due, "interval");
            }
            timer.arm(cx.waker());
            return PENDING;
        }

        @Override
        public void cancel() {
            if (timer != null) {
                timer.cancel();
            }
        }

        @Override
        public String name() {
            return "tick";
        }
    }
}
