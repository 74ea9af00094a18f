package dev.pollen.runtime.async;

import dev.pollen.runtime.value.PList;
import dev.pollen.runtime.value.PollenException;
import java.util.Arrays;
import java.util.List;
import java.util.StringJoiner;

/**
 * {@code join(f1, f2, ...)} / {@code join_all(list)}: completes with the list of the children's
 * results, in argument order. Each poll polls every unfinished child, in order. If a child throws,
 * the other unfinished children are cancelled, in order, and the error propagates.
 */
public final class Join implements Future {
    private final Future[] children;
    private final Object[] results;
    private final boolean[] done;
    private int remaining;
    private PList result;

    public Join(List<? extends Future> children) {
        this.children = children.toArray(new Future[0]);
        this.results = new Object[this.children.length];
        this.done = new boolean[this.children.length];
        this.remaining = this.children.length;
    }

    public static Join of(Future... children) {
        return new Join(Arrays.asList(children));
    }

    @Override
    public Object poll(Context cx) {
        if (result != null) {
            return result;
        }
        for (int i = 0; i < children.length; i++) {
            if (done[i]) {
                continue;
            }
            Object r;
            try {
                r = children[i].poll(cx);
            } catch (PollenException e) {
                done[i] = true;
                cancelUnfinished();
                throw e;
            }
            if (r != PENDING) {
                results[i] = r;
                done[i] = true;
                remaining--;
            }
        }
        if (remaining > 0) {
            return PENDING;
        }
        result = new PList(Arrays.asList(results));
        return result;
    }

    @Override
    public void cancel() {
        cancelUnfinished();
    }

    private void cancelUnfinished() {
        for (int i = 0; i < children.length; i++) {
            if (!done[i]) {
                done[i] = true;
                Cancellation.cancelQuietly(children[i]);
            }
        }
    }

    @Override
    public String name() {
        return "join";
    }

    /** {@code join (sleep, recv)}: what the unfinished children wait on. */
    @Override
    public String describeWait() {
        StringJoiner waits = new StringJoiner(", ", "join (", ")");
        for (int i = 0; i < children.length; i++) {
            if (!done[i]) {
                waits.add(children[i].describeWait());
            }
        }
        return waits.toString();
    }
}
