package dev.pollen.runtime.async;

/**
 * {@code sleep(ms)}: completes with nil once its deadline has passed. The deadline (and the timer's
 * place among equal deadlines) is fixed when the sleep is created, not when first polled. A
 * duration of zero or less completes on the first poll without yielding.
 */
public final class Sleep implements Future {
    private final Executor executor;
    private final long deadline;
    /** Null when the duration was not positive: such a sleep never waits. */
    private final Timer timer;

    public Sleep(Executor executor, long durationNanos) {
        this.executor = executor;
        this.deadline = Millis.deadline(executor.nowNanos(), durationNanos);
        this.timer = durationNanos > 0 ? executor.newTimer(deadline, "sleep") : null;
    }

    /** A sleep of {@code millis} script milliseconds (int or float). */
    public static Sleep millis(Executor executor, Number millis) {
        return new Sleep(executor, Millis.toNanos(millis));
    }

    @Override
    public Object poll(Context cx) {
        if (timer == null) {
            return null;
        }
        if (executor.nowNanos() >= deadline) {
            timer.cancel();
            return null;
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

    public long deadlineNanos() {
        return deadline;
    }

    /** Never calls out: polled without a depth mark. */
    @Override
    public boolean mayRunScript() {
        return false;
    }

    @Override
    public String name() {
        return "sleep";
    }
}
