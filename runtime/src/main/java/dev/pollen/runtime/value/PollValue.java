package dev.pollen.runtime.value;

/**
 * The script-level result of a poll: {@code Ready(v)} or {@code Pending} ({@code type_of} is
 * "poll"). Used only at the boundary with script code (user {@code poll} methods, {@code poll_fn});
 * the runtime itself returns values or {@link dev.pollen.runtime.async.Future#PENDING}.
 */
public final class PollValue {
    /** The one {@code Pending} value. */
    public static final PollValue PENDING = new PollValue(false, null);

    private final boolean ready;
    private final Object value;

    private PollValue(boolean ready, Object value) {
        this.ready = ready;
        this.value = value;
    }

    public static PollValue ready(Object value) {
        return new PollValue(true, value);
    }

    public boolean isReady() {
        return ready;
    }

    /** The value of a {@code Ready}; nil for {@code Pending}. */
    public Object value() {
        return value;
    }
}
