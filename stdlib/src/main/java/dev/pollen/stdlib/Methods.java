package dev.pollen.stdlib;

import dev.pollen.runtime.async.Context;
import dev.pollen.runtime.async.Interval;
import dev.pollen.runtime.async.Mutex;
import dev.pollen.runtime.async.Receiver;
import dev.pollen.runtime.async.Semaphore;
import dev.pollen.runtime.async.Sender;
import dev.pollen.runtime.async.Task;
import dev.pollen.runtime.async.Waker;
import dev.pollen.runtime.sensor.Sensor;
import dev.pollen.runtime.value.AtomicValue;
import dev.pollen.runtime.value.BuiltinMethod;
import dev.pollen.runtime.value.PList;
import dev.pollen.runtime.value.PMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finds the built-in method {@code name} of a value: {@code xs.push(1)}, {@code s.upper()},
 * {@code h.abort()}. Struct methods and module fields are the interpreter's business; this covers
 * the library's own types.
 *
 * <p>Each receiver type has one immutable {@code name → method} table, built once. A call site can
 * cache {@link #tableFor(Class)} per receiver class and skip even the type test afterwards. The
 * tables hold no per-engine state, so sharing them between engines and threads is safe.
 *
 * <p>To give a new receiver type methods (the {@code sensors} module's sensor objects, say), add a
 * {@link ReceiverTable} to {@link #TABLES}; more specific classes must come before their supertypes.
 */
public final class Methods {
    private Methods() {}

    /** The methods of one receiver type. */
    public record ReceiverTable(Class<?> type, Map<String, BuiltinMethod> methods) {}

    private static final List<ReceiverTable> TABLES = List.of(
            new ReceiverTable(String.class, StringMethods.TABLE),
            new ReceiverTable(PList.class, ListMethods.TABLE),
            new ReceiverTable(PMap.class, MapMethods.TABLE),
            new ReceiverTable(Task.class, TaskMethods.TABLE),
            new ReceiverTable(Waker.class, WakerMethods.WAKER),
            new ReceiverTable(Context.class, WakerMethods.CONTEXT),
            new ReceiverTable(Sender.class, ChannelMethods.SENDER),
            new ReceiverTable(Receiver.class, ChannelMethods.RECEIVER),
            new ReceiverTable(Semaphore.class, SemaphoreMethods.SEMAPHORE),
            new ReceiverTable(Interval.class, SemaphoreMethods.INTERVAL),
            new ReceiverTable(Sensor.class, SensorMethods.SENSOR),
            new ReceiverTable(AtomicValue.class, SharedStateMethods.ATOMIC),
            new ReceiverTable(Mutex.Guard.class, SharedStateMethods.GUARD),
            new ReceiverTable(Mutex.class, SharedStateMethods.MUTEX));

    /** The method, or null when {@code receiver} has no built-in method of that name. */
    public static BuiltinMethod find(Object receiver, String name) {
        // The three everyday receivers skip the table scan.
        if (receiver instanceof String) {
            return StringMethods.TABLE.get(name);
        } else if (receiver instanceof PList) {
            return ListMethods.TABLE.get(name);
        } else if (receiver instanceof PMap) {
            return MapMethods.TABLE.get(name);
        } else if (receiver == null) {
            return null;
        }
        return tableFor(receiver.getClass()).get(name);
    }

    /** The method table of values of class {@code type}; empty when it has no built-in methods. */
    public static Map<String, BuiltinMethod> tableFor(Class<?> type) {
        for (ReceiverTable t : TABLES) {
            if (t.type().isAssignableFrom(type)) {
                return t.methods();
            }
        }
        return Map.of();
    }

    /** The method names of {@code receiver}, sorted (for REPL completion); empty for nil. */
    public static Set<String> namesFor(Object receiver) {
        return receiver == null ? Set.of() : new TreeSet<>(tableFor(receiver.getClass()).keySet());
    }
}
