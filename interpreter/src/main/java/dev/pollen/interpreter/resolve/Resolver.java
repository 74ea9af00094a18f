package dev.pollen.interpreter.resolve;

import dev.pollen.interpreter.ast.Block;
import dev.pollen.interpreter.ast.Expr;
import dev.pollen.interpreter.ast.Param;
import dev.pollen.interpreter.ast.Pattern;
import dev.pollen.interpreter.ast.Program;
import dev.pollen.interpreter.ast.Span;
import dev.pollen.interpreter.ast.Stmt;
import dev.pollen.interpreter.diagnostics.Diagnostic;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The resolver pass: gives every local a frame slot, finds the variables closures capture, marks
 * which expressions contain an {@code .await}, and reports the compile errors that need scopes
 * (assignment to an immutable binding, {@code .await} outside async code, unknown names,
 * {@code break} outside a loop). The interpreter never guesses scopes: it reads {@link Resolution}.
 */
public final class Resolver {
    private final Resolution out;
    private final String file;
    private final Set<String> knownGlobals;
    private final GlobalTable globals;
    private FunctionScope current;

    private Resolver(Program program, String file, Set<String> knownGlobals, Map<String, Boolean> priorGlobals) {
        this.out = new Resolution(program);
        this.file = file;
        this.knownGlobals = knownGlobals;
        this.globals = new GlobalTable(priorGlobals);
    }

    /**
     * Resolves a program.
     *
     * @param knownGlobals names defined outside the file (the standard library)
     * @param priorGlobals globals defined earlier (REPL entries) with their mutability
     */
    public static Resolution resolve(Program program, String file, Set<String> knownGlobals,
                                     Map<String, Boolean> priorGlobals) {
        Resolver r = new Resolver(program, file, knownGlobals, priorGlobals);
        r.resolveProgram(program);
        return r.out;
    }

    private void resolveProgram(Program program) {
        for (Stmt s : program.statements()) {
            globals.declareTopLevel(s, out);
        }
        FunctionInfo main = new FunctionInfo("main", true, null);
        out.function(program, main);
        current = new FunctionScope(main, null, true);
        for (Stmt s : program.statements()) {
            statement(s, true);
        }
        out.globalMutability().putAll(globals.mutableAnywhere);
    }

    // ---- statements -------------------------------------------------------------------------

    private boolean statement(Stmt s, boolean topLevel) {
        boolean awaits;
        Object subject = s;
        if (subject instanceof Stmt.Let let) {
            awaits = let(let, topLevel);
        } else if (subject instanceof Stmt.ExprStmt es) {
            awaits = expr(es.expr());
        } else if (subject instanceof Stmt.Fn fn) {
            if (!topLevel) {
                // Local fns were declared when their block was entered (hoisted).
                out.bind(fn, new VarRef.Local(current.lookupHere(fn.name())));
            }
            function(fn, fn.name(), fn.params(), fn.body(), fn.async());
            awaits = false;
        } else if (subject instanceof Stmt.Struct st) {
            if (!topLevel) {
                error("`struct` is only allowed at the top level of a file", st.span());
            }
            awaits = false;
        } else if (subject instanceof Stmt.Impl impl) {
            if (!topLevel) {
                error("`impl` is only allowed at the top level of a file", impl.span());
            } else if (!globals.isStruct(impl.typeName()) && !globals.isPrior(impl.typeName())) {
                error("cannot find struct `" + impl.typeName() + "` to implement", impl.typeNameSpan());
            }
            for (Stmt.Fn m : impl.methods()) {
                function(m, impl.typeName() + "." + m.name(), m.params(), m.body(), m.async());
            }
            awaits = false;
        } else if (subject instanceof Stmt.Import imp) {
            if (!topLevel) {
                error("`import` is only allowed at the top level of a file", imp.span());
            }
            awaits = true; // an import runs the module's body, which may suspend
        } else {
            throw new IllegalStateException("unexpected " + subject);
        }
        if (awaits) {
            out.markAwait(s);
        }
        return awaits;
    }

    private boolean let(Stmt.Let let, boolean topLevel) {
        boolean awaits = let.init() != null && expr(let.init());
        if (topLevel && current.isTopLevel()) {
            declareGlobalPattern(let.pattern(), let.mutable());
        } else {
            declarePattern(let.pattern(), let.mutable());
        }
        return awaits;
    }

