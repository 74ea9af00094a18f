package dev.pollen.runtime.async;

import dev.pollen.runtime.value.ErrorKind;
import dev.pollen.runtime.value.PollenException;
import dev.pollen.runtime.value.TraceFrame;
import java.util.List;

/**
 * How a {@link Task} ended: its value, its script error, or an internal failure. Made once, when
 * the task finishes, so a pending task carries none of these fields (a million pending tasks are
 * common).
 *
 * <p>The Cancelled error of an aborted task is made on first demand: at main exit every live task
 * is aborted, and nobody awaits most of them.
 */
final class TaskOutcome {
    private final Object value;
    private final Throwable fatal;
    private final boolean cancelled;
    // Guarded by this.
    private PollenException failure;
    private List<TraceFrame> failureTrace;
    private boolean failureHandedOut;
    private volatile boolean failureObserved;

    /**
     * @param error     the script error, or null (a plain Cancelled when {@code cancelled})
     * @param cancelled the task was aborted: with no error and no internal failure it ends Cancelled
     */
    TaskOutcome(Object value, PollenException error, Throwable fatal, boolean cancelled) {
        this.value = value;
        this.failure = error;
        this.failureTrace = error == null ? null : List.copyOf(error.trace());
        this.fatal = fatal;
        this.cancelled = cancelled;
    }

    /** True for an error other than Cancelled. */
    boolean hasFailed() {
        return fatal == null && failure != null && !failure.isKind(ErrorKind.CANCELLED);
    }

    boolean isFailureObserved() {
        return failureObserved;
    }

    synchronized PollenException failure() {
        makeCancelledFailure();
        return failure;
    }

    private void makeCancelledFailure() {
        if (failure == null && fatal == null && cancelled) {
            failure = PollenException.cancelled();
            failureTrace = List.of();
        }
    }

    /** The value, or the error thrown (marking it observed), or the internal failure rethrown. */
    Object take() {
        PollenException toThrow;
        synchronized (this) {
            makeCancelledFailure();
            if (failure == null) {
                toThrow = null;
            } else if (!failureHandedOut) {
                failureHandedOut = true;
                toThrow = failure;
            } else {
                toThrow = copyOfFailure();
            }
        }
        if (fatal instanceof RuntimeException r) {
            throw r;
        }
        if (fatal instanceof Error e) {
            throw e;
        }
        if (toThrow != null) {
            failureObserved = true;
            throw toThrow;
        }
        return value;
    }

    /**
     * Each awaiter after the first gets its own exception, so the frames an awaiter's unwinding
     * appends do not pile up on the error every other awaiter sees.
     */
    private PollenException copyOfFailure() {
        PollenException copy = new PollenException(failure.value());
        copy.locateIfAbsent(failure.location());
        for (TraceFrame frame : failureTrace) {
            copy.addFrame(frame);
        }
        return copy;
    }
}
