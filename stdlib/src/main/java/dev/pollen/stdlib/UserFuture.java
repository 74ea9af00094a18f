package dev.pollen.stdlib;

import dev.pollen.runtime.async.Context;
import dev.pollen.runtime.async.Future;
import dev.pollen.runtime.value.Callable;
import dev.pollen.runtime.value.StructInstance;

/**
 * A struct instance with a {@code poll(self, cx)} method, seen as a {@link Future} (the Rust
 * {@code Future} trait written in Pollen, LANGUAGE.md §6.6). Each poll calls the method with the
 * instance and the polling task's context; {@code Ready(v)} completes with v, {@code Pending} waits
 * (the method is responsible for arranging a wake, as any poll is), anything else is a TypeError.
 *
 * <p>Holds no state of its own: all state lives in the struct, so adapting the same instance twice
 * (awaiting it again) sees the same progress. Its name is the struct's name ({@code <future Countdown>}).
 */
public final class UserFuture implements Future {
    private final StructInstance self;
    private final Callable poll;

    public UserFuture(StructInstance self, Callable poll) {
        this.self = self;
        this.poll = poll;
    }

    /** The struct instance being polled. */
    public StructInstance instance() {
        return self;
    }

    @Override
    public Object poll(Context cx) {
        return Futures.fromPollValue(poll.call(new Object[] {self, cx}), "poll()");
    }

    @Override
    public String name() {
        return self.type().name();
    }
}
