package dev.pollen.runtime.value;

/**
 * Whether script values may be touched by several threads at once (LANGUAGE.md §6.7).
 *
 * <p>Lists and maps guard each operation with their own monitor only once this switch is on, so
 * the single-threaded executor (the default) pays one well-predicted branch and no lock. The
 * switch is turned on, for the whole JVM and for good, when the first multi-threaded executor is
 * made: before any of its workers starts, so every worker sees it (thread start orders the write
 * before the workers' reads). Values of single-threaded engines in the same JVM lock from then
 * on too; that costs a little and is always correct. Measured against always locking and against
 * copy-on-write in docs/decisions.md.
 */
public final class SharedValues {
    private SharedValues() {}

    /** Plain, not volatile: written once, before the threads that need it exist. */
    private static boolean guarded;

    /** True once values must guard their operations against other threads. */
    public static boolean guarded() {
        return guarded;
    }

    /** Turns guarding on for the rest of the JVM's life; idempotent. */
    public static synchronized void enable() {
        guarded = true;
    }
}
