package dev.pollen.interpreter.nodes;

/**
 * Carries the call depth across native code. A script function that a native calls back (a
 * {@code map} callback, a {@code poll_fn} closure, a struct future's {@code poll}) gets no frame
 * from its caller, so without this it would start counting again at 1 and recursion through
 * callbacks would never meet {@link RunContext#MAX_DEPTH}. Script code that hands control to a
 * native or polls a future marks its depth here for the length of that call; the callback
 * continues from it.
 *
 * <p>The mark is per thread and set and restored around each call, so at the top of every task
 * poll it is 0: the depth a callback sees is that of the task polling it, whichever thread runs
 * the task.
 */
public final class CallbackDepth {
    private static final ThreadLocal<CallbackDepth> CURRENT = ThreadLocal.withInitial(CallbackDepth::new);

    private int depth;

    private CallbackDepth() {}

    /** This thread's mark: fetch it once per native call, then {@link #enter} and {@link #restore} it. */
    public static CallbackDepth here() {
        return CURRENT.get();
    }

    /** The depth of the script code that called into the native running now (0 when none). */
    static int current() {
        return CURRENT.get().depth;
    }

    /** Marks {@code callerDepth} as the depth of the caller; returns the mark to give {@link #restore}. */
    public int enter(int callerDepth) {
        int previous = depth;
        depth = callerDepth;
        return previous;
    }

    /** Puts back the mark {@link #enter} replaced. */
    public void restore(int previous) {
        depth = previous;
    }
}
