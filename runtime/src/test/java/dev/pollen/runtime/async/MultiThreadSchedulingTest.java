package dev.pollen.runtime.async;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Work stealing and affinity of {@link MultiThreadExecutor} under load. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class MultiThreadSchedulingTest {
    private final List<MultiThreadExecutor> created = new ArrayList<>();

    private MultiThreadExecutor executor(Clock clock, int threads, boolean affinity) {
        MultiThreadExecutor ex = new MultiThreadExecutor(clock, threads, affinity);
        created.add(ex);
        return ex;
    }

    @AfterEach
    void stopWorkers() {
        created.forEach(MultiThreadExecutor::close);
    }

    /** Pending until woken; its first poll records its worker, a later one may wait on a latch. */
    private static final class Parked implements Future {
        final AtomicReference<Thread> home = new AtomicReference<>();
        volatile CountDownLatch holdSecondPoll;
        volatile Waker waker;
        int polls;

        @Override
        public Object poll(Context cx) {
            waker = cx.waker();
            if (polls++ == 0) {
                home.set(Thread.currentThread());
                return PENDING;
            }
            CountDownLatch hold = holdSecondPoll;
            if (hold != null) {
                try {
                    hold.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return "done";
        }
    }

    @Test
    void withAffinity_anIdleWorkerParks_whileAnotherWorkerHasPinnedTasksQueued() throws Exception {
        MultiThreadExecutor ex = executor(new RealClock(), 2, true);
        List<Parked> futures = new ArrayList<>();
        List<Task> tasks = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            Parked p = new Parked();
            futures.add(p);
            tasks.add(ex.spawn(p, "p" + i));
        }
        ex.runUntilIdle();  // every task is polled once and is now homed on the worker that did it
        Parked busy = null;
        Parked queued = null;
        Task busyTask = null;
        Task queuedTask = null;
        for (int i = 0; i < futures.size() && queued == null; i++) {
            for (int j = i + 1; j < futures.size(); j++) {
                if (futures.get(i).home.get() == futures.get(j).home.get()) {
                    busy = futures.get(i);
                    busyTask = tasks.get(i);
                    queued = futures.get(j);
                    queuedTask = tasks.get(j);
                    break;
                }
            }
        }
        assertThat(queued).as("six tasks on two workers: two share a home").isNotNull();
        Thread home = busy.home.get();
        CountDownLatch release = new CountDownLatch(1);
        busy.holdSecondPoll = release;
        busy.waker.wake();
        queued.waker.wake();  // pinned behind the busy task on the same worker
        Task target = busyTask;
        Thread host = new Thread(() -> ex.runUntilFinished(target), "host");
        host.start();
        try {
            Thread other = workerOtherThan(home);
            // Spinning keeps the idle worker RUNNABLE; parked it is WAITING or TIMED_WAITING.
            while (!parked(other)) {
                Thread.sleep(5);
            }
        } finally {
            release.countDown();
            host.join();
        }
        assertThat(ex.runUntilFinished(queuedTask)).isEqualTo("done");
    }

    private static Thread workerOtherThan(Thread home) throws InterruptedException {
        while (true) {
            for (Thread t : Thread.getAllStackTraces().keySet()) {
                if (t instanceof Worker && t != home && t.isAlive() && ((Worker) t).pool() == ((Worker) home).pool()) {
                    return t;
                }
            }
            Thread.sleep(5);
        }
    }

    private static boolean parked(Thread t) {
        Thread.State s = t.getState();
        return s == Thread.State.WAITING || s == Thread.State.TIMED_WAITING;
    }

    /**
     * A storm of about a million scheduling operations (spawns, self-wakes, cross-task wakes and
     * the steals they cause): every task is polled exactly as often as it asked, never by two
     * threads at once, and every spawned task finishes once.
     */
    @Test
    void spawnWakeStealStorm_losesAndDoublesNoPoll() {
        long scale = Long.getLong("pollen.stress.scale", 1);
        int parents = 200;
        int childrenEach = (int) (50 * scale);
        int yields = 40;
        MultiThreadExecutor ex = executor(new VirtualClock(), 4, false);
        AtomicLong polls = new AtomicLong();
        AtomicBoolean overlapped = new AtomicBoolean();
        Map<Integer, AtomicInteger> finishedIds = new ConcurrentHashMap<>();
        AtomicInteger finishes = new AtomicInteger();
        List<Future> roots = new ArrayList<>();
        for (int p = 0; p < parents; p++) {
            roots.add(ex.spawn(new Spawner(ex, childrenEach, yields, polls, overlapped, finishedIds, finishes), null));
        }
        ex.blockOn(new Join(roots), "main");
        long children = (long) parents * childrenEach;
        assertThat(overlapped).isFalse();
        assertThat(finishes.get()).isEqualTo(children);
        assertThat(finishedIds).hasSize((int) children).allSatisfy((id, n) -> assertThat(n.get()).isEqualTo(1));
        assertThat(polls.get()).isEqualTo(children * (yields + 1));
    }

    /** Spawns its children, then waits for them all. */
    private static final class Spawner implements Future {
        private final MultiThreadExecutor ex;
        private final int children;
        private final int yields;
        private final AtomicLong polls;
        private final AtomicBoolean overlapped;
        private final Map<Integer, AtomicInteger> finishedIds;
        private final AtomicInteger finishes;
        private Join all;

        Spawner(MultiThreadExecutor ex, int children, int yields, AtomicLong polls, AtomicBoolean overlapped,
                Map<Integer, AtomicInteger> finishedIds, AtomicInteger finishes) {
            this.ex = ex;
            this.children = children;
            this.yields = yields;
            this.polls = polls;
            this.overlapped = overlapped;
            this.finishedIds = finishedIds;
            this.finishes = finishes;
        }

        @Override
        public Object poll(Context cx) {
            if (all == null) {
                List<Future> handles = new ArrayList<>();
                for (int i = 0; i < children; i++) {
                    handles.add(ex.spawn(new Counted(yields, polls, overlapped, finishedIds, finishes), null));
                }
                all = new Join(handles);
            }
            return all.poll(cx);
        }
    }

    /** Wakes itself {@code yields} times, counting each poll and checking polls never overlap. */
    private static final class Counted implements Future {
        private final AtomicBoolean inPoll = new AtomicBoolean();
        private final AtomicLong polls;
        private final AtomicBoolean overlapped;
        private final Map<Integer, AtomicInteger> finishedIds;
        private final AtomicInteger finishes;
        private int remaining;

        Counted(int yields, AtomicLong polls, AtomicBoolean overlapped, Map<Integer, AtomicInteger> finishedIds,
                AtomicInteger finishes) {
            this.remaining = yields;
            this.polls = polls;
            this.overlapped = overlapped;
            this.finishedIds = finishedIds;
            this.finishes = finishes;
        }

        @Override
        public Object poll(Context cx) {
            if (!inPoll.compareAndSet(false, true)) {
                overlapped.set(true);
            }
            try {
                polls.incrementAndGet();
                if (remaining-- == 0) {
                    finishes.incrementAndGet();
                    finishedIds.computeIfAbsent(cx.task().id(), id -> new AtomicInteger()).incrementAndGet();
                    return null;
                }
                cx.waker().wake();
                return PENDING;
            } finally {
                inPoll.set(false);
            }
        }
    }
}
