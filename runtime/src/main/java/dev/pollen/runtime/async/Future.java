package dev.pollen.runtime.async;

/**
 * A lazy computation driven by {@link #poll}: the Rust {@code Future} trait in Java.
 *
 * <p>{@code poll} returns the result value, or {@link #PENDING} when it cannot finish yet; in that
 * case it has arranged for {@code cx.waker()} to be woken when it should be polled again. Errors
 * are thrown as {@link dev.pollen.runtime.value.PollenException}. Returning a sentinel instead of
 * a {@code Poll} object keeps the hot path free of allocation.
 */
public interface Future {
    /** Returned by {@link #poll} when the future is not ready. Never a script value. */
    Object PENDING = new Object() {
        @Override
        public String toString() {
            return "PENDING";
        }
    };

    Object poll(Context cx);

    /**
     * Drops a started future before it completed (a {@code select} loser, a timed-out future, a
     * failed {@code join}'s siblings, an aborted task): releases what it holds and runs its
     * pending {@code finally} blocks now. Does nothing for a finished or never-polled future.
     */
    default void cancel() {}

    /**
     * Whether {@link #poll} or {@link #cancel} may run script code (a struct's {@code poll}, a
     * {@code poll_fn} closure, a future this one wraps). Code awaiting a future that may marks
     * its call depth around each poll, for the callbacks; the runtime's own futures, which
     * never call out, say false and are polled without the mark.
     */
    default boolean mayRunScript() {
        return true;
    }

    /** The name shown as {@code <future NAME>} and as a task's default name. */
    default String name() {
        return "future";
    }

    /** What this future is waiting on, for the deadlock report: e.g. {@code "recv at app.pln:4"}. */
    default String describeWait() {
        return name();
    }
}
