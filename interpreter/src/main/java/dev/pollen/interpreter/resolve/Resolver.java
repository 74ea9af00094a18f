package dev.pollen.interpreter.resolve;

import dev.pollen.interpreter.ast.Block;
import dev.pollen.interpreter.ast.Expr;
import dev.pollen.interpreter.ast.Param;
import dev.pollen.interpreter.ast.Pattern;
import dev.pollen.interpreter.ast.PatternBinds;
import dev.pollen.interpreter.ast.Program;
import dev.pollen.interpreter.diagnostics.Span;
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
        boolean awaits = s.accept(topLevel ? topLevelStatements : nestedStatements);
        if (awaits) {
            out.markAwait(s);
        }
        return awaits;
    }

    private final StatementResolver topLevelStatements = new StatementResolver(true);
    private final StatementResolver nestedStatements = new StatementResolver(false);

    /** Resolves one statement; answers whether it contains an await of the current function. */
    private final class StatementResolver implements Stmt.Visitor<Boolean> {
        private final boolean topLevel;

        StatementResolver(boolean topLevel) {
            this.topLevel = topLevel;
        }

        @Override
        public Boolean visitLet(Stmt.Let node) {
            return let(node, topLevel);
        }

        @Override
        public Boolean visitExprStmt(Stmt.ExprStmt node) {
            return expr(node.expr());
        }

        @Override
        public Boolean visitFn(Stmt.Fn node) {
            if (!topLevel) {
                // Local fns were declared when their block was entered (hoisted).
                out.bind(node, new VarRef.Local(current.lookupHere(node.name())));
            }
            function(node, node.name(), node.params(), node.body(), node.async());
            return false;
        }

        @Override
        public Boolean visitStruct(Stmt.Struct node) {
            if (!topLevel) {
                error("`struct` is only allowed at the top level of a file", node.span());
            }
            return false;
        }

        @Override
        public Boolean visitImpl(Stmt.Impl node) {
            if (!topLevel) {
                error("`impl` is only allowed at the top level of a file", node.span());
            } else if (!globals.isStruct(node.typeName()) && !globals.isPrior(node.typeName())) {
                error("cannot find struct `" + node.typeName() + "` to implement", node.typeNameSpan());
            }
            for (Stmt.Fn m : node.methods()) {
                function(m, node.typeName() + "." + m.name(), m.params(), m.body(), m.async());
            }
            return false;
        }

        @Override
        public Boolean visitImport(Stmt.Import node) {
            if (!topLevel) {
                error("`import` is only allowed at the top level of a file", node.span());
            }
            return true; // an import runs the module's body, which may suspend
        }
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
        for (Pattern.Bind b : PatternBinds.of(p)) {
            globals.bindLet(b.name(), mutable);
            out.bind(b, new VarRef.Global(b.name()));
        }
    }

    /** Declares the names a pattern binds in the current scope. */
    private void declarePattern(Pattern p, boolean mutable) {
        p.accept(new PatternDeclarer(mutable));
    }

    /** Gives each name a pattern binds its local; in {@code a | b}, a name bound by several alternatives is one variable. */
    private final class PatternDeclarer implements Pattern.Visitor<Void> {
        private final boolean mutable;

        PatternDeclarer(boolean mutable) {
            this.mutable = mutable;
        }

        @Override
        public Void visitBind(Pattern.Bind node) {
            out.bind(node, new VarRef.Local(current.declare(node.name(), mutable, node.span())));
            return null;
        }

        @Override
        public Void visitListPat(Pattern.ListPat node) {
            node.items().forEach(item -> item.accept(this));
            return null;
        }

        @Override
        public Void visitReady(Pattern.Ready node) {
            return node.inner().accept(this);
        }

        @Override
        public Void visitOr(Pattern.Or node) {
            for (Pattern.Bind b : PatternBinds.of(node)) {
                LocalVar existing = current.lookupHere(b.name());
                out.bind(b, new VarRef.Local(existing != null ? existing : current.declare(b.name(), false, b.span())));
            }
            return null;
        }

        @Override
        public Void visitWildcard(Pattern.Wildcard node) {
            return null;
        }

        @Override
        public Void visitLiteral(Pattern.Literal node) {
            return null;
        }

        @Override
        public Void visitPending(Pattern.Pending node) {
            return null;
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
        boolean awaits = e.accept(expressions);
        if (awaits) {
            out.markAwait(e);
        }
        return awaits;
    }

    private final ExpressionResolver expressions = new ExpressionResolver();

    /** Resolves one expression's own parts; answers whether it contains an await of the current function. */
    private final class ExpressionResolver implements Expr.Visitor<Boolean> {
        @Override
        public Boolean visitLiteral(Expr.Literal node) {
            return false;
        }

        @Override
        public Boolean visitInterpolation(Expr.Interpolation node) {
            return all(node.parts());
        }

        @Override
        public Boolean visitName(Expr.Name node) {
            name(node);
            return false;
        }

        @Override
        public Boolean visitListLit(Expr.ListLit node) {
            return all(node.items());
        }

        @Override
        public Boolean visitMapLit(Expr.MapLit node) {
            boolean awaits = false;
            for (Expr.MapEntry entry : node.entries()) {
                awaits |= expr(entry.key());
                awaits |= expr(entry.value());
            }
            return awaits;
        }

        @Override
        public Boolean visitRange(Expr.Range node) {
            return expr(node.start()) | expr(node.end());
        }

        @Override
        public Boolean visitUnary(Expr.Unary node) {
            return expr(node.operand());
        }

        @Override
        public Boolean visitBinary(Expr.Binary node) {
            return expr(node.left()) | expr(node.right());
        }

        @Override
        public Boolean visitLogical(Expr.Logical node) {
            return expr(node.left()) | expr(node.right());
        }

        @Override
        public Boolean visitCall(Expr.Call node) {
            return expr(node.callee()) | all(node.args());
        }

        @Override
        public Boolean visitMethodCall(Expr.MethodCall node) {
            return expr(node.receiver()) | all(node.args());
        }

        @Override
        public Boolean visitField(Expr.Field node) {
            return expr(node.receiver());
        }

        @Override
        public Boolean visitIndex(Expr.Index node) {
            return expr(node.target()) | expr(node.index());
        }

        @Override
        public Boolean visitAwait(Expr.Await node) {
            expr(node.operand());
            if (!current.info().async()) {
                error("`.await` is only allowed inside async functions and blocks", node.span());
            }
            return true;
        }

        @Override
        public Boolean visitLambda(Expr.Lambda node) {
            function(node, null, node.params(), node.body(), node.async());
            return false;
        }

        @Override
        public Boolean visitAsyncBlock(Expr.AsyncBlock node) {
            function(node, null, List.of(), node.body(), true);
            return false;
        }

        @Override
        public Boolean visitBlockExpr(Expr.BlockExpr node) {
            return block(node.block());
        }

        @Override
        public Boolean visitIf(Expr.If node) {
            return expr(node.condition()) | block(node.then())
                    | (node.elseBranch() != null && expr(node.elseBranch()));
        }

        @Override
        public Boolean visitWhile(Expr.While node) {
            boolean awaits = expr(node.condition());
            return loopBody(() -> block(node.body())) | awaits;
        }

        @Override
        public Boolean visitLoop(Expr.Loop node) {
            return loopBody(() -> block(node.body()));
        }

        @Override
        public Boolean visitFor(Expr.For node) {
            boolean awaits = expr(node.iterable());
            current.push();
            declarePattern(node.pattern(), false);
            awaits |= loopBody(() -> block(node.body()));
            current.pop();
            return awaits;
        }

        @Override
        public Boolean visitMatch(Expr.Match node) {
            return match(node);
        }

        @Override
        public Boolean visitTry(Expr.Try node) {
            return tryExpr(node);
        }

        @Override
        public Boolean visitAssign(Expr.Assign node) {
            return assign(node);
        }

        @Override
        public Boolean visitBreak(Expr.Break node) {
            if (current.loopDepth() == 0) {
                error("`break` outside of a loop", node.span());
            }
            return node.value() != null && expr(node.value());
        }

        @Override
        public Boolean visitContinue(Expr.Continue node) {
            if (current.loopDepth() == 0) {
                error("`continue` outside of a loop", node.span());
            }
            return false;
        }

        @Override
        public Boolean visitReturn(Expr.Return node) {
            if (current.isTopLevel()) {
                error("`return` outside of a function", node.span());
            }
            return node.value() != null && expr(node.value());
        }

        @Override
        public Boolean visitThrow(Expr.Throw node) {
            return expr(node.value());
        }
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
        Expr target = a.target();
        if (target instanceof Expr.Name n) {
            VarRef ref = name(n);
            boolean mutable = ref instanceof VarRef.Local l
                    ? l.var().mutable()
                    : globals.isMutable(n.name(), current.isTopLevel());
            if (!mutable && (ref instanceof VarRef.Local || globals.isDeclared(n.name()))) {
                error("cannot assign twice to immutable variable `" + n.name() + "`", n.span(),
                        "help: make the binding mutable with `let mut " + n.name() + "`");
            }
        } else if (target instanceof Expr.Index i) {
            awaits |= expr(i.target()) | expr(i.index());
        } else if (target instanceof Expr.Field f) {
            awaits |= expr(f.receiver());
        } else {
            // The parser accepts any expression on the left; only these three kinds can be assigned.
            error("invalid left-hand side of assignment", target.span());
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

        /** Adds the global names a top-level statement defines. */
        void declareTopLevel(Stmt s, Resolution out) {
            s.accept(new Stmt.Visitor<Void>() {
                @Override
                public Void visitLet(Stmt.Let node) {
                    PatternBinds.of(node.pattern()).forEach(b -> add(b.name(), node.mutable(), out));
                    return null;
                }

                @Override
                public Void visitExprStmt(Stmt.ExprStmt node) {
                    return null;
                }

                @Override
                public Void visitFn(Stmt.Fn node) {
                    add(node.name(), false, out);
                    return null;
                }

                @Override
                public Void visitStruct(Stmt.Struct node) {
                    add(node.name(), false, out);
                    structs.put(node.name(), true);
                    return null;
                }

                @Override
                public Void visitImpl(Stmt.Impl node) {
                    return null; // methods belong to the struct, not to the globals
                }

                @Override
                public Void visitImport(Stmt.Import node) {
                    add(node.alias(), false, out);
                    return null;
                }
            });
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
