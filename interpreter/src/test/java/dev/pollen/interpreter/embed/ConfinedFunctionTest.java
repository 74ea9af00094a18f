package dev.pollen.interpreter.embed;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pollen.runtime.value.Callable;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@link Pollen#defineConfined}: a host function that is not thread-safe, called at the same time by
 * tasks on several workers of the multi-threaded executor, still runs every call on its one thread,
 * one call at a time, and each caller gets its own call's result.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ConfinedFunctionTest {
    private static final int TASKS = 4;
    private static final int CALLS = 200;

    /** What the confined function saw; plain collections on purpose: only its thread touches them. */
    private final Map<Long, Long> counts = new HashMap<>();
    private final List<Thread> bodyThreads = new ArrayList<>();
    private final AtomicInteger inside = new AtomicInteger();
    private final AtomicBoolean overlapped = new AtomicBoolean();

    /** Counts one call for key {@code args[0]} and returns the key's count so far. */
    private final Callable tally = args -> {
        if (inside.incrementAndGet() > 1) {
            overlapped.set(true);
        }
        try {
            bodyThreads.add(Thread.currentThread());
            long key = (Long) args[0];
            long count = counts.getOrDefault(key, 0L) + 1;
            Thread.yield();  // widen the window in which an unconfined call would interleave
            counts.put(key, count);
            return count;
        } finally {
            inside.decrementAndGet();
        }
    };

    /** The worker threads that called {@code meet()}: it returns once two distinct ones have. */
    private final Set<Thread> workers = ConcurrentHashMap.newKeySet();

    private final HostFunction meet = args -> {
        synchronized (workers) {
            workers.add(Thread.currentThread());
            workers.notifyAll();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (workers.size() < 2 && System.nanoTime() < deadline) {
                workers.wait(TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime()) + 1);
            }
            return workers.size() >= 2;
        }
    };

    @Test
    void callsFromTasksOnSeveralWorkers_runOneAtATimeOnOneThread_withEachCallersResult() {
        List<Object> results;
        PrintStream discard = new PrintStream(new ByteArrayOutputStream());
        try (Pollen pollen = new Pollen(PollenConfig.defaults().withThreads(2, false).withStreams(discard, discard))) {
            pollen.define("meet", meet);
            pollen.defineConfined("tally", tally);
            // meet() holds each worker until both run a task, so the tallies below race for real.
            Object value = pollen.eval("let hs = [];\n"
                    + "for t in 0.." + TASKS + " {\n"
                    + "    hs.push(spawn(async {\n"
                    + "        let met = meet();\n"
                    + "        let mut sum = 0;\n"
                    + "        for i in 0.." + CALLS + " { sum += tally(t); }\n"
                    + "        [met, sum]\n"
                    + "    }));\n"
                    + "}\n"
                    + "let results = [];\n"
                    + "for h in hs { results.push(h.await); }\n"
                    + "results");
            results = castList(value);
        }
        long sumOfCounts = (long) CALLS * (CALLS + 1) / 2;  // each task sees its key count 1..CALLS
        assertThat(workers).as("threads that ran the tasks").hasSize(2);
        assertThat(results).hasSize(TASKS).allSatisfy(r -> assertThat(r).isEqualTo(List.of(true, sumOfCounts)));
        assertThat(overlapped).as("two calls ran at once").isFalse();
        assertThat(Set.copyOf(bodyThreads)).hasSize(1).doesNotContainAnyElementsOf(workers);
        assertThat(bodyThreads).hasSize(TASKS * CALLS);
        assertThat(counts).hasSize(TASKS).allSatisfy((key, count) -> assertThat(count).isEqualTo((long) CALLS));
    }

    @SuppressWarnings("unchecked")
    private static List<Object> castList(Object value) {
        assertThat(value).isInstanceOf(List.class);
        return (List<Object>) value;
    }
}