    private void declareGlobalPattern(Pattern p, boolean mutable) {
        Object subject2 = p;
        if (subject2 instanceof Pattern.Bind b) {
            globals.bindLet(b.name(), mutable);
            out.bind(b, new VarRef.Global(b.name()));
        } else if (subject2 instanceof Pattern.ListPat lp) {
            lp.items().forEach(item -> declareGlobalPattern(item, mutable));
        } else {
        }
    }

    /** Declares the names a pattern binds in the current scope. */
    private void declarePattern(Pattern p, boolean mutable) {
        Object subject3 = p;
        if (subject3 instanceof Pattern.Bind b) {
            out.bind(b, new VarRef.Local(current.declare(b.name(), mutable, b.span())));
        } else if (subject3 instanceof Pattern.ListPat lp) {
            lp.items().forEach(item -> declarePattern(item, mutable));
        } else if (subject3 instanceof Pattern.Ready r) {
            declarePattern(r.inner(), mutable);
        } else if (subject3 instanceof Pattern.Or or) {
            for (Pattern alt : or.alternatives()) {
                declareOrAlternative(alt);
            }
        } else {
        }
    }

    /** In {@code a | b}, a name bound by several alternatives is one variable. */
    private void declareOrAlternative(Pattern p) {
        Object subject4 = p;
        if (subject4 instanceof Pattern.Bind b) {
            LocalVar existing = current.lookupHere(b.name());
            out.bind(b, new VarRef.Local(existing != null ? existing : current.declare(b.name(), false, b.span())));
        } else if (subject4 instanceof Pattern.ListPat lp) {
            lp.items().forEach(this::declareOrAlternative);
        } else if (subject4 instanceof Pattern.Ready r) {
            declareOrAlternative(r.inner());
        } else if (subject4 instanceof Pattern.Or or) {
            or.alternatives().forEach(this::declareOrAlternative);
        } else {
        }
    }

    private void function(Object node, String name, List<Param> params, Block body, boolean async) {
        FunctionScope outer = current;
        FunctionInfo info = new FunctionInfo(name, async, outer.info());
        out.function(node, info);
        current = new FunctionScope(info, outer, false);
        for (Param p : params) {
            if (p.defaultValue() != null && expr(p.defaultValue())) {
                error("`.await` is not allowed in a default parameter value", p.defaultValue().span());
            }
            if (current.lookupHere(p.name()) != null) {
                error("parameter `" + p.name() + "` is declared twice", p.span());
            }
            LocalVar v = current.declare(p.name(), true, p.span());
            info.params().add(v);
            out.bind(p, new VarRef.Local(v));
        }
        block(body);
        current = outer;
    }

    /** Resolves a block in a new scope; returns whether it contains an await. */
    private boolean block(Block b) {
        current.push();
        for (Stmt s : b.statements()) {
            if (s instanceof Stmt.Fn fn) {
                current.declare(fn.name(), false, fn.nameSpan());
            }
        }
        boolean awaits = false;
        for (Stmt s : b.statements()) {
            awaits |= statement(s, false);
        }
        if (b.tail() != null) {
            awaits |= expr(b.tail());
        }
        current.pop();
        if (awaits) {
            out.markAwait(b);
        }
        return awaits;
    }

    // ---- expressions ------------------------------------------------------------------------

