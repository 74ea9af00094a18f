package dev.pollen.runtime.async;

import dev.pollen.runtime.value.PollenException;

/** How combinators drop the futures they no longer need. */
final class Cancellation {
    private Cancellation() {}

    /**
     * Cancels {@code future}. A script error thrown by its cleanup is dropped: the combinator is
     * already completing with its own outcome (a winner's value, a timeout, a sibling's error), and
     * that outcome is the one the awaiting code must see.
     */
    static void cancelQuietly(Future future) {
        try {
            future.cancel();
        } catch (PollenException ignored) {
            // see above
        }
    }
}
