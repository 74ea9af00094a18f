package dev.pollen.stdlib;

import dev.pollen.runtime.async.Interval;
import dev.pollen.runtime.async.Semaphore;
import dev.pollen.runtime.value.BuiltinMethod;
import java.util.Map;

/**
 * The methods of semaphores ({@code s.acquire()} a future, {@code s.release()},
 * {@code s.available()}) and of intervals ({@code it.tick()} a future), LANGUAGE.md §6.5.
 */
final class SemaphoreMethods {
    private SemaphoreMethods() {}

    static final Map<String, BuiltinMethod> SEMAPHORE = MethodTable.neverRunningScript("semaphore")
            .add("acquire", 0, (self, a) -> ((Semaphore) self).acquire())
            .add("release", 0, (self, a) -> {
                ((Semaphore) self).release();
                return null;
            })
            .add("available", 0, (self, a) -> ((Semaphore) self).available())
            .build();

    static final Map<String, BuiltinMethod> INTERVAL = MethodTable.neverRunningScript("interval")
            .add("tick", 0, (self, a) -> ((Interval) self).tick())
            .build();
}
