package dev.pollen.runtime.async;

/** {@code ready(v)}: completes with its value on every poll. */
public final class ReadyFuture implements Future {
    private final Object value;

    public ReadyFuture(Object value) {
        this.value = value;
    }

    @Override
    public Object poll(Context cx) {
        return value;
    }

    /** Never calls out: polled without a depth mark. */
    @Override
    public boolean mayRunScript() {
        return false;
    }

    @Override
    public String name() {
        return "ready";
    }
}
