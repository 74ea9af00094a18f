package dev.pollen.runtime.async;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 2, unit = TimeUnit.MINUTES)
class CrossThreadWakeTest {
    private static final int THREADS = 4;
    private static final int WAKES_PER_THREAD = 5_000;

    /**
     * Counts the wakes that reached it: each wake from another thread bumps {@code sent} before
     * waking; the future completes once it has been polled after the last wake was sent. If a wake
     * were lost, the task would never see the final count and the executor would report a deadlock
     * (the source stays open until then).
     */
    private static final class WakeCounter implements Future {
        final AtomicInteger sent = new AtomicInteger();
        final AtomicInteger polls = new AtomicInteger();
        final AtomicBoolean inPoll = new AtomicBoolean();
        final AtomicBoolean overlapped = new AtomicBoolean();
        volatile boolean finished;
        volatile boolean polledAfterFinish;
        final int target;
        volatile Waker waker;
        final CountDownLatch wakerKnown = new CountDownLatch(1);

        WakeCounter(int target) {
            this.target = target;
        }

        @Override
        public Object poll(Context cx) {
            if (!inPoll.compareAndSet(false, true)) {
                overlapped.set(true);
            }
            try {
                if (finished) {
                    polledAfterFinish = true;
                }
                polls.incrementAndGet();
                waker = cx.waker();
                wakerKnown.countDown();
                if (sent.get() == target) {
                    finished = true;
                    return polls.get();
                }
                Thread.onSpinWait();  // widen the window in which wakes arrive mid-poll
                return PENDING;
            } finally {
                inPoll.set(false);
            }
        }
    }

    @Test
    void thousandsOfWakesFromOtherThreads_noneLost_neverPolledTwiceAtOnce_neverAfterCompletion()
            throws Exception {
        SingleThreadExecutor ex = SingleThreadExecutor.withRealClock();
        WakeCounter counter = new WakeCounter(THREADS * WAKES_PER_THREAD);
        LiveSource source = ex.registerSource("wakers");
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            threads.add(new Thread(() -> {
                try {
                    counter.wakerKnown.await();
                } catch (InterruptedException e) {
                    return;
                }
                for (int i = 0; i < WAKES_PER_THREAD; i++) {
                    counter.sent.incrementAndGet();
                    counter.waker.wake();
                }
            }));
        }
        threads.forEach(Thread::start);
        Thread closer = new Thread(() -> {
            for (Thread t : threads) {
                try {
                    t.join();
                } catch (InterruptedException e) {
                    return;
                }
            }
            source.close();
        });
        closer.start();

        Object polls = ex.blockOn(counter, "counter");

        closer.join();
        assertThat(counter.overlapped).isFalse();
        assertThat(counter.polledAfterFinish).isFalse();
        assertThat((Integer) polls).isBetween(1, THREADS * WAKES_PER_THREAD + 1);
    }

    @Test
    void wakesRacingWithCompletion_neverPollAFinishedTask() throws Exception {
        for (int round = 0; round < 200; round++) {
            SingleThreadExecutor ex = SingleThreadExecutor.withRealClock();
            Probe probe = new Probe();
            Task task = ex.spawn(probe, null);
            ex.runUntilIdle();
            AtomicBoolean stop = new AtomicBoolean();
            Thread hammer = new Thread(() -> {
                while (!stop.get()) {
                    task.waker().wake();
                }
            });
            hammer.start();
            probe.value = "done";
            probe.ready = true;
            LiveSource keepAlive = ex.registerSource("hammer");
            Thread closer = new Thread(() -> {
                while (!task.isFinished()) {
                    Thread.onSpinWait();
                }
                keepAlive.close();
            });
            closer.start();
            ex.runUntilFinished(task);
            int pollsAtFinish = probe.polls.get();
            ex.runUntilIdle();
            stop.set(true);
            hammer.join();
            closer.join();
            ex.runUntilIdle();
            assertThat(probe.polls.get()).isEqualTo(pollsAtFinish);
        }
    }

    @Test
    void crossThreadWake_unparksAnIdleRealClockLoop() throws Exception {
        SingleThreadExecutor ex = SingleThreadExecutor.withRealClock();
        Probe probe = new Probe();
        LiveSource source = ex.registerSource("host");
        Thread host = new Thread(() -> {
            while (probe.waker == null) {
                Thread.onSpinWait();
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                return;
            }
            source.noteInterrupt();
            probe.complete("pushed");
            source.close();
        });
        host.start();
        assertThat(ex.blockOn(probe, "main")).isEqualTo("pushed");
        host.join();
    }
}
