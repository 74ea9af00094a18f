package dev.pollen.stdlib;

import dev.pollen.runtime.async.Task;
import dev.pollen.runtime.value.BuiltinMethod;
import java.util.Map;

/**
 * The methods of task handles (LANGUAGE.md §6.4): {@code abort is_finished id name}. Awaiting a
 * handle needs no method: a {@link Task} is itself a future.
 */
final class TaskMethods {
    private TaskMethods() {}

    static final Map<String, BuiltinMethod> TABLE = MethodTable.neverRunningScript("task")
            .add("abort", 0, (self, a) -> {
                ((Task) self).abort();
                return null;
            })
            .add("is_finished", 0, (self, a) -> ((Task) self).isFinished())
            .add("id", 0, (self, a) -> (long) ((Task) self).id())
            .add("name", 0, (self, a) -> ((Task) self).name())
            .build();
}
