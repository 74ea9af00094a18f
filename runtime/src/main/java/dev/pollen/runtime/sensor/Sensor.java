package dev.pollen.runtime.sensor;

import dev.pollen.runtime.async.Executor;
import dev.pollen.runtime.async.Future;
import dev.pollen.runtime.async.LiveSource;
import dev.pollen.runtime.async.Waker;
import dev.pollen.runtime.value.HostValue;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A device that raises interrupts, as scripts see it (LANGUAGE.md §7): {@code type_of} is
 * "sensor" and it prints as {@code <sensor NAME>}. Its samples come from a driver: the simulator's
 * clock ({@link SensorSimulator}) or an embedding host ({@link HostSource}).
 *
 * <p>An interrupt latches one sample (a value or a fault) and wakes every read pending at that
 * moment, in the order they began to wait; all of them receive that same sample. A read waits for
 * the next interrupt after its first poll, so a slow reader misses the samples that came meanwhile.
 *
 * <p>Invariants, guarded by the sensor's private lock: {@code waiters} holds exactly the reads
 * in the WAITING state, oldest first; once {@code running} is false it stays false, no interrupt
 * is latched any more and {@code waiters} stays empty. Wakes are issued after the lock is released
 * (like an interrupt handler that acknowledges the device, then signals), and the sensor's
 * {@link LiveSource} is closed only after the last wake went out, so the executor never reports a
 * deadlock while a wake is still on its way. Safe to use from any thread.
 */
public final class Sensor implements HostValue {
    private final String name;
    private final LiveSource source;
    /** Run once by {@link #stop()}: silence the driver, forget the sensor in its simulator. */
    private final List<Runnable> haltActions = new ArrayList<>(2);
    /** Private, so a host synchronizing on a Sensor it holds cannot stall the interrupts. */
    private final Object lock = new Object();

    private final ArrayDeque<ReadFuture> waiters = new ArrayDeque<>();
    private boolean running = true;
    private long samples;
    private Object latest;
    private long lastSampleAt = -1;

    Sensor(String name, Executor executor) {
        this.name = Objects.requireNonNull(name, "name");
        this.source = executor.registerSource(name);
    }

    /**
     * For a sensor sampled by the executor's own timers: its source stops counting as open, since
     * only a timer can make it wake a task, and the timer knows whether a read is pending.
     */
    void leaveLivenessToTimers() {
        source.close();
    }

    /** Adds what {@link #stop()} must do besides waking the readers; runs at once if stopped. */
    void onHalt(Runnable action) {
        Objects.requireNonNull(action);
        synchronized (lock) {
            if (running) {
                haltActions.add(action);
                return;
            }
        }
        action.run();
    }

    // ---- the script-facing methods ----------------------------------------------------------

    /**
     * A future of the next sample after its first poll: the value, or a thrown SensorError for a
     * fault, or nil when the sensor stops first. On a stopped sensor it completes with nil at once.
     * Cancel-safe: a cancelled read leaves the queue of waiters.
     */
    public Future read() {
        return new ReadFuture(this);
    }

    /** The last good sample (a fault leaves it unchanged), or nil before the first one. */
    public Object latest() {
        synchronized (lock) {
            return Sample.ownCopy(latest);
        }
    }

    /** Interrupts so far, faults included. */
    public long samples() {
        synchronized (lock) {
            return samples;
        }
    }

    /**
     * No more interrupts: pending reads complete with nil, later reads return nil at once, and the
     * sensor no longer keeps the program alive. Idempotent; callable from any thread.
     */
    public void stop() {
        List<Waker> woken;
        List<Runnable> halts;
        synchronized (lock) {
            if (!running) {
                return;
            }
            running = false;
            woken = handOut(Sample.END);
            halts = List.copyOf(haltActions);
            haltActions.clear();
        }
        for (Runnable halt : halts) {
            halt.run();
        }
        wakeAll(woken);
        source.close();
    }

    public String name() {
        return name;
    }

    /** True until {@link #stop()} (or the end of a replay). */
    public boolean isRunning() {
        synchronized (lock) {
            return running;
        }
    }

    /** Reads waiting for the next interrupt now (lets a host see whether anyone is listening). */
    public int pendingReads() {
        synchronized (lock) {
            return waiters.size();
        }
    }

    /**
     * When the latest interrupt happened, on the executor's clock in nanoseconds: the scheduled
     * instant of a simulated sample, the moment of a host's push; -1 before the first.
     */
    public long lastSampleAtNanos() {
        synchronized (lock) {
            return lastSampleAt;
        }
    }

    @Override
    public String typeName() {
        return "sensor";
    }

    @Override
    public String display() {
        return "<sensor " + name + ">";
    }

    @Override
    public String toString() {
        return display();
    }

    // ---- the driver's side ------------------------------------------------------------------

    /**
     * The interrupt: latches {@code sample} (taken at {@code atNanos}) and wakes every pending read.
     * Runs on the driver's thread: the executor's for timer events, the hardware thread or a host
     * thread otherwise. Returns false, doing nothing, once the sensor has stopped.
     */
    boolean interrupt(Sample sample, long atNanos) {
        List<Waker> woken;
        synchronized (lock) {
            if (!running) {
                return false;
            }
            samples++;
            lastSampleAt = atNanos;
            if (sample instanceof Sample.Reading r) {
                latest = r.value();
            }
            woken = handOut(sample);
        }
        source.noteInterrupt();
        wakeAll(woken);
        return true;
    }

    // ---- the reads' side (called by ReadFuture holding the lock) ------------------------------

    /** Guards the sensor's state and that of its reads. */
    Object lock() {
        return lock;
    }

    boolean runningLocked() {
        return running;
    }

    void enqueueLocked(ReadFuture read) {
        waiters.addLast(read);
    }

    void dequeueLocked(ReadFuture read) {
        waiters.remove(read);
    }

    /**
     * Gives {@code sample} to every waiting read and empties the queue; returns their wakers in the
     * order the reads began to wait. A read cancelled before the wake goes out costs its task one
     * spurious poll, which the poll protocol allows.
     */
    private List<Waker> handOut(Sample sample) {
        if (waiters.isEmpty()) {
            return List.of();
        }
        List<Waker> wakers = new ArrayList<>(waiters.size());
        ReadFuture read;
        while ((read = waiters.pollFirst()) != null) {
            wakers.add(read.handLocked(sample));
        }
        return wakers;
    }

    private static void wakeAll(List<Waker> wakers) {
        for (Waker w : wakers) {
            w.wake();
        }
    }
}
