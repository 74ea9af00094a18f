package dev.pollen.runtime.async;

import java.util.Objects;
import java.util.function.Function;

/**
 * {@code poll_fn(|cx| ...)}: each poll calls the hook, which returns a value or {@link
 * Future#PENDING} (having arranged a wake, as any poll must). The standard library adapts a script
 * closure returning {@code Ready(v)}/{@code Pending} into such a hook.
 */
public final class PollFn implements Future {
    private final Function<Context, Object> hook;
    private final String name;

    public PollFn(Function<Context, Object> hook) {
        this(hook, "poll_fn");
    }

    public PollFn(Function<Context, Object> hook, String name) {
        this.hook = Objects.requireNonNull(hook);
        this.name = name;
    }

    @Override
    public Object poll(Context cx) {
        return hook.apply(cx);
    }

    @Override
    public String name() {
        return name;
    }
}
