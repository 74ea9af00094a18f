package dev.pollen.runtime.async;

/** Shorthands for tests. */
final class TestTime {
    private TestTime() {}

    static long ms(long millis) {
        return Millis.toNanos(millis);
    }
}