    /** Resolves an expression; returns whether it contains an await of the current function. */
    private boolean expr(Expr e) {
        boolean awaits;
        Object subject5 = e;
        if (subject5 instanceof Expr.Literal l) {
            awaits = false;
        } else if (subject5 instanceof Expr.Interpolation i) {
            awaits = all(i.parts());
        } else if (subject5 instanceof Expr.Name n) {
            name(n);
            awaits = false;
        } else if (subject5 instanceof Expr.ListLit l) {
            awaits = all(l.items());
        } else if (subject5 instanceof Expr.MapLit m) {
            boolean a = false;
            for (Expr.MapEntry entry : m.entries()) {
                a |= expr(entry.key());
                a |= expr(entry.value());
            }
            awaits = a;
        } else if (subject5 instanceof Expr.Range r) {
            awaits = expr(r.start()) | expr(r.end());
        } else if (subject5 instanceof Expr.Unary u) {
            awaits = expr(u.operand());
        } else if (subject5 instanceof Expr.Binary b) {
            awaits = expr(b.left()) | expr(b.right());
        } else if (subject5 instanceof Expr.Logical l) {
            awaits = expr(l.left()) | expr(l.right());
        } else if (subject5 instanceof Expr.Call c) {
            awaits = expr(c.callee()) | all(c.args());
        } else if (subject5 instanceof Expr.MethodCall m) {
            awaits = expr(m.receiver()) | all(m.args());
        } else if (subject5 instanceof Expr.Field f) {
            awaits = expr(f.receiver());
        } else if (subject5 instanceof Expr.Index i) {
            awaits = expr(i.target()) | expr(i.index());
        } else if (subject5 instanceof Expr.Await a) {
            expr(a.operand());
            if (!current.info().async()) {
                error("`.await` is only allowed inside async functions and blocks", a.span());
            }
            awaits = true;
        } else if (subject5 instanceof Expr.Lambda l) {
            function(l, null, l.params(), l.body(), l.async());
            awaits = false;
        } else if (subject5 instanceof Expr.AsyncBlock ab) {
            function(ab, null, List.of(), ab.body(), true);
            awaits = false;
        } else if (subject5 instanceof Expr.BlockExpr be) {
            awaits = block(be.block());
        } else if (subject5 instanceof Expr.If i) {
            awaits = expr(i.condition()) | block(i.then()) | (i.elseBranch() != null && expr(i.elseBranch()));
        } else if (subject5 instanceof Expr.While w) {
            boolean a = expr(w.condition());
            awaits = loopBody(() -> block(w.body())) | a;
        } else if (subject5 instanceof Expr.Loop l) {
            awaits = loopBody(() -> block(l.body()));
        } else if (subject5 instanceof Expr.For f) {
            boolean a = expr(f.iterable());
            current.push();
            declarePattern(f.pattern(), false);
            a |= loopBody(() -> block(f.body()));
            current.pop();
            awaits = a;
        } else if (subject5 instanceof Expr.Match m) {
            awaits = match(m);
        } else if (subject5 instanceof Expr.Try t) {
            awaits = tryExpr(t);
        } else if (subject5 instanceof Expr.Assign a) {
            awaits = assign(a);
        } else if (subject5 instanceof Expr.Break b) {
            if (current.loopDepth() == 0) {
                error("`break` outside of a loop", b.span());
            }
            awaits = b.value() != null && expr(b.value());
        } else if (subject5 instanceof Expr.Continue c) {
            if (current.loopDepth() == 0) {
                error("`continue` outside of a loop", c.span());
            }
            awaits = false;
        } else if (subject5 instanceof Expr.Return r) {
            if (current.isTopLevel()) {
                error("`return` outside of a function", r.span());
            }
            awaits = r.value() != null && expr(r.value());
        } else if (subject5 instanceof Expr.Throw t) {
            awaits = expr(t.value());
        } else {
            throw new IllegalStateException("unexpected " + subject5);
        }
        if (awaits) {
            out.markAwait(e);
        }
        return awaits;
    }

    private boolean all(List<Expr> exprs) {
        boolean awaits = false;
        for (Expr e : exprs) {
            awaits |= expr(e);
        }
        return awaits;
    }

    private boolean loopBody(java.util.function.BooleanSupplier body) {
        current.enterLoop();
        try {
            return body.getAsBoolean();
        } finally {
            current.exitLoop();
        }
    }

    private boolean match(Expr.Match m) {
        boolean awaits = expr(m.scrutinee());
        for (Expr.MatchArm arm : m.arms()) {
            current.push();
            declarePattern(arm.pattern(), false);
            boolean armAwaits = (arm.guard() != null && expr(arm.guard())) | expr(arm.body());
            current.pop();
            if (armAwaits) {
                out.markAwait(arm);
            }
            awaits |= armAwaits;
        }
        return awaits;
    }

