package dev.pollen.runtime.async;

import dev.pollen.runtime.value.FieldAccess;
import dev.pollen.runtime.value.HostValue;
import dev.pollen.runtime.value.PollenException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * {@code mutex(v)} (LANGUAGE.md §6.7): an async lock guarding one value. The lock is a {@link
 * Semaphore} of one permit, so waiters are served FIFO and a cancelled {@link #lock()} never keeps
 * the lock (a permit handed to it is passed on). {@code lock()} completes with a {@link Guard}
 * through which the holder reads and replaces the value, until it unlocks.
 *
 * <p>The value is only touched by the holder; the permit's hand-over (under the semaphore's
 * monitor) orders one holder's writes before the next holder's reads, on whatever workers.
 */
public final class Mutex implements HostValue {
    private final Semaphore permit = new Semaphore(1);
    private Object value;

    public Mutex(Object value) {
        this.value = value;
    }

    /** A future of a {@link Guard}, once this task holds the lock. Cancel-safe. */
    public Future lock() {
        return new Lock();
    }

    /** True while some task holds the lock (for display and tests). */
    public boolean isLocked() {
        return permit.available() == 0;
    }

    @Override
    public String typeName() {
        return "mutex";
    }

    @Override
    public String display() {
        return isLocked() ? "<mutex locked>" : "<mutex>";
    }

    private final class Lock implements Future {
        private final Future acquire = permit.acquire();

        @Override
        public Object poll(Context cx) {
            Object r = acquire.poll(cx);
            return r == PENDING ? PENDING : new Guard();
        }

        @Override
        public void cancel() {
            acquire.cancel();
        }

        @Override
        public String name() {
            return "lock";
        }
    }

    /**
     * The holder's access to the value: {@code g.value}, {@code g.value = x}, {@code g.unlock()}.
     * After unlocking, every use throws ValueError (the value may already be another task's).
     */
    public final class Guard implements HostValue, FieldAccess {
        private final AtomicBoolean held = new AtomicBoolean(true);

        private Guard() {}

        @Override
        public Object getField(String name) {
            requireField(name);
            requireHeld();
            return value;
        }

        @Override
        public void setField(String name, Object v) {
            requireField(name);
            requireHeld();
            value = v;
        }

        /** Releases the lock (to the first waiter, if any). */
        public void unlock() {
            if (!held.compareAndSet(true, false)) {
                throw usedAfterUnlock();
            }
            permit.release();
        }

        /** True until {@link #unlock()}. */
        public boolean isHeld() {
            return held.get();
        }

        private void requireHeld() {
            if (!held.get()) {
                throw usedAfterUnlock();
            }
        }

        private static void requireField(String name) {
            if (!"value".equals(name)) {
                throw PollenException.typeError("guard has no field `" + name + "` (only `value`)");
            }
        }

        private PollenException usedAfterUnlock() {
            return PollenException.valueError("mutex guard used after unlock");
        }

        @Override
        public String typeName() {
            return "guard";
        }

        @Override
        public String display() {
            return held.get() ? "<guard>" : "<guard unlocked>";
        }
    }
}
