package dev.pollen.interpreter.jsr223;

import dev.pollen.runtime.value.PList;
import dev.pollen.runtime.value.PMap;
import java.util.Collection;
import java.util.Map;

/**
 * Converts the Java values a host puts in {@code javax.script} bindings into script values: ints
 * and shorts become ints, floats become floats, collections become lists and maps (copied);
 * anything else is passed through as it is (a {@code Callable}, a future, a host object).
 */
final class JavaValues {
    private JavaValues() {}

    static Object toScript(Object v) {
        if (v instanceof Integer || v instanceof Short || v instanceof Byte) {
            return ((Number) v).longValue();
        }
        if (v instanceof Float f) {
            return f.doubleValue();
        }
        if (v instanceof Character c) {
            return c.toString();
        }
        if (v instanceof Collection<?> items) {
            PList list = new PList(items.size());
            items.forEach(item -> list.add(toScript(item)));
            return list;
        }
        if (v instanceof Map<?, ?> entries) {
            PMap map = new PMap(entries.size());
            entries.forEach((k, value) -> map.put(toScript(k), toScript(value)));
            return map;
        }
        return v;
    }
}
