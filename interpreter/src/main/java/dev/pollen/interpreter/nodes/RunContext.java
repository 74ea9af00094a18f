package dev.pollen.interpreter.nodes;

import dev.pollen.runtime.value.ErrorKind;
import dev.pollen.runtime.value.Location;
import dev.pollen.runtime.value.PollenException;

/**
 * Per-engine state that running code needs: the operation budget of {@code --max-ops}. One per
 * engine, never static, so several engines can run side by side.
 */
public final class RunContext {
    /** Calls deeper than this throw StackOverflow (a script error, never a JVM crash). */
    public static final int MAX_DEPTH = 12_000;

    private final long maxOps;
    private BodyCompiler compiler;
    /** Interpreted calls of a function before it is compiled; -1 never compiles. */
    private int compileAfter = -1;
    private long ops;
    private volatile PollenException limitError;
    private volatile boolean interrupted;

    public RunContext(long maxOps) {
        this.maxOps = maxOps <= 0 ? Long.MAX_VALUE : maxOps;
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
        if (++ops > maxOps || interrupted) {
            throw stop();
        }
    }

    /** Counts one operation; an exceeded budget (or an interrupt) is reported at {@code where}. */
    public void tick(Location where) {
        if (++ops > maxOps || interrupted) {
            throw stop().locateIfAbsent(where);
        }
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
