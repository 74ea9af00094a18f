package dev.pollen.runtime.value;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A struct declared by {@code struct Point { x, y }}, with the methods its {@code impl} blocks add.
 *
 * <p>The type is also its positional constructor: calling it with one argument per field makes a
 * {@link StructInstance} ({@code type_of(Point)} is therefore "function" and it prints as
 * {@code <fn Point>}). Field names and their order are fixed at creation; methods are added
 * afterwards, as the interpreter reaches {@code impl} blocks (in the REPL, possibly while tasks run
 * on other threads, hence the concurrent method table).
 *
 * <p>A method either takes {@code self} (called on an instance, which is passed as the first
 * argument) or not (a static function called as {@code Point.origin()}).
 */
public final class StructType implements Callable {
    /** A method of the struct: the function and whether its first parameter is {@code self}. */
    public record Method(Callable fn, boolean takesSelf) {}

    private final String name;
    private final List<String> fieldNames;
    private final Map<String, Integer> fieldIndex;
    private final Map<String, Method> methods = new ConcurrentHashMap<>();

    public StructType(String name, List<String> fieldNames) {
        this.name = name;
        this.fieldNames = List.copyOf(fieldNames);
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < this.fieldNames.size(); i++) {
            if (index.putIfAbsent(this.fieldNames.get(i), i) != null) {
                throw new IllegalArgumentException("duplicate field " + this.fieldNames.get(i) + " in " + name);
            }
        }
        this.fieldIndex = Map.copyOf(index);
    }

    @Override
    public String name() {
        return name;
    }

    /** The field names in declaration order (the constructor's parameter order). */
    public List<String> fieldNames() {
        return fieldNames;
    }

    public int fieldCount() {
        return fieldNames.size();
    }

    /** The slot of a field in {@link StructInstance}, or -1 when the struct has no such field. */
    public int fieldIndex(String field) {
        Integer i = fieldIndex.get(field);
        return i == null ? -1 : i;
    }

    /** Adds or replaces a method (a later {@code impl} may redefine one, as in the REPL). */
    public void defineMethod(String methodName, Callable fn, boolean takesSelf) {
        methods.put(methodName, new Method(fn, takesSelf));
    }

    /** The method named {@code methodName}, or null. */
    public Method method(String methodName) {
        return methods.get(methodName);
    }

    /** The names of the methods defined so far (for REPL completion). */
    public Set<String> methodNames() {
        return Set.copyOf(methods.keySet());
    }

    /** Constructs an instance; every field is required, in declaration order. */
    @Override
    public Object call(Object[] args) {
        Arity.check(name, fieldNames.size(), args.length);
        return new StructInstance(this, args.clone());
    }

    @Override
    public String toString() {
        return "<fn " + name + ">";
    }
}
