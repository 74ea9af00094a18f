package dev.pollen.interpreter.nodes;

import dev.pollen.runtime.value.ErrorKind;
import dev.pollen.runtime.value.Location;
import dev.pollen.runtime.value.PollenException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Per-engine state that running code needs: the operation budget of {@code --max-ops}. One per
 * engine, never static, so several engines can run side by side.
 *
 * <p>The budget is for the whole run, whichever tasks spend it. On the single-threaded executor it
 * is one plain counter. When tasks run on several workers ({@link #RunContext(long, boolean)}),
 * one shared counter would be a contended cache line on every loop iteration, so each thread
 * takes slices of {@link #SLICE} operations from the budget and counts within its slice: the run
 * stops when the budget has no slice left, at most {@code SLICE} operations per other worker
 * before the exact count. Call depth is not here: it travels with each task's frames.
 */
public final class RunContext {
    /** Calls deeper than this throw StackOverflow (a script error, never a JVM crash). */
    public static final int MAX_DEPTH = 12_000;

    /** How many operations a worker takes from the shared budget at a time. */
    static final int SLICE = 1024;

    private final long maxOps;
    private BodyCompiler compiler;
    /** Interpreted calls of a function before it is compiled; -1 never compiles. */
    private int compileAfter = -1;
    private long ops;
    private volatile PollenException limitError;
    private volatile boolean interrupted;
    /** Null on one thread; else the budget not yet handed out, and each thread's slice. */
    private final AtomicLong unsliced;
    private final ThreadLocal<long[]> slice;

    public RunContext(long maxOps) {
        this(maxOps, false);
    }

    /** @param parallel tasks of this engine run on several threads at once */
    public RunContext(long maxOps, boolean parallel) {
        this.maxOps = maxOps <= 0 ? Long.MAX_VALUE : maxOps;
        this.unsliced = parallel ? new AtomicLong(this.maxOps) : null;
        this.slice = parallel ? ThreadLocal.withInitial(() -> new long[1]) : null;
    }

    /**
     * Compiles each sync function with {@code compiler} once it has been called {@code after}
     * times interpreted (0: on its first call; -1: never).
     */
    public void useCompiler(BodyCompiler c, int after) {
        this.compiler = c;
        this.compileAfter = c == null ? -1 : after;
    }

    public BodyCompiler compiler() {
        return compiler;
    }

    int compileAfter() {
        return compileAfter;
    }

    /** Counts one operation (a loop iteration or a call); past the budget the run ends. */
    public void tick() {
        if (unsliced != null ? spentParallel() : ++ops > maxOps || interrupted) {
            throw stop();
        }
    }

    /** Counts one operation; an exceeded budget (or an interrupt) is reported at {@code where}. */
    public void tick(Location where) {
        if (unsliced != null ? spentParallel() : ++ops > maxOps || interrupted) {
            throw stop().locateIfAbsent(where);
        }
    }

    /** One operation on a worker: true when the run must stop (budget spent, or interrupted). */
    private boolean spentParallel() {
        if (interrupted) {
            return true;
        }
        if (maxOps == Long.MAX_VALUE) {
            return false;  // nothing to count
        }
        long[] left = slice.get();
        if (--left[0] >= 0) {
            return false;
        }
        long granted;
        long before;
        do {
            before = unsliced.get();
            granted = Math.min(SLICE, before);
        } while (granted > 0 && !unsliced.compareAndSet(before, before - granted));
        if (granted == 0) {
            left[0] = 0;
            return true;
        }
        left[0] = granted - 1;
        return false;
    }

    /** Makes the next operation throw Cancelled ("interrupted"): the host's Ctrl-C. */
    public void interrupt() {
        interrupted = true;
    }

    private PollenException stop() {
        if (interrupted) {
            interrupted = false;
            return PollenException.of(ErrorKind.CANCELLED, "interrupted");
        }
        return exceeded();
    }

    private PollenException exceeded() {
        PollenException e = limitExceeded(maxOps);
        if (limitError == null) {
            limitError = e;
        }
        return e;
    }

    /**
     * The LimitExceeded error the run met first, or null. Whichever task met it, it ends the
     * whole evaluation: the engine reports it even when the main task finished.
     */
    public PollenException limitError() {
        return limitError;
    }

    public static PollenException limitExceeded(long maxOps) {
        return PollenException.of(ErrorKind.LIMIT_EXCEEDED, "the run exceeded " + maxOps + " operations");
    }

    public static PollenException stackOverflow() {
        return PollenException.of(ErrorKind.STACK_OVERFLOW, "maximum recursion depth exceeded");
    }
}
