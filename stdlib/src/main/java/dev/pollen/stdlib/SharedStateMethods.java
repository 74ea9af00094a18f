package dev.pollen.stdlib;

import dev.pollen.runtime.async.Mutex;
import dev.pollen.runtime.value.AtomicValue;
import dev.pollen.runtime.value.BuiltinMethod;
import dev.pollen.runtime.value.Callable;
import java.util.Map;

/**
 * The methods of the values tasks share across workers (LANGUAGE.md §6.7): {@code atomic(v)}
 * ({@code get set add compare_and_set update}), {@code mutex(v)} ({@code lock with}) and the
 * guard that {@code lock()} gives ({@code unlock}; its {@code value} is a field).
 */
final class SharedStateMethods {
    private SharedStateMethods() {}

    static final Map<String, BuiltinMethod> ATOMIC = atomic();

    private static Map<String, BuiltinMethod> atomic() {
        MethodTable t = new MethodTable("atomic");
        t.add("get", 0, (self, a) -> ((AtomicValue) self).get());
        t.add("set", 1, (self, a) -> {
            ((AtomicValue) self).set(a[0]);
            return null;
        });
        t.add("add", 1, (self, a) -> ((AtomicValue) self).add(a[0]));
        t.add("compare_and_set", 2, (self, a) -> ((AtomicValue) self).compareAndSet(a[0], a[1]));
        t.add("update", 1, (self, a) -> {
            Callable f = Args.callable(t.label("update"), a, 0);
            return ((AtomicValue) self).update(v -> f.call(new Object[] {v}));
        });
        return t.build();
    }

    static final Map<String, BuiltinMethod> MUTEX = mutex();

    private static Map<String, BuiltinMethod> mutex() {
        MethodTable t = new MethodTable("mutex");
        t.add("lock", 0, (self, a) -> ((Mutex) self).lock());
        t.add("with", 1, (self, a) -> new MutexWith((Mutex) self, Args.callable(t.label("with"), a, 0)));
        return t.build();
    }

    static final Map<String, BuiltinMethod> GUARD = new MethodTable("guard")
            .add("unlock", 0, (self, a) -> {
                ((Mutex.Guard) self).unlock();
                return null;
            })
            .build();
}
