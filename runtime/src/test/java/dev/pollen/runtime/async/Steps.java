package dev.pollen.runtime.async;

import dev.pollen.runtime.value.PollenException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A hand-written state machine for tests, shaped like the interpreter's compiled async functions:
 * a list of steps run in order, where a step may await a future (suspending until it is ready).
 * {@code cancel()} cancels the awaited future and runs the {@code finally} hooks, as a compiled
 * state machine runs its pending finally blocks.
 */
final class Steps implements Future {
    /** Returned by a step to await {@code future} before the next step. */
    record Await(Future future) {}

    private final String name;
    private final List<Function<Object, Object>> steps = new ArrayList<>();
    private final List<Runnable> finallies = new ArrayList<>();
    private int next;
    private Future awaiting;
    private Object last;
    private boolean done;
    int polls;

    Steps(String name) {
        this.name = name;
    }

    static Steps named(String name) {
        return new Steps(name);
    }

    Steps run(Runnable action) {
        steps.add(prev -> {
            action.run();
            return prev;
        });
        return this;
    }

    Steps await(Supplier<? extends Future> future) {
        steps.add(prev -> new Await(future.get()));
        return this;
    }

    Steps map(Function<Object, Object> f) {
        steps.add(f);
        return this;
    }

    Steps value(Object v) {
        steps.add(prev -> v);
        return this;
    }

    Steps fail(String kind) {
        steps.add(prev -> {
            throw PollenException.of(kind, "step failed");
        });
        return this;
    }

    /** Runs when the machine completes, fails or is cancelled after it started. */
    Steps finallyRun(Runnable action) {
        finallies.add(action);
        return this;
    }

    @Override
    public Object poll(Context cx) {
        if (done) {
            throw PollenException.valueError("future polled after completion");
        }
        polls++;
        try {
            while (true) {
                if (awaiting != null) {
                    Object r = awaiting.poll(cx);
                    if (r == PENDING) {
                        return PENDING;
                    }
                    awaiting = null;
                    last = r;
                }
                if (next == steps.size()) {
                    done = true;
                    runFinallies();
                    return last;
                }
                Object out = steps.get(next++).apply(last);
                if (out instanceof Await a) {
                    awaiting = a.future();
                } else {
                    last = out;
                }
            }
        } catch (PollenException e) {
            done = true;
            runFinallies();
            throw e;
        }
    }

    @Override
    public void cancel() {
        if (done || polls == 0) {
            return;
        }
        done = true;
        if (awaiting != null) {
            awaiting.cancel();
        }
        runFinallies();
    }

    private void runFinallies() {
        for (Runnable f : finallies) {
            f.run();
        }
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String describeWait() {
        return awaiting == null ? name : awaiting.describeWait();
    }
}
