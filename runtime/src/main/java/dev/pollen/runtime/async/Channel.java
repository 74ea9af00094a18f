package dev.pollen.runtime.async;

import dev.pollen.runtime.value.ErrorKind;
import dev.pollen.runtime.value.PollenException;
import java.util.ArrayDeque;

/**
 * {@code channel(capacity)}: a bounded FIFO of values, many senders and many receivers, used through
 * its {@link Sender} and {@link Receiver}. Thread-safe (one lock per channel).
 *
 * <p>Waiters are served in the order they began to wait. A value sent while receivers wait is
 * handed to the first of them directly; a slot freed while senders wait is granted to the first of
 * them, whose value enters the buffer on its next poll. Both operations are cancel-safe: a cancelled
 * receive gives a value it was handed back to the front of the channel, and a cancelled send never
 * delivered its value and passes its granted slot on.
 *
 * <p>Invariants (under the lock): receivers wait only while the buffer is empty; senders wait
 * without a grant only while there is no free slot; {@code granted} counts slots promised to woken
 * senders that have not yet used them.
 */
public final class Channel {
    /** Stands for nil in the buffer, which holds no nulls. */
    private static final Object NIL = new Object();

    private final int capacity;
    private final ArrayDeque<Object> buffer = new ArrayDeque<>();
    private final WaitQueue<RecvOp> receivers = new WaitQueue<>();
    private final WaitQueue<SendOp> senders = new WaitQueue<>();
    private int granted;
    private boolean closed;
    private final Sender sender = new Sender(this);
    private final Receiver receiver = new Receiver(this);

    /** @throws PollenException ValueError when {@code capacity < 1} */
    public Channel(long capacity) {
        if (capacity < 1) {
            throw PollenException.valueError("channel capacity must be at least 1, got " + capacity);
        }
        this.capacity = (int) Math.min(capacity, Integer.MAX_VALUE);
    }

    public Sender sender() {
        return sender;
    }

    public Receiver receiver() {
        return receiver;
    }

    public int capacity() {
        return capacity;
    }

    /** Values in the buffer now. */
    public synchronized int size() {
        return buffer.size();
    }

    public synchronized boolean isClosed() {
        return closed;
    }

    // ---- operations behind Sender and Receiver

    Future send(Object value) {
        return new SendOp(value);
    }

    Future recv() {
        return new RecvOp();
    }

    synchronized boolean trySend(Object value) {
        if (closed) {
            throw closedError();
        }
        if (!senders.isEmpty() || (receivers.isEmpty() && freeSlots() <= 0)) {
            return false;
        }
        deliver(value);
        return true;
    }

    synchronized Object tryRecv() {
        if (buffer.isEmpty()) {
            return null;
        }
        return take();
    }

