package dev.pollen.runtime.value;

/**
 * The bounds an evaluation puts on the size of what a script makes (LANGUAGE.md §11
 * {@code --max-string}, {@code --max-collection}). The engine installs its bounds on the thread
 * that runs the evaluation (threads started from it, such as an executor's workers, inherit
 * them); code that grows a string or a collection asks before it allocates, so a script asking
 * for two billion characters is stopped before the JVM tries.
 */
public interface SizeLimits {
    /** Throws the run-ending LimitExceeded when a string of {@code length} characters is too long. */
    void checkString(long length);

    /** Throws the run-ending LimitExceeded when a list or map of {@code size} elements is too big. */
    void checkCollection(long size);

    /** The bounds in force on this thread (none outside an evaluation). */
    static SizeLimits current() {
        SizeLimits limits = Installed.CURRENT.get();
        return limits == null ? Installed.NONE : limits;
    }

    /** Puts {@code limits} in force on this thread; returns what was there, for {@link #restore}. */
    static SizeLimits install(SizeLimits limits) {
        SizeLimits previous = Installed.CURRENT.get();
        Installed.CURRENT.set(limits);
        return previous;
    }

    static void restore(SizeLimits previous) {
        if (previous == null) {
            Installed.CURRENT.remove();
        } else {
            Installed.CURRENT.set(previous);
        }
    }

    /** Shorthand for {@code current().checkString(length)}. */
    static void string(long length) {
        current().checkString(length);
    }

    /** Shorthand for {@code current().checkCollection(size)}. */
    static void collection(long size) {
        current().checkCollection(size);
    }

    /** Where the per-thread bounds live. */
    final class Installed {
        private Installed() {}

        // Inherited: the worker threads an executor starts during an evaluation check the same bounds.
        static final ThreadLocal<SizeLimits> CURRENT = new InheritableThreadLocal<>();
        static final SizeLimits NONE = new SizeLimits() {
            @Override
            public void checkString(long length) {}

            @Override
            public void checkCollection(long size) {}
        };
    }
}
