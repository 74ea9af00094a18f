package dev.pollen.interpreter.lower;

import dev.pollen.runtime.value.PollenException;

/**
 * How control entered a {@code finally} block, saved in a frame slot so that the end of the
 * finally block can carry on: a normal exit is the null completion; otherwise an error to rethrow,
 * a value to return, or a block to jump to ({@code break}/{@code continue}).
 */
sealed interface Completion {
    record Thrown(PollenException error) implements Completion {}

    record Returning(Object value) implements Completion {}

    record Jumping(int target) implements Completion {}
}
