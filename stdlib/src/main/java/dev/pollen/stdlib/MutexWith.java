package dev.pollen.stdlib;

import dev.pollen.runtime.async.Context;
import dev.pollen.runtime.async.Future;
import dev.pollen.runtime.async.Mutex;
import dev.pollen.runtime.value.Callable;

/**
 * {@code m.with(f)} (LANGUAGE.md §6.7): locks, gives {@code f} the guarded value, awaits what
 * {@code f} returns when that is a future (an async {@code f}), and unlocks whatever happens: on
 * success, when {@code f} or its future throws, and when this future is cancelled (after the
 * cancelled inner future has run its {@code finally} blocks). Stores nothing: {@code f} changes
 * the value in place when it is a container. The result is {@code f}'s.
 */
final class MutexWith implements Future {
    private final Future lock;
    private final Callable f;
    private Mutex.Guard guard;
    private Future inner;

    MutexWith(Mutex mutex, Callable f) {
        this.lock = mutex.lock();
        this.f = f;
    }

    @Override
    public Object poll(Context cx) {
        if (guard == null) {
            Object locked = lock.poll(cx);
            if (locked == PENDING) {
                return PENDING;
            }
            guard = (Mutex.Guard) locked;
            Object result;
            try {
                result = f.call(new Object[] {guard.getField("value")});
            } catch (RuntimeException | Error e) {
                guard.unlock();
                throw e;
            }
            if (!Futures.isFuture(result)) {
                guard.unlock();
                return result;
            }
            inner = Futures.toFuture(result);
        }
        Object r;
        try {
            r = inner.poll(cx);
        } catch (RuntimeException | Error e) {
            guard.unlock();
            throw e;
        }
        if (r != PENDING) {
            guard.unlock();
        }
        return r;
    }

    @Override
    public void cancel() {
        if (guard == null) {
            lock.cancel();  // cancel-safe: a permit already handed to us is passed on
            return;
        }
        if (!guard.isHeld()) {
            return;  // finished
        }
        try {
            inner.cancel();
        } finally {
            guard.unlock();
        }
    }

    @Override
    public String name() {
        return "with";
    }
}