    private boolean tryExpr(Expr.Try t) {
        boolean awaits = block(t.body());
        if (t.catchBlock() != null) {
            current.push();
            if (t.catchName() != null) {
                out.bind(t, new VarRef.Local(current.declare(t.catchName(), false, t.catchNameSpan())));
            }
            awaits |= block(t.catchBlock());
            current.pop();
        }
        if (t.finallyBlock() != null) {
            awaits |= block(t.finallyBlock());
        }
        return awaits;
    }

    private boolean assign(Expr.Assign a) {
        boolean awaits = expr(a.value());
        Object subject6 = a.target();
        if (subject6 instanceof Expr.Name n) {
            VarRef ref = name(n);
            boolean mutable = ref instanceof VarRef.Local l
                    ? l.var().mutable()
                    : globals.isMutable(n.name(), current.isTopLevel());
            if (!mutable && (ref instanceof VarRef.Local || globals.isDeclared(n.name()))) {
                error("cannot assign twice to immutable variable `" + n.name() + "`", n.span(),
                        "help: make the binding mutable with `let mut " + n.name() + "`");
            }
        } else if (subject6 instanceof Expr.Index i) {
            awaits |= expr(i.target()) | expr(i.index());
        } else if (subject6 instanceof Expr.Field f) {
            awaits |= expr(f.receiver());
        } else {
            error("invalid left-hand side of assignment", a.target().span());
        }
        return awaits;
    }

    private VarRef name(Expr.Name n) {
        LocalVar local = current.lookup(n.name());
        VarRef ref;
        if (local != null) {
            ref = new VarRef.Local(local);
        } else {
            ref = new VarRef.Global(n.name());
            if (!globals.isDeclared(n.name()) && !knownGlobals.contains(n.name())) {
                error("cannot find `" + n.name() + "` in this scope", n.span());
            }
        }
        out.bind(n, ref);
        return ref;
    }

    private void error(String message, Span at) {
        out.error(Diagnostic.error(message, file, at));
    }

    private void error(String message, Span at, String note) {
        out.error(new Diagnostic(message, file, at, null, List.of(note)));
    }

    /** The globals the file defines, and whether each may be assigned. */
    private static final class GlobalTable {
        private final Map<String, Boolean> mutableAnywhere = new HashMap<>();
        private final Map<String, Boolean> mutableNow = new HashMap<>();
        private final Map<String, Boolean> structs = new HashMap<>();

        private final java.util.Set<String> prior;

        GlobalTable(Map<String, Boolean> prior) {
            this.prior = java.util.Set.copyOf(prior.keySet());
            mutableAnywhere.putAll(prior);
            mutableNow.putAll(prior);
        }

        void declareTopLevel(Stmt s, Resolution out) {
            Object subject7 = s;
            if (subject7 instanceof Stmt.Let let) {
                collectLet(let.pattern(), let.mutable(), out);
            } else if (subject7 instanceof Stmt.Fn fn) {
                add(fn.name(), false, out);
            } else if (subject7 instanceof Stmt.Struct st) {
                add(st.name(), false, out);
                structs.put(st.name(), true);
            } else if (subject7 instanceof Stmt.Import imp) {
                add(imp.alias(), false, out);
            } else {
            }
        }

        private void collectLet(Pattern p, boolean mutable, Resolution out) {
            if (p instanceof Pattern.Bind b) {
                add(b.name(), mutable, out);
            } else if (p instanceof Pattern.ListPat lp) {
                lp.items().forEach(item -> collectLet(item, mutable, out));
            }
        }

        private void add(String name, boolean mutable, Resolution out) {
            mutableAnywhere.merge(name, mutable, Boolean::logicalOr);
            mutableNow.putIfAbsent(name, false);
            out.globals().add(name);
        }

        void bindLet(String name, boolean mutable) {
            mutableNow.put(name, mutable);
        }

        boolean isDeclared(String name) {
            return mutableAnywhere.containsKey(name);
        }

        /** Defined by an earlier REPL entry (it may be a struct: the compiler checks). */
        boolean isPrior(String name) {
            return prior.contains(name);
        }

        boolean isStruct(String name) {
            return structs.containsKey(name);
        }

        /** Top-level code sees the binding in force; function bodies may run after any `let mut`. */
        boolean isMutable(String name, boolean fromTopLevel) {
            Map<String, Boolean> table = fromTopLevel ? mutableNow : mutableAnywhere;
            return table.getOrDefault(name, false);
        }
    }
}
