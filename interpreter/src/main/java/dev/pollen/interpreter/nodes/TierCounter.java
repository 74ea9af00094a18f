package dev.pollen.interpreter.nodes;

/**
 * Counts the interpreted runs of one function or async body and says, once, when the engine's
 * tier ({@code --compile}) wants it compiled. Costs one field read once the decision is made.
 */
public final class TierCounter {
    private final RunContext context;
    /** Runs so far, or -1 once decided. */
    private int runs;

    public TierCounter(RunContext context) {
        this.context = context;
    }

    /** Counts a run; true exactly once, on the run that should compile. */
    public boolean due() {
        return runs >= 0 && count();
    }

    private synchronized boolean count() {
        if (runs < 0) {
            return false;
        }
        int after = context == null ? -1 : context.compileAfter();
        if (after < 0) {
            runs = -1;
            return false;
        }
        if (runs++ < after) {
            return false;
        }
        runs = -1;
        return true;
    }

    /** The engine's back end (only asked when {@link #due} said so). */
    public BodyCompiler compiler() {
        return context.compiler();
    }
}
