package dev.pollen.runtime.async;

/**
 * {@code yield_now()}: the first poll wakes its own task and returns PENDING, sending the task to
 * the back of the ready queue; the second poll completes with nil.
 */
public final class YieldNow implements Future {
    private boolean yielded;

    @Override
    public Object poll(Context cx) {
        if (yielded) {
            return null;
        }
        yielded = true;
        cx.waker().wakeByRef();
        return PENDING;
    }

    /** Never calls out: polled without a depth mark. */
    @Override
    public boolean mayRunScript() {
        return false;
    }

    @Override
    public String name() {
        return "yield_now";
    }
}
