package dev.pollen.interpreter.embed;

/**
 * The one wording of a run that exhausted the JVM's heap (LANGUAGE.md §11): never "a bug in
 * Pollen", always with the advice of what to raise. The engine and the {@code pollen} command
 * both use it.
 */
public final class OutOfMemory {
    private OutOfMemory() {}

    /** The error line, after {@code error: }. */
    public static final String MESSAGE = "out of memory";

    /** What to do about it (shown as a note). */
    public static final String ADVICE = "the script needs more memory than the JVM's heap holds: raise the heap"
            + " (POLLEN_JAVA_OPTS=-Xmx8g, say), or bound the script with a limit (--max-* in pollen --help)";
}
