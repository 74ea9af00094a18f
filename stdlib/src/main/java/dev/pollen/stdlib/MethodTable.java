package dev.pollen.stdlib;

import dev.pollen.runtime.value.BuiltinMethod;
import java.util.HashMap;
import java.util.Map;

/**
 * Builds the immutable name → method table of one receiver type. Each method is registered with
 * its arity range, checked before the body runs, so bodies can index {@code args} directly and
 * every arity error reads "list.push() takes 1 argument but 2 were given".
 */
final class MethodTable {
    private final String typeName;
    private final Map<String, BuiltinMethod> methods = new HashMap<>();

    MethodTable(String typeName) {
        this.typeName = typeName;
    }

    /** The label used in error messages, e.g. "list.push". */
    String label(String method) {
        return typeName + "." + method;
    }

    MethodTable add(String name, int arity, BuiltinMethod body) {
        return add(name, arity, arity, body);
    }

    MethodTable add(String name, int minArity, int maxArity, BuiltinMethod body) {
        String label = label(name);
        methods.put(name, (self, args) -> {
            if (args.length < minArity || args.length > maxArity) {
                Args.between(label, args, minArity, maxArity);
            }
            return body.invoke(self, args);
        });
        return this;
    }

    Map<String, BuiltinMethod> build() {
        return Map.copyOf(methods);
    }
}
