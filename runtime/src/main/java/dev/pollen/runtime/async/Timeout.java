package dev.pollen.runtime.async;

import dev.pollen.runtime.value.ErrorKind;
import dev.pollen.runtime.value.PollenException;

/**
 * {@code timeout(fut, ms)}: the value (or error) of {@code fut} if it completes in time; otherwise,
 * once the deadline fixed at creation has passed, {@code fut} is cancelled and Timeout is thrown.
 * The inner future is polled first, so a future that is ready at the deadline wins.
 */
public final class Timeout implements Future {
    private final Executor executor;
    private final Future inner;
    private final long durationNanos;
    private final long deadline;
    /** Null when the duration was not positive: the first Pending already times out. */
    private final Timer timer;
    private boolean over;

    public Timeout(Executor executor, Future inner, long durationNanos) {
        this.executor = executor;
        this.inner = inner;
        this.durationNanos = durationNanos;
        this.deadline = Millis.deadline(executor.nowNanos(), durationNanos);
        this.timer = durationNanos > 0 ? executor.newTimer(deadline, "timeout") : null;
    }

    public static Timeout millis(Executor executor, Future inner, Number millis) {
        return new Timeout(executor, inner, Millis.toNanos(millis));
    }

    @Override
    public Object poll(Context cx) {
        if (over) {
            throw PollenException.valueError("future polled after completion");
        }
        Object r;
        try {
            r = inner.poll(cx);
        } catch (PollenException e) {
            finish();
            throw e;
        }
        if (r != PENDING) {
            finish();
            return r;
        }
        if (timer == null || executor.nowNanos() >= deadline) {
            finish();
            Cancellation.cancelQuietly(inner);
            throw PollenException.of(ErrorKind.TIMEOUT,
                    "the future did not finish within " + Millis.format(Math.max(0, durationNanos)) + " ms");
        }
        timer.arm(cx.waker());
        return PENDING;
    }

    private void finish() {
        over = true;
        if (timer != null) {
            timer.cancel();
        }
    }

    @Override
    public void cancel() {
        if (!over) {
            finish();
            inner.cancel();
        }
    }

    @Override
    public String name() {
        return "timeout";
    }

    @Override
    public String describeWait() {
        return "timeout (" + inner.describeWait() + ")";
    }
}
