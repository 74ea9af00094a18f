package dev.pollen.runtime.async;

/**
 * {@code pending()}: never completes and never registers a waker, so on its own it deadlocks (use it
 * under {@code timeout} or {@code select}).
 */
public final class PendingFuture implements Future {
    @Override
    public Object poll(Context cx) {
        return PENDING;
    }

    /** Never calls out: polled without a depth mark. */
    @Override
    public boolean mayRunScript() {
        return false;
    }

    @Override
    public String name() {
        return "pending";
    }
}
