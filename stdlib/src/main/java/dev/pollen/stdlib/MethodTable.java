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
    private final boolean mayRunScript;

    MethodTable(String typeName) {
        this(typeName, true);
    }

    private MethodTable(String typeName, boolean mayRunScript) {
        this.typeName = typeName;
        this.mayRunScript = mayRunScript;
    }

    /**
     * The table of a type none of whose methods runs script code: no callbacks, no value's own
     * methods. Their call sites skip marking the call depth ({@link BuiltinMethod#mayRunScript}).
     */
    static MethodTable neverRunningScript(String typeName) {
        return new MethodTable(typeName, false);
    }

    /** The label used in error messages, e.g. "list.push". */
    String label(String method) {
        return typeName + "." + method;
    }

    MethodTable add(String name, int arity, BuiltinMethod body) {
        return add(name, arity, arity, body);
    }

    MethodTable add(String name, int minArity, int maxArity, BuiltinMethod body) {
        methods.put(name, new Checked(label(name), minArity, maxArity, body, mayRunScript));
        return this;
    }

    Map<String, BuiltinMethod> build() {
        return Map.copyOf(methods);
    }

    /** A method whose arity is checked before its body runs. */
    private record Checked(String label, int minArity, int maxArity, BuiltinMethod body, boolean mayRunScript)
            implements BuiltinMethod {
        @Override
        public Object invoke(Object self, Object[] args) {
            if (args.length < minArity || args.length > maxArity) {
                Args.between(label, args, minArity, maxArity);
            }
            return body.invoke(self, args);
        }
    }
}
