package dev.pollen.runtime.sensor;

import dev.pollen.runtime.async.Context;
import dev.pollen.runtime.async.Future;
import dev.pollen.runtime.async.Waker;

/**
 * {@code s.read()}: waits for the next interrupt of its sensor after its first poll.
 *
 * <pre>
 *   IDLE --first poll, sensor running--> WAITING --interrupt or stop--> HANDED --poll--> DONE
 *   IDLE --first poll, sensor stopped--> DONE (nil)
 *   WAITING/HANDED --cancel--> DONE (leaves the queue; a handed sample is dropped)
 * </pre>
 *
 * All state is guarded by the sensor's lock, because the interrupt that hands the sample over
 * may run on another thread than the poll.
 */
final class ReadFuture implements Future {
    private static final int IDLE = 0;
    /** In the sensor's queue of waiters, holding the waker to call. */
    private static final int WAITING = 1;
    /** Out of the queue with its sample; the next poll delivers it. */
    private static final int HANDED = 2;
    /** Delivered (re-polls deliver the same outcome) or cancelled. */
    private static final int DONE = 3;

    private final Sensor sensor;
    private int state = IDLE;
    private Waker waker;
    private Sample outcome;

    ReadFuture(Sensor sensor) {
        this.sensor = sensor;
    }

    @Override
    public Object poll(Context cx) {
        Sample got;
        synchronized (sensor.lock()) {
            switch (state) {
                case IDLE -> {
                    if (!sensor.runningLocked()) {
                        state = DONE;
                        outcome = Sample.END;
                        return null;
                    }
                    waker = cx.waker();
                    sensor.enqueueLocked(this);
                    state = WAITING;
                    return PENDING;
                }
                case WAITING -> {
                    waker = cx.waker();  // the future may have moved to another task
                    return PENDING;
                }
                case HANDED -> {
                    state = DONE;
                    waker = null;
                    got = outcome;
                }
                default -> got = outcome == null ? Sample.END : outcome;
            }
        }
        return got.deliver();  // outside the lock: a fault throws from here
    }

    @Override
    public void cancel() {
        synchronized (sensor.lock()) {
            if (state == WAITING) {
                sensor.dequeueLocked(this);
            }
            state = DONE;
            waker = null;
        }
    }

    @Override
    public String name() {
        return "read";
    }

    @Override
    public String describeWait() {
        return "read of sensor " + sensor.name();
    }

    /**
     * Called by the interrupt, holding the sensor's lock, after taking this out of the queue;
     * returns the waker to call once the lock is released.
     */
    Waker handLocked(Sample sample) {
        outcome = sample;
        state = HANDED;
        return waker;
    }
}
