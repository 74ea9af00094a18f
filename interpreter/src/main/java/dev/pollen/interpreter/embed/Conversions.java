package dev.pollen.interpreter.embed;

import dev.pollen.runtime.async.Future;
import dev.pollen.runtime.value.Callable;
import dev.pollen.runtime.value.PList;
import dev.pollen.runtime.value.PMap;
import java.lang.reflect.Array;
import java.math.BigInteger;
import java.util.AbstractList;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Turns Java values into script values and back, for one engine; the table is in the javadoc of
 * {@link Pollen}. Lists and maps go to Java as live views (and come back as the same script
 * value), functions as {@link ScriptFunction} handles, futures as {@code CompletableFuture}s.
 */
final class Conversions {
    private final Pollen engine;

    Conversions(Pollen engine) {
        this.engine = engine;
    }

    /** A Java value as a script value; an unknown object passes through as an opaque {@code object}. */
    Object toScript(Object v) {
        return toScript(v, null);
    }

    /** @param name what a converted Java function is called in scripts (null: anonymous) */
    Object toScript(Object v, String name) {
        if (v == null || v instanceof Boolean || v instanceof Long || v instanceof Double || v instanceof String) {
            return v;
        }
        if (v instanceof Integer || v instanceof Short || v instanceof Byte) {
            return ((Number) v).longValue();
        }
        if (v instanceof Float f) {
            return f.doubleValue();
        }
        if (v instanceof BigInteger big) {
            if (big.bitLength() >= Long.SIZE) {
                throw new IllegalArgumentException("the BigInteger " + big + " does not fit a Pollen int (64 bits)");
            }
            return big.longValue();
        }
        if (v instanceof CharSequence || v instanceof Character) {
            return v.toString();
        }
        if (v instanceof ListView view) {
            return view.list;
        }
        if (v instanceof MapView view) {
            return view.map;
        }
        if (v instanceof FunctionHandle handle) {
            return handle.function;
        }
        if (v instanceof ScriptValue held) {
            return held.value();  // handed out unconverted: the very same value again
        }
        if (v instanceof Collection<?> items) {
            PList list = new PList(items.size());
            items.forEach(item -> list.add(toScript(item)));
            return list;
        }
        if (v.getClass().isArray()) {
            int n = Array.getLength(v);
            PList list = new PList(n);
            for (int i = 0; i < n; i++) {
                list.add(toScript(Array.get(v, i)));
            }
            return list;
        }
        if (v instanceof Map<?, ?> entries) {
            PMap map = new PMap(entries.size());
            entries.forEach((k, value) -> map.put(toScript(k), toScript(value)));
            return map;
        }
        if (v instanceof CompletionStage<?> stage) {
            return new JavaFuture(stage.toCompletableFuture(), this);
        }
        if (v instanceof Callable || v instanceof Future) {
            return v;  // already a script function or future
        }
        if (v instanceof HostFunction f) {
            return new HostCallable(name, -1, f::call, this);
        }
        if (v instanceof Function<?, ?> f) {
            @SuppressWarnings("unchecked") Function<Object, Object> fn = (Function<Object, Object>) f;
            return new HostCallable(name, 1, args -> fn.apply(args[0]), this);
        }
        if (v instanceof BiFunction<?, ?, ?> f) {
            @SuppressWarnings("unchecked") BiFunction<Object, Object, Object> fn = (BiFunction<Object, Object, Object>) f;
            return new HostCallable(name, 2, args -> fn.apply(args[0], args[1]), this);
        }
        if (v instanceof Supplier<?> f) {
            return new HostCallable(name, 0, args -> f.get(), this);
        }
        if (v instanceof Runnable r) {
            return new HostCallable(name, 0, args -> {
                r.run();
                return null;
            }, this);
        }
        return v;
    }

    /** A script value as a Java value. */
    Object toJava(Object v) {
        if (v instanceof PList list) {
            return new ListView(list, this);
        }
        if (v instanceof PMap map) {
            return new MapView(map, this);
        }
        if (v instanceof HostCallable || v instanceof Callable) {
            return new FunctionHandle((Callable) v, engine);
        }
        if (v instanceof Future future) {
            return engine.completion(future);
        }
        return v;
    }

    /** A script list seen from Java: reads and writes go through to it, converting each element. */
    static final class ListView extends AbstractList<Object> {
        final PList list;
        private final Conversions conversions;

        ListView(PList list, Conversions conversions) {
            this.list = list;
            this.conversions = conversions;
        }

        @Override
        public Object get(int index) {
            return conversions.toJava(list.get(index));
        }

        @Override
        public int size() {
            return list.size();
        }

        @Override
        public Object set(int index, Object element) {
            Object old = get(index);
            list.set(index, conversions.toScript(element));
            return old;
        }

        @Override
        public void add(int index, Object element) {
            java.util.Objects.checkIndex(index, list.size() + 1);
            list.insert(index, conversions.toScript(element));
        }

        @Override
        public Object remove(int index) {
            java.util.Objects.checkIndex(index, list.size());
            return conversions.toJava(list.removeAt(index));
        }
    }

    /** A script map seen from Java, in the map's own order; keys and values converted both ways. */
    static final class MapView extends AbstractMap<Object, Object> {
        final PMap map;
        private final Conversions conversions;

        MapView(PMap map, Conversions conversions) {
            this.map = map;
            this.conversions = conversions;
        }

        @Override
        public Object get(Object key) {
            return conversions.toJava(map.get(conversions.toScript(key)));
        }

        @Override
        public boolean containsKey(Object key) {
            return map.containsKey(conversions.toScript(key));
        }

        @Override
        public Object put(Object key, Object value) {
            Object k = conversions.toScript(key);
            Object old = map.containsKey(k) ? conversions.toJava(map.get(k)) : null;
            map.put(k, conversions.toScript(value));
            return old;
        }

        @Override
        public Object remove(Object key) {
            return conversions.toJava(map.remove(conversions.toScript(key)));
        }

        @Override
        public int size() {
            return map.size();
        }

        @Override
        public Set<Entry<Object, Object>> entrySet() {
            return new AbstractSet<>() {
                @Override
                public Iterator<Entry<Object, Object>> iterator() {
                    Iterator<Object[]> entries = map.pairSnapshot().iterator();
                    return new Iterator<>() {
                        @Override
                        public boolean hasNext() {
                            return entries.hasNext();
                        }

                        @Override
                        public Entry<Object, Object> next() {
                            Object[] pair = entries.next();
                            return new SimpleImmutableEntry<>(conversions.toJava(pair[0]),
                                    conversions.toJava(pair[1]));
                        }
                    };
                }

                @Override
                public int size() {
                    return map.size();
                }
            };
        }
    }

    /** A script function held by Java. */
    static final class FunctionHandle implements ScriptFunction {
        final Callable function;
        private final Pollen engine;

        FunctionHandle(Callable function, Pollen engine) {
            this.function = function;
            this.engine = engine;
        }

        @Override
        public Object call(Object... args) {
            return engine.callFunction(function, args);
        }

        @Override
        public java.util.concurrent.CompletableFuture<Object> callAsync(Object... args) {
            return engine.callFunctionAsync(function, args);
        }

        @Override
        public String name() {
            return function.name();
        }

        @Override
        public String toString() {
            return function.name() == null ? "<fn> (a Pollen closure)" : "<fn " + function.name() + "> (a Pollen function)";
        }
    }

}
