package dev.pollen.cli;

import dev.pollen.interpreter.embed.Pollen;
import dev.pollen.interpreter.nodes.GlobalCell;
import dev.pollen.interpreter.nodes.Globals;
import java.lang.reflect.Field;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads the names and current values of an engine's globals, for {@code :vars} and tab completion.
 *
 * <p>The engine does not expose its globals yet, so this reads its two private tables reflectively.
 * It is a stop-gap kept in this one class: when {@code Pollen} gains accessors for its user globals
 * and its built-ins, both methods become one-line calls. If the fields are renamed the REPL still
 * works, only without those names (every failure here yields an empty map).
 *
 * <p>Reads may come from the terminal thread while the engine thread runs: {@link Globals} is
 * synchronized and a value read a moment early is harmless for completion.
 */
final class EngineGlobals {
    private EngineGlobals() {}

    /** The globals the user's code defined, in order of first mention. */
    static Map<String, Object> user(Pollen pollen) {
        Map<String, Object> values = new LinkedHashMap<>();
        if (field(pollen, "globals") instanceof Globals globals) {
            for (Map.Entry<String, GlobalCell> e : globals.cells().entrySet()) {
                if (e.getValue().isDefined()) {
                    values.put(e.getKey(), e.getValue().get());
                }
            }
        }
        return values;
    }

    /** The standard library's globals: functions and modules such as {@code math}. */
    static Map<String, Object> builtins(Pollen pollen) {
        Map<String, Object> values = new LinkedHashMap<>();
        if (field(pollen, "builtins") instanceof Map<?, ?> map) {
            // Filled once when the engine is made and only read afterwards.
            map.forEach((k, v) -> values.put(String.valueOf(k), v));
        }
        return values;
    }

    /** The current value of a global, user-defined first; null when there is none. */
    static Object lookup(Pollen pollen, String name) {
        Map<String, Object> user = user(pollen);
        return user.containsKey(name) ? user.get(name) : builtins(pollen).get(name);
    }

    private static Object field(Pollen pollen, String name) {
        try {
            Field f = Pollen.class.getDeclaredField(name);
            f.setAccessible(true);
            return f.get(pollen);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }
}
