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

    /** What to do about it. */
    public static final String ADVICE =
            "help: bound the script with a limit (--max-memory, --max-collection, --max-string) "
            + "or give the JVM a larger heap (POLLEN_JAVA_OPTS=-Xmx...)";
}
