package dev.pollen.runtime.async;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * A future that counts its polls and cancels and completes only when told to. It keeps the waker
 * of its last poll so tests can wake it, and can be made to wake itself during its poll.
 */
final class Probe implements Future {
    final AtomicInteger polls = new AtomicInteger();
    final AtomicInteger cancels = new AtomicInteger();
    volatile Waker waker;
    volatile boolean ready;
    volatile Object value;
    /** When set, the next poll wakes its own waker before returning PENDING. */
    volatile boolean wakeSelfDuringPoll;

    @Override
    public Object poll(Context cx) {
        polls.incrementAndGet();
        waker = cx.waker();
        if (ready) {
            return value;
        }
        if (wakeSelfDuringPoll) {
            wakeSelfDuringPoll = false;
            cx.waker().wake();
        }
        return PENDING;
    }

    void complete(Object v) {
        value = v;
        ready = true;
        Waker w = waker;
        if (w != null) {
            w.wake();
        }
    }

    @Override
    public void cancel() {
        cancels.incrementAndGet();
    }

    @Override
    public String name() {
        return "probe";
    }
}
