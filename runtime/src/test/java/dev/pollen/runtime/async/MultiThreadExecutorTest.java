package dev.pollen.runtime.async;

import static dev.pollen.runtime.async.TestTime.ms;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pollen.runtime.value.PList;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@org.junit.jupiter.api.Timeout(value = 2, unit = TimeUnit.MINUTES)
class MultiThreadExecutorTest {
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

    /** Yields {@code n} times, recording the threads that polled it and whether polls overlapped. */
    private static final class Yielder implements Future {
        final Set<Thread> pollers = ConcurrentHashMap.newKeySet();
        final AtomicBoolean inPoll = new AtomicBoolean();
        final AtomicBoolean overlapped;
        int remaining;

        Yielder(int n, AtomicBoolean overlapped) {
            this.remaining = n;
            this.overlapped = overlapped;
        }

        @Override
        public Object poll(Context cx) {
            if (!inPoll.compareAndSet(false, true)) {
                overlapped.set(true);
            }
            try {
                pollers.add(Thread.currentThread());
                if (remaining-- == 0) {
                    return "done";
                }
                cx.waker().wake();
                return PENDING;
            } finally {
                inPoll.set(false);
            }
        }
    }

    @Test
    void manyYieldingTasks_allFinish_andNoTaskIsEverPolledByTwoThreadsAtOnce() {
        MultiThreadExecutor ex = executor(new VirtualClock(), 4, false);
        AtomicBoolean overlapped = new AtomicBoolean();
        List<Future> tasks = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            tasks.add(ex.spawn(new Yielder(20, overlapped), null));
        }
        Object r = ex.blockOn(new Join(tasks), "main");
        assertThat(((PList) r).items()).hasSize(2_000).allMatch("done"::equals);
        assertThat(overlapped).isFalse();
    }

    @Test
    void wakesFromForeignThreadsRacingWithPolls_areNeverLost() throws Exception {
        MultiThreadExecutor ex = executor(new RealClock(), 3, false);
        AtomicInteger sent = new AtomicInteger();
        int target = 20_000;
        AtomicBoolean inPoll = new AtomicBoolean();
        AtomicBoolean overlapped = new AtomicBoolean();
        // Published by a worker, read by the hammers: a plain array element could be read once and
        // cached by the JIT, and the hammers would spin forever.
        AtomicReference<Waker> waker = new AtomicReference<>();
        Future counter = cx -> {
            if (!inPoll.compareAndSet(false, true)) {
                overlapped.set(true);
            }
            try {
                waker.set(cx.waker());
                return sent.get() == target ? "all seen" : Future.PENDING;
            } finally {
                inPoll.set(false);
            }
        };
        Task task = ex.spawn(counter, "counter");
        LiveSource source = ex.registerSource("hammers");
        List<Thread> hammers = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            hammers.add(new Thread(() -> {
                while (waker.get() == null) {
                    Thread.onSpinWait();
                }
                for (int i = 0; i < target / 4; i++) {
                    sent.incrementAndGet();
                    task.waker().wake();
                }
            }));
        }
        hammers.forEach(Thread::start);
        Thread closer = new Thread(() -> {
            hammers.forEach(h -> {
                try {
                    h.join();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            source.close();
        });
        closer.start();
        assertThat(ex.runUntilFinished(task)).isEqualTo("all seen");
        closer.join();
        assertThat(overlapped).isFalse();
    }

    @Test
    void withAffinity_eachTaskStaysOnTheWorkerThatFirstPolledIt() {
        MultiThreadExecutor ex = executor(new VirtualClock(), 4, true);
        AtomicBoolean overlapped = new AtomicBoolean();
        List<Yielder> yielders = new ArrayList<>();
        List<Future> tasks = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            Yielder y = new Yielder(50, overlapped);
            yielders.add(y);
            tasks.add(ex.spawn(y, null));
        }
        ex.blockOn(new Join(tasks), "main");
        assertThat(yielders).allMatch(y -> y.pollers.size() == 1);
        assertThat(overlapped).isFalse();
    }

    @Test
    void virtualClock_advancesOnlyWhenAllWorkersAreIdle_soSleepsWakeAtTheirDeadlines() {
        MultiThreadExecutor ex = executor(new VirtualClock(), 4, false);
        List<String> wrong = Collections.synchronizedList(new ArrayList<>());
        List<Future> tasks = new ArrayList<>();
        for (int i = 1; i <= 300; i++) {
            long delay = i % 37;
            tasks.add(ex.spawn(Steps.named("sleeper")
                    .await(() -> new Sleep(ex, ms(delay)))
                    .run(() -> {
                        if (ex.nowMillis() != delay) {
                            wrong.add("woke at " + ex.nowMillis() + " instead of " + delay);
                        }
                    }), null));
        }
        ex.blockOn(new Join(tasks), "main");
        assertThat(wrong).isEmpty();
        assertThat(ex.nowMillis()).isEqualTo(36);
    }

    @Test
    void channelPingPongAcrossWorkers_deliversEveryValueInOrder() {
        MultiThreadExecutor ex = executor(new VirtualClock(), 4, false);
        Channel ch = new Channel(4);
        int n = 5_000;
        Future producer = new Future() {
            long next;
            Future sending;

            @Override
            public Object poll(Context cx) {
                while (true) {
                    if (sending != null && sending.poll(cx) == PENDING) {
                        return PENDING;
                    }
                    if (next == n) {
                        ch.sender().close();
                        return null;
                    }
                    sending = ch.sender().send(next++);
                }
            }
        };
        ex.spawn(producer, "producer");
        Future consumer = new Future() {
            long expected;
            Future receiving;

            @Override
            public Object poll(Context cx) {
                while (true) {
                    if (receiving == null) {
                        receiving = ch.receiver().recv();
                    }
                    Object v = receiving.poll(cx);
                    if (v == PENDING) {
                        return PENDING;
                    }
                    receiving = null;
                    if (v == null) {
                        return expected;
                    }
                    if ((Long) v != expected++) {
                        return "out of order at " + v;
                    }
                }
            }
        };
        assertThat(ex.blockOn(consumer, "main")).isEqualTo((long) n);
    }

    @Test
    void deadlock_isDetectedWhenEveryWorkerIsIdle() {
        MultiThreadExecutor ex = executor(new VirtualClock(), 3, false);
        ex.spawn(new PendingFuture(), "stuck");
        assertThatThrownBy(() -> ex.blockOn(new Channel(1).receiver().recv(), "main"))
                .isInstanceOf(DeadlockException.class)
                .hasMessage("main task (main) waits on recv; task 1 (stuck) waits on pending");
    }

    @Test
    void shutdown_cancelsLiveTasksInIdOrder() {
        MultiThreadExecutor ex = executor(new VirtualClock(), 2, true);
        List<String> log = Collections.synchronizedList(new ArrayList<>());
        for (String name : List.of("t1", "t2", "t3")) {
            ex.spawn(Steps.named(name)
                    .await(() -> new Sleep(ex, ms(1_000)))
                    .finallyRun(() -> log.add("finally " + name)), name);
        }
        ex.blockOn(new Sleep(ex, ms(10)), "main");
        ex.shutdown();
        assertThat(log).containsExactly("finally t1", "finally t2", "finally t3");
        assertThat(ex.liveTasks()).isEmpty();
    }

    @Test
    void executor_isReusableAcrossRuns_withTasksLivingBetweenThem() {
        MultiThreadExecutor ex = executor(new VirtualClock(), 2, false);
        Task background = ex.spawn(new Sleep(ex, ms(50)), "background");
        ex.blockOn(new Sleep(ex, ms(10)), "entry 1");
        assertThat(background.isFinished()).isFalse();
        assertThat(ex.nowMillis()).isEqualTo(10);
        ex.runFor(ms(100));
        assertThat(background.isFinished()).isTrue();
        assertThat(ex.nowMillis()).isEqualTo(110);
        ex.runUntilIdle();
        assertThat(ex.blockOn(new ReadyFuture("again"), "entry 2")).isEqualTo("again");
    }

    @Test
    void realClock_sleepsAndTimeoutsWork() {
        MultiThreadExecutor ex = executor(new RealClock(), 2, false);
        Object r = ex.blockOn(Select.of(new Sleep(ex, ms(30)), new Timeout(ex, new PendingFuture(), ms(5_000))), "main");
        assertThat(((PList) r).get(0)).isEqualTo(0L);
        assertThat(ex.nowMillis()).isBetween(30L, 4_000L);
    }

    @Test
    void realClock_idleWorkersPark_insteadOfSpinning() {
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        org.junit.jupiter.api.Assumptions.assumeTrue(mx.isThreadCpuTimeSupported());
        MultiThreadExecutor ex = executor(new RealClock(), 3, false);
        ex.blockOn(new ReadyFuture(null), "warm up");
        long cpuBefore = workerCpu(mx);
        ex.blockOn(new Sleep(ex, ms(1_000)), "main");
        long cpuUsed = workerCpu(mx) - cpuBefore;
        assertThat(cpuUsed).isLessThan(ms(300));  // three spinning workers would burn about 3000 ms
    }

    private static long workerCpu(java.lang.management.ThreadMXBean mx) {
        long total = 0;
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t instanceof Worker) {
                long cpu = mx.getThreadCpuTime(t.getId());
                total += Math.max(cpu, 0);
            }
        }
        return total;
    }

    @Test
    void crossThreadHostWake_withALiveSource_keepsTheRunAlive() throws Exception {
        MultiThreadExecutor ex = executor(new VirtualClock(), 2, false);
        Probe probe = new Probe();
        LiveSource host = ex.registerSource("host");
        Thread feeder = new Thread(() -> {
            while (probe.waker == null) {
                Thread.onSpinWait();
            }
            probe.complete("fed");
            host.close();
        });
        feeder.start();
        assertThat(ex.blockOn(probe, "main")).isEqualTo("fed");
        feeder.join();
    }
}
