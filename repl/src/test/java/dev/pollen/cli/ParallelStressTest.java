package dev.pollen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The atomicity rules of LANGUAGE.md §6.7 under load: eight tasks hammer one shared value on 2, 4
 * and 8 workers of {@code --executor=multi}, run exactly as {@code pollen} runs scripts, and not
 * one update may be lost or doubled, nor any error leak out.
 *
 * <p>CI size: 100 000 operations per task for the unlocked operations, fewer for the async mutex.
 * The long profile multiplies every count: {@code -Dpollen.stress.scale=10}.
 */
@Timeout(value = 240, unit = TimeUnit.SECONDS)
class ParallelStressTest {
    private static final int TASKS = 8;
    private static final long SCALE = Long.getLong("pollen.stress.scale", 1);
    private static final long PER_TASK = 100_000 * SCALE;

    private static CommandRun runMulti(int threads, String script) {
        CommandRun run = CommandRun.of("--executor=multi", "--threads=" + threads, "-e", script);
        assertThat(run.err()).isEmpty();
        assertThat(run.status()).isZero();
        return run;
    }

    /** Spawns {@link #TASKS} tasks running {@code body} with {@code t} (task) and {@code i} bound. */
    private static String tasks(long perTask, String setup, String body, String result) {
        return setup + "\nlet hs = [];\n"
                + "for t in 0.." + TASKS + " { hs.push(spawn(async {\n"
                + "  for i in 0.." + perTask + " { " + body + " if i % 4096 == 0 { yield_now().await; } }\n"
                + "})); }\n"
                + "for h in hs { h.await; }\n" + result;
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 4, 8})
    void pushesIntoOneList_loseNothing(int threads) {
        CommandRun run = runMulti(threads, tasks(PER_TASK, "let xs = [];", "xs.push(i);",
                "print(len(xs)); print(xs.sum());"));
        long n = PER_TASK;
        assertThat(run.out()).isEqualTo((TASKS * n) + "\n" + (TASKS * (n * (n - 1) / 2)) + "\n");
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 4, 8})
    void writesIntoOneMap_loseNothing(int threads) {
        CommandRun run = runMulti(threads, tasks(PER_TASK, "let m = #{};", "m[t * " + PER_TASK + " + i] = t;",
                "print(len(m)); let mut ok = true; for [k, v] in m.items() { if k / " + PER_TASK
                        + " != v { ok = false; } } print(ok);"));
        assertThat(run.out()).isEqualTo((TASKS * PER_TASK) + "\ntrue\n");
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 4, 8})
    void atomicCounters_areExact(int threads) {
        CommandRun run = runMulti(threads, tasks(PER_TASK, "let c = atomic(0); let f = atomic(0.0);",
                "c.add(1); f.add(0.5); c.update(|v| v + 1);", "print(c.get()); print(f.get());"));
        assertThat(run.out()).isEqualTo((2 * TASKS * PER_TASK) + "\n" + (TASKS * PER_TASK / 2) + ".0\n");
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 4, 8})
    void aMutexGuardedCompoundUpdate_isExact(int threads) {
        long perTask = PER_TASK / 10;
        CommandRun run = runMulti(threads, tasks(perTask, "let m = mutex(0); let pairs = mutex([0, 0]);",
                "let g = m.lock().await; g.value = g.value + 1; g.unlock();"
                        + " pairs.with(|p| { p[0] += 1; p[1] = p[0] * 2; }).await;",
                "let g = m.lock().await; print(g.value); g.unlock(); print(pairs.with(|p| p).await);"));
        long n = TASKS * perTask;
        assertThat(run.out()).isEqualTo(n + "\n[" + n + ", " + (2 * n) + "]\n");
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 4})
    void walkingAListWhileOthersPush_seesTheLiveList(int threads) {
        // Each walker sees at least the elements there when it started, and never fails.
        CommandRun run = runMulti(threads, tasks(PER_TASK / 10, "let xs = [0, 1, 2]; let short = atomic(0);",
                "if t % 2 == 0 { xs.push(i); } else if i % 1000 == 0 { let mut n = 0;"
                        + " for x in xs { n += 1; } if n < 3 { short.add(1); } }",
                "print(short.get()); print(len(xs));"));
        assertThat(run.out()).isEqualTo("0\n" + (3 + TASKS / 2 * (PER_TASK / 10)) + "\n");
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 4})
    void walkingAMapWhoseSizeChanges_isAValueErrorInTheWalker(int threads) {
        // A walk either completes or throws exactly the §6.7 ValueError; nothing else ever.
        CommandRun run = runMulti(threads, tasks(PER_TASK / 10, "let m = #{}; let other = atomic(0);",
                "if t % 2 == 0 { m[t * 1000000 + i] = i; } else if i % 100 == 0 {"
                        + " try { for [k, v] in m { } } catch e { if str(e) != \"ValueError: map changed size"
                        + " during iteration\" { other.add(1); print(e); } } }",
                "print(other.get()); print(len(m));"));
        assertThat(run.out()).isEqualTo("0\n" + (TASKS / 2 * (PER_TASK / 10)) + "\n");
    }
}
