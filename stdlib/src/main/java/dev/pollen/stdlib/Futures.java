package dev.pollen.stdlib;

import dev.pollen.runtime.async.Future;
import dev.pollen.runtime.value.PollValue;
import dev.pollen.runtime.value.PollenException;
import dev.pollen.runtime.value.StructInstance;
import dev.pollen.runtime.value.StructType;
import dev.pollen.runtime.value.Values;

/**
 * Turns script values into {@link Future}s (LANGUAGE.md §6.1): what {@code .await}, {@code spawn},
 * {@code join}, {@code select} and {@code timeout} accept.
 *
 * <p>A value is a future if it is a {@link Future} (compiled async futures, builtin futures, task
 * handles) or a struct instance whose {@code impl} has {@code poll(self, cx)}; such an instance is
 * adapted by a {@link UserFuture}. Anything else is a TypeError ("int is not a future").
 */
public final class Futures {
    private Futures() {}

    public static Future toFuture(Object v) {
        if (v instanceof Future f) {
            return f;
        }
        if (v instanceof StructInstance s) {
            StructType.Method poll = s.type().method("poll");
            if (poll != null && poll.takesSelf()) {
                return new UserFuture(s, poll.fn());
            }
        }
        throw PollenException.typeError(Values.typeOf(v) + " is not a future");
    }

    /** Whether {@link #toFuture} accepts {@code v}. */
    public static boolean isFuture(Object v) {
        if (v instanceof Future) {
            return true;
        }
        if (v instanceof StructInstance s) {
            StructType.Method poll = s.type().method("poll");
            return poll != null && poll.takesSelf();
        }
        return false;
    }

    /**
     * Maps what a script's poll returned to the runtime's protocol: {@code Ready(v)} → v,
     * {@code Pending} → {@link Future#PENDING}, anything else a TypeError naming {@code who}.
     */
    public static Object fromPollValue(Object polled, String who) {
        if (polled instanceof PollValue p) {
            return p.isReady() ? p.value() : Future.PENDING;
        }
        throw PollenException.typeError(
                who + " must return Ready(v) or Pending, got " + Values.typeOf(polled));
    }
}
