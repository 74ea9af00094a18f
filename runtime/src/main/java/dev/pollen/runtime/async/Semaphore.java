package dev.pollen.runtime.async;

import dev.pollen.runtime.value.PollenException;

/**
 * {@code semaphore(n)}: permits handed out in FIFO order. {@link #acquire()} is a future that
 * completes (with nil) holding one permit; {@link #release()} returns one, handing it straight to
 * the first waiter if there is one. Cancel-safe: a cancelled acquire that had been granted a permit
 * releases it. Thread-safe.
 */
public final class Semaphore {
    private long permits;
    private final WaitQueue<Acquire> waiters = new WaitQueue<>();

    /** @throws PollenException ValueError when {@code permits < 0} */
    public Semaphore(long permits) {
        if (permits < 0) {
            throw PollenException.valueError("semaphore permits must not be negative, got " + permits);
        }
        this.permits = permits;
    }

    /** A future that completes once it holds a permit. */
    public Future acquire() {
        return new Acquire();
    }

    /** Returns a permit: to the first waiter, else to the pool. */
    public synchronized void release() {
        Acquire first = waiters.poll();
        if (first != null) {
            first.state = Acquire.GRANTED;
            first.wake();
        } else {
            if (permits == Long.MAX_VALUE) {
                throw PollenException.valueError("semaphore release would exceed the largest permit count");
            }
            permits++;
        }
    }

    /** Permits free now. */
    public synchronized long available() {
        return permits;
    }

    @Override
    public String toString() {
        return "<semaphore>";
    }

    private final class Acquire extends WaitQueue.Waiter implements Future {
        static final int IDLE = 0;
        static final int WAITING = 1;
        static final int GRANTED = 2;
        static final int DONE = 3;

        int state = IDLE;

        @Override
        public Object poll(Context cx) {
            synchronized (Semaphore.this) {
                switch (state) {
                    case GRANTED:
                    case DONE:
                        state = DONE;
                        return null;
                    case WAITING:
                        remember(cx);
                        return PENDING;
                    default:
                        if (waiters.isEmpty() && permits > 0) {
                            permits--;
                            state = DONE;
                            return null;
                        }
                        waiters.add(this, cx);
                        state = WAITING;
                        return PENDING;
                }
            }
        }

        @Override
        public void cancel() {
            synchronized (Semaphore.this) {
                int was = state;
                state = DONE;
                if (was == WAITING) {
                    waiters.remove(this);
                } else if (was == GRANTED) {
                    release();
                }
            }
        }

        @Override
        public String name() {
            return "acquire";
        }
    }
}
