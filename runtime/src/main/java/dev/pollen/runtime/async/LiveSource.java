package dev.pollen.runtime.async;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A registration that keeps an executor alive while something outside its queues may still wake a
 * task: a running sensor, or a host feeding values in from another thread. While any source is
 * open, an executor with nothing to run and no timer waits for a cross-thread wake instead of
 * reporting a deadlock (and a real clock parks the thread meanwhile).
 *
 * <p>Close it when the source can wake nobody any more; closing is idempotent and thread-safe. A
 * source must deliver its last wake before it closes.
 */
public final class LiveSource implements AutoCloseable {
    private final String name;
    private final Scheduler owner;
    private final AtomicBoolean open = new AtomicBoolean(true);

    LiveSource(String name, Scheduler owner) {
        this.name = name;
        this.owner = owner;
    }

    public String name() {
        return name;
    }

    public boolean isOpen() {
        return open.get();
    }

    /** Reports an interrupt (a sample, a pushed value) to the executor's tracer, if any. */
    public void noteInterrupt() {
        TraceListener tracer = owner.tracer();
        if (tracer != null) {
            tracer.onInterrupt(name, owner.nowNanos());
        }
    }

    @Override
    public void close() {
        if (open.compareAndSet(true, false)) {
            owner.sourceClosed();
        }
    }

    @Override
    public String toString() {
        return "source " + name + (isOpen() ? "" : " (closed)");
    }
}
