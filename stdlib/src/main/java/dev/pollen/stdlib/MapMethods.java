package dev.pollen.stdlib;

import dev.pollen.runtime.value.BuiltinMethod;
import dev.pollen.runtime.value.PList;
import dev.pollen.runtime.value.PMap;
import java.util.List;
import java.util.Map;

/**
 * The methods of maps (LANGUAGE.md §8): {@code len keys values items get(k, default?)
 * contains_key remove(k)}. {@code keys}, {@code values} and {@code items} return new lists in
 * insertion order; {@code items} holds {@code [key, value]} pairs.
 *
 * <p>{@code remove(k)} returns the removed value, or nil when the key was absent (like Python's
 * {@code dict.pop(k, None)}): removing is usually "make sure it is gone", so a missing key is not an
 * error; use {@code contains_key} to tell a stored nil from an absent key.
 */
final class MapMethods {
    private MapMethods() {}

    static final Map<String, BuiltinMethod> TABLE = table();

    private static Map<String, BuiltinMethod> table() {
        MethodTable t = new MethodTable("map");
        t.add("len", 0, (self, a) -> (long) ((PMap) self).size());
        t.add("keys", 0, (self, a) -> new PList(((PMap) self).keys()));
        t.add("values", 0, (self, a) -> new PList(((PMap) self).values()));
        t.add("items", 0, (self, a) -> items((PMap) self));
        t.add("get", 1, 2, (self, a) -> ((PMap) self).getOrDefault(a[0], a.length == 2 ? a[1] : null));
        t.add("contains_key", 1, (self, a) -> ((PMap) self).containsKey(a[0]));
        t.add("remove", 1, (self, a) -> ((PMap) self).remove(a[0]));
        return t.build();
    }

    static PList items(PMap map) {
        List<Object[]> pairs = map.pairSnapshot();
        PList out = new PList(pairs.size());
        for (Object[] pair : pairs) {
            out.add(PList.of(pair));
        }
        return out;
    }
}
