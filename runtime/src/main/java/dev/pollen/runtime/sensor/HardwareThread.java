package dev.pollen.runtime.sensor;

import dev.pollen.runtime.async.Clock;
import java.util.PriorityQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The simulated hardware of one engine in the real clock: a daemon thread that sleeps until the
 * next due sample of any of its sensors, takes it, and raises the interrupt from this thread, so
 * the readers' wakes cross threads exactly as an interrupt handler's do.
 *
 * <p>One per {@link SensorSimulator}, never shared between engines. The thread starts with the
 * first scheduled sample and ends as soon as no sensor has a sample due (all stopped or replayed);
 * a later sensor starts a new one. Samples due at the same instant are taken in the order they were
 * scheduled. Invariants, under {@code lock}: {@code thread} is non-null exactly while a thread is
 * running the loop; {@code due} holds each running sensor's next sample at most once.
 */
final class HardwareThread {
    private final Clock clock;
    private final String threadName;
    private final ReentrantLock lock = new ReentrantLock();
    /** Signalled when the earliest sample changes or a sensor leaves, so the sleep is re-planned. */
    private final Condition changed = lock.newCondition();
    private final PriorityQueue<Due> due = new PriorityQueue<>();
    private long sequence;
    private Thread thread;

    /** One pending sample: taken at {@code at}, ties broken by scheduling order. */
    private record Due(long at, long seq, Sampler sampler) implements Comparable<Due> {
        @Override
        public int compareTo(Due other) {
            int byTime = Long.compare(at, other.at);
            return byTime != 0 ? byTime : Long.compare(seq, other.seq);
        }
    }

    HardwareThread(Clock clock, String threadName) {
        this.clock = clock;
        this.threadName = threadName;
    }

    /** Starts driving {@code sampler}; its sensor's stop takes it off the schedule. */
    void start(Sampler sampler) {
        sampler.sensor().onHalt(() -> remove(sampler));
        schedule(sampler, sampler.due());
    }

    /** Threads running the loop now: 0 or 1 (for tests of the thread's lifetime). */
    boolean isAlive() {
        lock.lock();
        try {
            return thread != null;
        } finally {
            lock.unlock();
        }
    }

    private void schedule(Sampler sampler, long at) {
        lock.lock();
        try {
            // Checked under the lock that remove() takes after the sensor stopped, so a sample
            // cannot be re-scheduled behind a stop's back.
            if (!sampler.sensor().isRunning()) {
                return;
            }
            Due entry = new Due(at, sequence++, sampler);
            due.add(entry);
            if (thread == null) {
                thread = new Thread(this::loop, threadName);
                thread.setDaemon(true);
                thread.start();
            } else if (due.peek() == entry) {
                changed.signal();
            }
        } finally {
            lock.unlock();
        }
    }

    private void remove(Sampler sampler) {
        lock.lock();
        try {
            if (due.removeIf(d -> d.sampler() == sampler)) {
                changed.signal();
            }
        } finally {
            lock.unlock();
        }
    }

    private void loop() {
        while (true) {
            Due next = awaitNextDue();
            if (next == null) {
                return;
            }
            long following;
            try {
                following = next.sampler().takeSample();
            } catch (RuntimeException | Error e) {
                // A bug in one sensor must not silence the others: stop it and report the failure.
                next.sampler().sensor().stop();
                Thread.currentThread().getUncaughtExceptionHandler().uncaughtException(Thread.currentThread(), e);
                continue;
            }
            if (following != SampleSchedule.END) {
                schedule(next.sampler(), following);
            }
        }
    }

    /** Sleeps until the earliest sample is due and takes it off the queue; null when none is left. */
    private Due awaitNextDue() {
        lock.lock();
        try {
            while (true) {
                Due first = due.peek();
                if (first == null) {
                    thread = null;  // under the lock: the next schedule() starts a new thread
                    return null;
                }
                long wait = first.at() - clock.nowNanos();
                if (wait <= 0) {
                    return due.poll();
                }
                try {
                    changed.await(wait, TimeUnit.NANOSECONDS);
                } catch (InterruptedException e) {
                    // Nobody but this class owns the thread; an interrupt just re-plans the sleep.
                }
            }
        } finally {
            lock.unlock();
        }
    }
}
