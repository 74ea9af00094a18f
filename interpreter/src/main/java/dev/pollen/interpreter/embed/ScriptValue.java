package dev.pollen.interpreter.embed;

import dev.pollen.runtime.value.ModuleValue;
import dev.pollen.runtime.value.Printer;
import dev.pollen.runtime.value.StructInstance;
import dev.pollen.runtime.value.StructType;
import dev.pollen.runtime.value.Values;
import dev.pollen.stdlib.Methods;
import java.util.Collections;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A script value as the engine holds it, not converted to Java: what a tool shows or completes
 * without touching the value. The REPL prints an entry's value with {@link #repr()}, keeps it in
 * {@code _} by {@link Pollen#define} (a {@code ScriptValue} given back to the engine is the very
 * same value again), and completes {@code p.} with {@link #memberNames()}.
 *
 * <p>Nothing here runs script code: a future stays unpolled, a struct's methods uncalled. Reading
 * from any thread is safe; a value that tasks are changing at that moment may be seen a moment
 * early.
 */
public final class ScriptValue {
    private final Object value;
    private final Pollen engine;

    ScriptValue(Object value, Pollen engine) {
        this.value = value;
        this.engine = engine;
    }

    /** The value in its nested form, as the REPL shows it: strings quoted, lists and maps in brackets. */
    public String repr() {
        return Printer.repr(value);
    }

    /** Its type as scripts name it: {@code int}, {@code list}, {@code Point}, {@code module}... */
    public String typeName() {
        return Values.typeOf(value);
    }

    /** True for {@code nil} (also the value of an entry that ends with a statement). */
    public boolean isNil() {
        return value == null;
    }

    /** The value converted to Java by the table in {@link Pollen}'s javadoc (a future starts being driven). */
    public Object toJava() {
        return engine.conversions().toJava(value);
    }

    /**
     * The names that may follow a dot: a module's globals; a struct instance's fields and methods;
     * a struct type's functions; the built-in methods of any other value ({@code len}, {@code push}...).
     */
    public SortedSet<String> memberNames() {
        SortedSet<String> names = new TreeSet<>();
        if (value instanceof ModuleValue m) {
            names.addAll(m.names());
        } else if (value instanceof StructInstance s) {
            names.addAll(s.type().fieldNames());
            names.addAll(s.type().methodNames());
        } else if (value instanceof StructType t) {
            names.addAll(t.methodNames());
        } else {
            names.addAll(Methods.namesFor(value));
        }
        return Collections.unmodifiableSortedSet(names);
    }

    /**
     * The field {@code name} of a module (one of its globals) or of a struct instance; null when
     * the value has no such field. Only reads: no getter or method runs.
     */
    public ScriptValue field(String name) {
        if (value instanceof ModuleValue m && m.has(name)) {
            return new ScriptValue(m.getOrNull(name), engine);
        }
        if (value instanceof StructInstance s && s.type().fieldIndex(name) >= 0) {
            return new ScriptValue(s.getField(name), engine);
        }
        return null;
    }

    /** The value itself, for the engine that holds it. */
    Object value() {
        return value;
    }

    /** {@link #repr()}. */
    @Override
    public String toString() {
        return repr();
    }
}
