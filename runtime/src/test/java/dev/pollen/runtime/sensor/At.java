package dev.pollen.runtime.sensor;

import dev.pollen.runtime.async.Context;
import dev.pollen.runtime.async.Executor;
import dev.pollen.runtime.async.Future;
import dev.pollen.runtime.async.Sleep;

/** A test task body that sleeps {@code millis} from its creation, then runs an action once. */
final class At implements Future {
    private final Sleep sleep;
    private final Runnable action;

    private At(Executor executor, long millis, Runnable action) {
        this.sleep = Sleep.millis(executor, millis);
        this.action = action;
    }

    static At after(Executor executor, long millis, Runnable action) {
        return new At(executor, millis, action);
    }

    @Override
    public Object poll(Context cx) {
        if (sleep.poll(cx) == PENDING) {
            return PENDING;
        }
        action.run();
        return null;
    }

    @Override
    public String name() {
        return "at";
    }
}