    /** Idempotent: waiting receivers complete with nil, waiting senders throw ChannelClosed. */
    synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        RecvOp r;
        while ((r = receivers.poll()) != null) {
            r.state = RecvOp.CLOSED;
            r.wake();
        }
        SendOp s;
        while ((s = senders.poll()) != null) {
            s.state = SendOp.REFUSED;
            s.wake();
        }
    }

    private int freeSlots() {
        return capacity - buffer.size() - granted;
    }

    /** Hands {@code value} to the first waiting receiver, else appends it to the buffer. */
    private void deliver(Object value) {
        RecvOp r = receivers.poll();
        if (r != null) {
            r.hand(value);
        } else {
            buffer.addLast(value == null ? NIL : value);
        }
    }

    /** Takes the front value and grants any slot that frees up. */
    private Object take() {
        Object v = buffer.pollFirst();
        grantFreeSlots();
        return v == NIL ? null : v;
    }

    private void grantFreeSlots() {
        while (freeSlots() > 0 && !senders.isEmpty()) {
            SendOp s = senders.poll();
            s.state = SendOp.GRANTED;
            granted++;
            s.wake();
        }
    }

    /** A value a cancelled receiver was handed goes back to where it would have been. */
    private void giveBack(Object value) {
        RecvOp r = receivers.poll();
        if (r != null) {
            r.hand(value);
        } else {
            buffer.addFirst(value == null ? NIL : value);
        }
    }

    private static PollenException closedError() {
        return PollenException.of(ErrorKind.CHANNEL_CLOSED, "send on a closed channel");
    }

    /** {@code tx.send(v)}: nil once the value is in the channel. */
    private final class SendOp extends WaitQueue.Waiter implements Future {
        static final int IDLE = 0;
        static final int WAITING = 1;
        static final int GRANTED = 2;
        static final int REFUSED = 3;
        static final int DONE = 4;

        private final Object value;
        int state = IDLE;

        SendOp(Object value) {
            this.value = value;
        }

        @Override
        public Object poll(Context cx) {
            synchronized (Channel.this) {
                switch (state) {
                    case DONE:
                        return null;
                    case GRANTED:
                        granted--;
                        if (closed) {
                            state = DONE;
                            throw closedError();
                        }
                        deliver(value);
                        state = DONE;
                        grantFreeSlots();  // handed straight to a receiver: the slot is still free
                        return null;
                    case REFUSED:
                        state = DONE;
                        throw closedError();
                    case WAITING:
                        remember(cx);
                        return PENDING;
                    default:
                        if (closed) {
                            state = DONE;
                            throw closedError();
                        }
                        if (senders.isEmpty() && (!receivers.isEmpty() || freeSlots() > 0)) {
                            deliver(value);
                            state = DONE;
                            return null;
                        }
                        senders.add(this, cx);
                        state = WAITING;
                        return PENDING;
                }
            }
        }

        /** Cancel-safe: nothing was sent; a granted slot passes to the next waiting sender. */
        @Override
        public void cancel() {
            synchronized (Channel.this) {
                if (state == WAITING) {
                    senders.remove(this);
                } else if (state == GRANTED) {
                    granted--;
                    grantFreeSlots();
                }
                state = DONE;
            }
        }

        /** Never calls out: polled without a depth mark. */
        @Override
        public boolean mayRunScript() {
            return false;
        }

        @Override
        public String name() {
            return "send";
        }
    }

    /** {@code rx.recv()}: the next value, or nil once the channel is closed and drained. */
    private final class RecvOp extends WaitQueue.Waiter implements Future {
        static final int IDLE = 0;
        static final int WAITING = 1;
        static final int HANDED = 2;
        static final int CLOSED = 3;
        static final int DONE = 4;

        int state = IDLE;
        private Object handed;

        void hand(Object value) {
            handed = value;
            state = HANDED;
            wake();
        }

        @Override
        public Object poll(Context cx) {
            synchronized (Channel.this) {
                switch (state) {
                    case HANDED: {
                        Object v = handed;
                        handed = null;
                        state = DONE;
                        return v;
                    }
                    case CLOSED:
                    case DONE:
                        state = DONE;
                        return null;
                    case WAITING:
                        remember(cx);
                        return PENDING;
                    default:
                        if (!buffer.isEmpty()) {
                            state = DONE;
                            return take();
                        }
                        if (closed) {
                            state = DONE;
                            return null;
                        }
                        receivers.add(this, cx);
                        state = WAITING;
                        return PENDING;
                }
            }
        }

        /** Cancel-safe: takes no value; one it was handed goes back to the front. */
        @Override
        public void cancel() {
            synchronized (Channel.this) {
                if (state == WAITING) {
                    receivers.remove(this);
                } else if (state == HANDED) {
                    Object v = handed;
                    handed = null;
                    state = DONE;
                    giveBack(v);
                }
                state = DONE;
            }
        }

        /** Never calls out: polled without a depth mark. */
        @Override
        public boolean mayRunScript() {
            return false;
        }

        @Override
        public String name() {
            return "recv";
        }
    }
}
