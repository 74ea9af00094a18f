package dev.pollen.interpreter.embed;

import dev.pollen.runtime.async.Context;
import dev.pollen.runtime.async.Future;
import dev.pollen.runtime.value.Callable;

/**
 * The root of the task a host's call into a script function runs as: calls the function on the
 * first poll and, for an async fn, awaits the future it returned.
 */
final class FunctionCall implements Future {
    private final Callable function;
    private final Object[] args;
    private Future awaiting;

    FunctionCall(Callable function, Object[] args) {
        this.function = function;
        this.args = args;
    }

    @Override
    public Object poll(Context cx) {
        if (awaiting == null) {
            Object result = function.call(args);
            if (!(result instanceof Future f)) {
                return result;
            }
            awaiting = f;
        }
        return awaiting.poll(cx);
    }

    @Override
    public void cancel() {
        if (awaiting != null) {
            awaiting.cancel();
        }
    }

    @Override
    public String name() {
        return function.name() == null ? "call" : function.name();
    }
}
