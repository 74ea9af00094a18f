package dev.pollen.interpreter.resolve;

import dev.pollen.interpreter.ast.Program;
import dev.pollen.interpreter.diagnostics.Diagnostic;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The resolver's answers about one program, as side tables keyed by AST node identity (the AST
 * records themselves stay immutable): what each name and binding refers to, each function's
 * frame layout, and which expressions contain an {@code .await} of their own function.
 */
public final class Resolution {
    private final Program program;
    private final Map<Object, VarRef> refs = new IdentityHashMap<>();
    private final Map<Object, FunctionInfo> functions = new IdentityHashMap<>();
    private final Set<Object> containsAwait = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Set<String> globals = new LinkedHashSet<>();
    private final Map<String, Boolean> globalMutability = new java.util.HashMap<>();
    private final List<Diagnostic> errors = new ArrayList<>();

    Resolution(Program program) {
        this.program = program;
    }

    public Program program() {
        return program;
    }

    /**
     * What a {@code Expr.Name}, a {@code Pattern.Bind}, a {@code Param}, a local {@code Stmt.Fn}
     * or a {@code Expr.Try} (its catch variable) refers to.
     */
    public VarRef ref(Object node) {
        VarRef r = refs.get(node);
        if (r == null) {
            throw new IllegalStateException("unresolved node " + node);
        }
        return r;
    }

    /** The frame layout of a {@code Stmt.Fn}, {@code Expr.Lambda}, {@code Expr.AsyncBlock} or the Program. */
    public FunctionInfo function(Object node) {
        FunctionInfo f = functions.get(node);
        if (f == null) {
            throw new IllegalStateException("no function info for " + node);
        }
        return f;
    }

    /** True when the node contains an {@code .await} that suspends its own function. */
    public boolean containsAwait(Object node) {
        return containsAwait.contains(node);
    }

    /** The names the program defines at its top level, in order of first definition. */
    public Set<String> globals() {
        return globals;
    }

    /** Each top-level name (this file's and earlier REPL entries') and whether it may be assigned. */
    public Map<String, Boolean> globalMutability() {
        return globalMutability;
    }

    public List<Diagnostic> errors() {
        return errors;
    }

    void bind(Object node, VarRef ref) {
        refs.put(node, ref);
    }

    void function(Object node, FunctionInfo info) {
        functions.put(node, info);
    }

    void markAwait(Object node) {
        containsAwait.add(node);
    }

    void error(Diagnostic d) {
        errors.add(d);
    }
}
