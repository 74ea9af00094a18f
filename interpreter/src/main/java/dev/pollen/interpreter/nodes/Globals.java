package dev.pollen.interpreter.nodes;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** A module's namespace: its top-level names, in order of first mention. */
public final class Globals {
    private final Map<String, GlobalCell> cells = new LinkedHashMap<>();

    /** The cell of that name, created (undefined) on first mention. */
    public synchronized GlobalCell cell(String name) {
        return cells.computeIfAbsent(name, GlobalCell::new);
    }

    /** The defined value of a name, or null when absent or not defined yet. */
    public synchronized GlobalCell find(String name) {
        GlobalCell c = cells.get(name);
        return c != null && c.isDefined() ? c : null;
    }

    public synchronized Map<String, GlobalCell> cells() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(cells));
    }
}
