package dev.pollen.runtime.async;

import dev.pollen.runtime.value.PList;
import dev.pollen.runtime.value.PollenException;
import java.util.Arrays;
import java.util.List;
import java.util.StringJoiner;

/**
 * {@code select(f1, f2, ...)} / {@code select_all(list)}: completes with {@code [index, value]} of
 * the first child to complete, polling children in argument order; the others are then cancelled,
 * in order. A child that throws first makes the select throw (the others are cancelled too).
 * Cancelling a {@link Task} child only drops the handle: the task keeps running.
 */
public final class Select implements Future {
    private final Future[] children;
    private PList result;
    private boolean over;

    /** @throws PollenException ValueError when there are no children (it could never complete) */
    public Select(List<? extends Future> children) {
        if (children.isEmpty()) {
            throw PollenException.valueError("select needs at least one future");
        }
        this.children = children.toArray(new Future[0]);
    }

    public static Select of(Future... children) {
        return new Select(Arrays.asList(children));
    }

    @Override
    public Object poll(Context cx) {
        if (result != null) {
            return result;
        }
        for (int i = 0; i < children.length; i++) {
            Object r;
            try {
                r = children[i].poll(cx);
            } catch (PollenException e) {
                cancelAllBut(i);
                throw e;
            }
            if (r != PENDING) {
                cancelAllBut(i);
                result = PList.of((long) i, r);
                return result;
            }
        }
        return PENDING;
    }

    @Override
    public void cancel() {
        cancelAllBut(-1);
    }

    private void cancelAllBut(int winner) {
        if (over) {
            return;
        }
        over = true;
        for (int i = 0; i < children.length; i++) {
            if (i != winner) {
                Cancellation.cancelQuietly(children[i]);
            }
        }
    }

    @Override
    public String name() {
        return "select";
    }

    @Override
    public String describeWait() {
        StringJoiner waits = new StringJoiner(", ", "select (", ")");
        for (Future child : children) {
            waits.add(child.describeWait());
        }
        return waits.toString();
    }
}
