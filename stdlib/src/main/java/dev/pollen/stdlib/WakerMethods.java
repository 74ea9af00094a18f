package dev.pollen.stdlib;

import dev.pollen.runtime.async.Context;
import dev.pollen.runtime.async.Waker;
import dev.pollen.runtime.value.BuiltinMethod;
import java.util.Map;

/**
 * The methods of wakers and contexts (LANGUAGE.md §6.2): {@code w.wake() w.wake_by_ref()
 * w.clone() w.will_wake(other)} and {@code cx.waker()}. {@code will_wake} of something that is not
 * a waker is false (nothing else wakes the same task).
 */
final class WakerMethods {
    private WakerMethods() {}

    static final Map<String, BuiltinMethod> WAKER = new MethodTable("waker")
            .add("wake", 0, (self, a) -> {
                ((Waker) self).wake();
                return null;
            })
            .add("wake_by_ref", 0, (self, a) -> {
                ((Waker) self).wakeByRef();
                return null;
            })
            .add("clone", 0, (self, a) -> ((Waker) self).clone())
            .add("will_wake", 1, (self, a) -> a[0] instanceof Waker other && ((Waker) self).willWake(other))
            .build();

    static final Map<String, BuiltinMethod> CONTEXT = new MethodTable("context")
            .add("waker", 0, (self, a) -> ((Context) self).waker())
            .build();
}
