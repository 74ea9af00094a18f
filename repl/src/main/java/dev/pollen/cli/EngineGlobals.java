package dev.pollen.cli;

import dev.pollen.interpreter.embed.Pollen;
import dev.pollen.interpreter.embed.ScriptValue;
import java.util.Map;

/**
 * The names and current values of an engine's globals, for {@code :vars} and tab completion.
 * Reads may come from the terminal thread while the engine thread runs; the engine's tables are
 * safe to read then, and a value read a moment early is harmless for completion.
 */
final class EngineGlobals {
    private EngineGlobals() {}

    /** The globals the user's code defined, in order of first definition. */
    static Map<String, ScriptValue> user(Pollen pollen) {
        return pollen.globals();
    }

    /** The standard library's globals: functions and modules such as {@code math}. */
    static Map<String, ScriptValue> builtins(Pollen pollen) {
        return pollen.builtins();
    }

    /** The current value of a global, user-defined first; null when there is none. */
    static ScriptValue lookup(Pollen pollen, String name) {
        Map<String, ScriptValue> user = user(pollen);
        return user.containsKey(name) ? user.get(name) : builtins(pollen).get(name);
    }
}
