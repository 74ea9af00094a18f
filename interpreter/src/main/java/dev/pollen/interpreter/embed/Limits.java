package dev.pollen.interpreter.embed;

import dev.pollen.interpreter.nodes.RunContext;

/**
 * What one evaluation may use (LANGUAGE.md §11). Each bound applies afresh to every
 * {@code eval}/{@code run}/{@code call}; 0 means "no limit". A bound that is exceeded ends the
 * evaluation with {@code LimitExceeded} naming it: no script {@code catch} sees it, no
 * {@code finally} runs, and the engine answers the next evaluation as before.
 *
 * <pre>{@code
 * Limits limits = Limits.none().withMaxOps(1_000_000).withDeadlineMillis(2_000).withMaxTasks(1_000);
 * }</pre>
 *
 * @param maxOps         loop iterations and calls ({@code --max-ops})
 * @param maxDepth       nested calls of one task ({@code --max-depth}); without it a script meets
 *                       a catchable StackOverflow at 12 000
 * @param maxTasks       live tasks at once ({@code --max-tasks})
 * @param maxString      characters of any one string the script makes ({@code --max-string})
 * @param maxCollection  elements of any one list or map ({@code --max-collection})
 * @param maxMemoryMiB   heap in use after a garbage collection ({@code --max-memory}); the JVM's
 *                       own measure, so in a JVM shared with other work it bounds the whole heap
 * @param deadlineMillis wall-clock milliseconds ({@code --deadline})
 */
public record Limits(long maxOps, int maxDepth, int maxTasks, long maxString, long maxCollection,
                     long maxMemoryMiB, long deadlineMillis) {

    /** @throws IllegalArgumentException when a bound is negative */
    public Limits {
        if (maxOps < 0 || maxDepth < 0 || maxTasks < 0 || maxString < 0 || maxCollection < 0
                || maxMemoryMiB < 0 || deadlineMillis < 0) {
            throw new IllegalArgumentException("a limit cannot be negative (0 means no limit)");
        }
    }

    /** No limit at all (the default): only StackOverflow at 12 000 nested calls. */
    public static Limits none() {
        return new Limits(0, 0, 0, 0, 0, 0, 0);
    }

    /**
     * Bounds suited to running scripts nobody vetted: one million operations, 2 s, 1 000 tasks,
     * strings of 1 M characters, collections of 1 M elements. Tighten or loosen as needed.
     */
    public static Limits untrusted() {
        return new Limits(1_000_000, 0, 1_000, 1 << 20, 1 << 20, 0, 2_000);
    }

    /** These limits with {@code maxOps} set to {@code n} (0: no limit). */
    public Limits withMaxOps(long n) {
        return new Limits(n, maxDepth, maxTasks, maxString, maxCollection, maxMemoryMiB, deadlineMillis);
    }

    /** These limits with {@code maxDepth} set to {@code n} (0: no limit). */
    public Limits withMaxDepth(int n) {
        return new Limits(maxOps, n, maxTasks, maxString, maxCollection, maxMemoryMiB, deadlineMillis);
    }

    /** These limits with {@code maxTasks} set to {@code n} (0: no limit). */
    public Limits withMaxTasks(int n) {
        return new Limits(maxOps, maxDepth, n, maxString, maxCollection, maxMemoryMiB, deadlineMillis);
    }

    /** These limits with {@code maxString} set to {@code n} (0: no limit). */
    public Limits withMaxString(long n) {
        return new Limits(maxOps, maxDepth, maxTasks, n, maxCollection, maxMemoryMiB, deadlineMillis);
    }

    /** These limits with {@code maxCollection} set to {@code n} (0: no limit). */
    public Limits withMaxCollection(long n) {
        return new Limits(maxOps, maxDepth, maxTasks, maxString, n, maxMemoryMiB, deadlineMillis);
    }

    /** These limits with {@code maxMemoryMiB} set to {@code n} (0: no limit). */
    public Limits withMaxMemoryMiB(long n) {
        return new Limits(maxOps, maxDepth, maxTasks, maxString, maxCollection, n, deadlineMillis);
    }

    /** These limits with {@code deadlineMillis} set to {@code n} (0: no limit). */
    public Limits withDeadlineMillis(long n) {
        return new Limits(maxOps, maxDepth, maxTasks, maxString, maxCollection, maxMemoryMiB, n);
    }

    RunContext.Bounds bounds() {
        return new RunContext.Bounds(maxOps, maxDepth, maxTasks, maxString, maxCollection, maxMemoryMiB, deadlineMillis);
    }
}
