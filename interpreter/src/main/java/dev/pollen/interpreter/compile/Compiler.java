package dev.pollen.interpreter.compile;

import dev.pollen.interpreter.ast.Block;
import dev.pollen.interpreter.ast.Expr;
import dev.pollen.interpreter.ast.Param;
import dev.pollen.interpreter.ast.Span;
import dev.pollen.interpreter.ast.Stmt;
import dev.pollen.interpreter.lower.AsyncCode;
import dev.pollen.interpreter.nodes.AccessNodes;
import dev.pollen.interpreter.nodes.BinaryNode;
import dev.pollen.interpreter.nodes.CallNodes;
import dev.pollen.interpreter.nodes.ControlNodes;
import dev.pollen.interpreter.nodes.ExprNode;
import dev.pollen.interpreter.nodes.FunctionCode;
import dev.pollen.interpreter.nodes.LogicNodes;
import dev.pollen.interpreter.nodes.LoopLabel;
import dev.pollen.interpreter.nodes.Operator;
import dev.pollen.interpreter.nodes.PatternNodes;
import dev.pollen.interpreter.nodes.TryNode;
import dev.pollen.interpreter.nodes.ValueNodes;
import dev.pollen.interpreter.nodes.VariableNodes;
import dev.pollen.interpreter.resolve.FunctionInfo;
import dev.pollen.interpreter.resolve.LocalVar;
import dev.pollen.interpreter.resolve.Resolution;
import dev.pollen.interpreter.resolve.VarRef;
import dev.pollen.runtime.value.Location;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Turns resolved AST into executable nodes. Synchronous code becomes a tree of nodes; every async
 * body is handed to {@link AsyncLowerer}, which builds its state machine and comes back here for
 * the parts that contain no {@code .await}.
 */
public final class Compiler {
    final Resolution resolution;
    final ModuleEnv env;
    final Deque<LoopLabel> loops = new ArrayDeque<>();
    private final String[] sourceLines;

    public Compiler(Resolution resolution, ModuleEnv env) {
        this.resolution = resolution;
        this.env = env;
        this.sourceLines = env.source().split("\n", -1);
    }

    // ---- helpers shared with the lowering ---------------------------------------------------

    Location loc(Span span) {
        return new Location(env.file(), span.line(), span.column(), span.endColumn());
    }

    /** The source text of a span on one line (for {@code pollen states}); "" when unknown. */
    String text(Span span) {
        if (span.line() < 1 || span.line() > sourceLines.length || span.line() != span.endLine()) {
            return span.line() >= 1 && span.line() <= sourceLines.length ? sourceLines[span.line() - 1].trim() : "";
        }
        String line = sourceLines[span.line() - 1];
        int from = Math.max(0, span.column() - 1);
        int to = Math.min(line.length(), Math.max(from, span.endColumn() - 1));
        return line.substring(from, to);
    }

    ExprNode read(VarRef ref, Span at) {
        Object subject = ref;
        if (subject instanceof VarRef.Local l) {
            return l.var().captured()
                    ? new VariableNodes.ReadCell(l.var().slot())
                    : new VariableNodes.ReadLocal(l.var().slot());
        } else if (subject instanceof VarRef.Global g) {
            return readGlobal(g.name(), at);
        } else {
            throw new IllegalStateException("unexpected " + subject);
        }
    }

    private ExprNode readGlobal(String name, Span at) {
        boolean moduleName = resolution.globals().contains(name) || env.globals().find(name) != null;
        if (!moduleName && env.builtins().containsKey(name)) {
            return new ValueNodes.Literal(env.builtins().get(name));
        }
        return new VariableNodes.ReadGlobal(env.globals().cell(name), loc(at));
    }

    VariableNodes.Binder binder(VarRef ref) {
        Object subject2 = ref;
        if (subject2 instanceof VarRef.Local l) {
            return binder(l.var());
        } else if (subject2 instanceof VarRef.Global g) {
            return new VariableNodes.GlobalBinder(env.globals().cell(g.name()));
        } else {
            throw new IllegalStateException("unexpected " + subject2);
        }
    }

    VariableNodes.Binder binder(LocalVar v) {
        if (!v.captured()) {
            return new VariableNodes.LocalBinder(v.slot());
        }
        return preset.contains(v) ? new VariableNodes.PresetCellBinder(v.slot()) : new VariableNodes.CellBinder(v.slot());
    }

    /** Captured locals whose Cells their block makes on entry (see {@link #hoistedFunctions}). */
    private final java.util.Set<LocalVar> preset =
            java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

    // ---- statements ---------------------------------------------------------------------------

    /** A statement of synchronous code (or an await-free statement inside an async body). */
    ExprNode statement(Stmt s) {
        Object subject3 = s;
        if (subject3 instanceof Stmt.Let let) {
            return new ControlNodes.Statement(
                    new PatternNodes.Let(Patterns.destructure(this, let.pattern()),
                            let.init() == null ? null : expr(let.init())), loc(let.span()));
        } else if (subject3 instanceof Stmt.ExprStmt es) {
            return new ControlNodes.Statement(expr(es.expr()), loc(es.span()));
        } else if (subject3 instanceof Stmt.Fn fn) {
            return new ValueNodes.Literal(null);
        } else if (subject3 instanceof Stmt.Struct st) {
            return new ValueNodes.Literal(null);
        } else if (subject3 instanceof Stmt.Impl impl) {
            return new ValueNodes.Literal(null);
        } else if (subject3 instanceof Stmt.Import imp) {
            throw new IllegalStateException("imports are lowered as awaits");
        } else {
            throw new IllegalStateException("unexpected " + subject3);
        }
    }

    /**
     * The nodes that define a block's local {@code fn}s before its statements run, so they can
     * call each other: first every captured one gets its Cell, then each closure is made.
     */
    List<ExprNode> hoistedFunctions(List<Stmt> statements) {
        List<ExprNode> out = new ArrayList<>();
        List<Stmt.Fn> fns = new ArrayList<>();
        if (statements.stream().anyMatch(Stmt.Fn.class::isInstance)) {
            presetCapturedLets(statements, out);
        }
        for (Stmt s : statements) {
            if (s instanceof Stmt.Fn fn) {
                fns.add(fn);
                LocalVar v = ((VarRef.Local) resolution.ref(fn)).var();
                if (v.captured()) {
                    out.add(new PatternNodes.Let(new PatternNodes.BindTo(binder(v)), null));
                }
            }
        }
        for (Stmt.Fn fn : fns) {
            LocalVar v = ((VarRef.Local) resolution.ref(fn)).var();
            ExprNode closure = closure(fn, fn.name(), fn.name(), fn.params(), fn.body(), fn.async());
            VariableNodes.Binder b = binder(v);
            out.add(v.captured() ? new VariableNodes.Assign(b, closure, loc(fn.span()))
                    : new PatternNodes.Let(new PatternNodes.BindTo(b), closure));
        }
        return out;
    }

    /**
     * A hoisted fn may capture a variable whose {@code let} comes later in the block: that
     * variable gets its Cell on block entry, and its {@code let} fills it, so the fn and the block
     * share one variable (a fresh one on each entry, as each loop iteration needs).
     */
    private void presetCapturedLets(List<Stmt> statements, List<ExprNode> out) {
        List<LocalVar> vars = new ArrayList<>();
        for (Stmt s : statements) {
            if (s instanceof Stmt.Let let) {
                collectBinds(let.pattern(), vars);
            }
        }
        int[] slots = vars.stream().filter(LocalVar::captured).peek(preset::add).mapToInt(LocalVar::slot).toArray();
        if (slots.length > 0) {
            out.add(new VariableNodes.PresetCells(slots));
        }
    }

    private void collectBinds(dev.pollen.interpreter.ast.Pattern p, List<LocalVar> into) {
        if (p instanceof dev.pollen.interpreter.ast.Pattern.Bind b
                && resolution.ref(b) instanceof VarRef.Local l) {
            into.add(l.var());
        } else if (p instanceof dev.pollen.interpreter.ast.Pattern.ListPat lp) {
            lp.items().forEach(item -> collectBinds(item, into));
        }
    }

    ExprNode block(Block b) {
        List<ExprNode> statements = hoistedFunctions(b.statements());
        for (Stmt s : b.statements()) {
            if (!(s instanceof Stmt.Fn)) {
                statements.add(statement(s));
            }
        }
        ExprNode tail = b.tail() == null ? null : expr(b.tail());
        if (statements.isEmpty() && tail != null) {
            return tail;
        }
        return new ControlNodes.Block(statements.toArray(new ExprNode[0]), tail);
    }

    // ---- expressions --------------------------------------------------------------------------

    ExprNode expr(Expr e) {
        Object subject4 = e;
        if (subject4 instanceof Expr.Literal l) {
            return new ValueNodes.Literal(l.value());
        } else if (subject4 instanceof Expr.Interpolation i) {
            return new ValueNodes.Interpolation(exprs(i.parts()));
        } else if (subject4 instanceof Expr.Name n) {
            return read(resolution.ref(n), n.span());
        } else if (subject4 instanceof Expr.ListLit l) {
            return new ValueNodes.ListLit(exprs(l.items()));
        } else if (subject4 instanceof Expr.MapLit m) {
            return mapLiteral(m);
        } else if (subject4 instanceof Expr.Range r) {
            return new ValueNodes.Range(expr(r.start()), expr(r.end()), r.inclusive(), loc(r.span()));
        } else if (subject4 instanceof Expr.Unary u) {
            return u.op().equals("!")
                    ? new LogicNodes.Not(expr(u.operand()))
                    : new LogicNodes.Negate(expr(u.operand()), loc(u.span()));
        } else if (subject4 instanceof Expr.Binary b) {
            return BinaryNode.create(b.op(), expr(b.left()), expr(b.right()), loc(b.span()));
        } else if (subject4 instanceof Expr.Logical l) {
            return l.and()
                    ? new LogicNodes.And(expr(l.left()), expr(l.right()))
                    : new LogicNodes.Or(expr(l.left()), expr(l.right()));
        } else if (subject4 instanceof Expr.Call c) {
            return new CallNodes.Call(expr(c.callee()), exprs(c.args()), loc(c.span()), env.context());
        } else if (subject4 instanceof Expr.MethodCall m) {
            return new CallNodes.MethodCall(expr(m.receiver()), m.name(), exprs(m.args()),
                    loc(m.span()), env.context());
        } else if (subject4 instanceof Expr.Field f) {
            return new AccessNodes.Field(expr(f.receiver()), f.name(), loc(f.span()));
        } else if (subject4 instanceof Expr.Index i) {
            return new AccessNodes.Index(expr(i.target()), expr(i.index()), loc(i.span()));
        } else if (subject4 instanceof Expr.Await a) {
            throw new IllegalStateException("await outside an async body at " + loc(a.span()));
        } else if (subject4 instanceof Expr.Lambda l) {
            return closure(l, null, "closure", l.params(), l.body(), l.async());
        } else if (subject4 instanceof Expr.AsyncBlock ab) {
            return new CallNodes.AsyncBlock(
                    (CallNodes.MakeClosure) closure(ab, null, "async block", List.of(), ab.body(), true));
        } else if (subject4 instanceof Expr.BlockExpr be) {
            return block(be.block());
        } else if (subject4 instanceof Expr.If i) {
            return new ControlNodes.If(expr(i.condition()), block(i.then()),
                    i.elseBranch() == null ? null : expr(i.elseBranch()));
        } else if (subject4 instanceof Expr.While w) {
            LoopLabel label = new LoopLabel();
            ExprNode cond = expr(w.condition());
            return new ControlNodes.While(cond, loopBody(label, w.body()), label, env.context(), loc(w.span()));
        } else if (subject4 instanceof Expr.Loop l) {
            LoopLabel label = new LoopLabel();
            return new ControlNodes.Loop(loopBody(label, l.body()), label, env.context(), loc(l.span()));
        } else if (subject4 instanceof Expr.For f) {
            LoopLabel label = new LoopLabel();
            ExprNode iterable = expr(f.iterable());
            return new ControlNodes.For(Patterns.destructure(this, f.pattern()), iterable,
                    loopBody(label, f.body()), label, env.context(), loc(f.iterable().span()));
        } else if (subject4 instanceof Expr.Match m) {
            return match(m);
        } else if (subject4 instanceof Expr.Try t) {
            return new TryNode(block(t.body()),
                    t.catchName() == null ? null : binder(resolution.ref(t)),
                    t.catchBlock() == null ? null : block(t.catchBlock()),
                    t.finallyBlock() == null ? null : block(t.finallyBlock()));
        } else if (subject4 instanceof Expr.Assign a) {
            return assign(a, expr(a.value()), null, null);
        } else if (subject4 instanceof Expr.Break b) {
            return new ControlNodes.Break(loops.peek(), b.value() == null ? null : expr(b.value()));
        } else if (subject4 instanceof Expr.Continue c) {
            return new ControlNodes.Continue(loops.peek());
        } else if (subject4 instanceof Expr.Return r) {
            return new ControlNodes.Return(r.value() == null ? null : expr(r.value()));
        } else if (subject4 instanceof Expr.Throw t) {
            return new ControlNodes.Throw(expr(t.value()), loc(t.span()));
        } else {
            throw new IllegalStateException("unexpected " + subject4);
        }
    }

    ExprNode[] exprs(List<Expr> list) {
        ExprNode[] out = new ExprNode[list.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = expr(list.get(i));
        }
        return out;
    }

    private ExprNode mapLiteral(Expr.MapLit m) {
        ExprNode[] keys = new ExprNode[m.entries().size()];
        ExprNode[] values = new ExprNode[keys.length];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = expr(m.entries().get(i).key());
            values[i] = expr(m.entries().get(i).value());
        }
        return new ValueNodes.MapLit(keys, values, loc(m.span()));
    }

    private ExprNode loopBody(LoopLabel label, Block body) {
        loops.push(label);
        try {
            return block(body);
        } finally {
            loops.pop();
        }
    }

    private ExprNode match(Expr.Match m) {
        int n = m.arms().size();
        PatternNodes.Matcher[] patterns = new PatternNodes.Matcher[n];
        ExprNode[] guards = new ExprNode[n];
        ExprNode[] bodies = new ExprNode[n];
        for (int i = 0; i < n; i++) {
            Expr.MatchArm arm = m.arms().get(i);
            patterns[i] = Patterns.matcher(this, arm.pattern());
            guards[i] = arm.guard() == null ? null : expr(arm.guard());
            bodies[i] = expr(arm.body());
        }
        return new PatternNodes.Match(expr(m.scrutinee()), patterns, guards, bodies, loc(m.span()));
    }

    /**
     * An assignment whose value (and, for index and field targets, whose target parts) are
     * already compiled; {@code parts} is null when the target parts are still to be compiled.
     */
    ExprNode assign(Expr.Assign a, ExprNode value, ExprNode targetObject, ExprNode targetIndex) {
        Operator op = a.op().equals("=") ? null : Operator.of(a.op().substring(0, 1));
        Location at = loc(a.span());
        Object subject5 = a.target();
        if (subject5 instanceof Expr.Name n) {
            VarRef ref = resolution.ref(n);
            return op == null
                    ? new VariableNodes.Assign(binder(ref), value, at)
                    : new AccessNodes.CompoundAssign(read(ref, n.span()), binder(ref), op, value, at);
        } else if (subject5 instanceof Expr.Index i) {
            return new AccessNodes.AssignIndex(
                    targetObject != null ? targetObject : expr(i.target()),
                    targetIndex != null ? targetIndex : expr(i.index()), op, value, at);
        } else if (subject5 instanceof Expr.Field f) {
            return new AccessNodes.AssignField(
                    targetObject != null ? targetObject : expr(f.receiver()), f.name(), op, value, at);
        } else {
            throw new IllegalStateException("invalid assignment target");
        }
    }

    // ---- functions ----------------------------------------------------------------------------

    /** Compiles a function body and returns the node that makes its closure. */
    ExprNode closure(Object node, String name, String traceName, List<Param> params, Block body, boolean async) {
        FunctionInfo info = resolution.function(node);
        FunctionCode code = function(info, name, traceName, params, body, async);
        int[] captureFrom = info.captures().stream().mapToInt(c -> c.outer().slot()).toArray();
        return new CallNodes.MakeClosure(code, captureFrom);
    }

    /** Compiles a function: its parameters, defaults and body (a state machine when async). */
    FunctionCode function(FunctionInfo info, String name, String traceName, List<Param> params, Block body,
                          boolean async) {
        Deque<LoopLabel> outerLoops = new ArrayDeque<>(loops);
        loops.clear();
        try {
            int n = params.size();
            int[] paramSlots = new int[n];
            boolean[] paramIsCell = new boolean[n];
            ExprNode[] defaults = new ExprNode[n];
            for (int i = 0; i < n; i++) {
                LocalVar v = info.params().get(i);
                paramSlots[i] = v.slot();
                paramIsCell[i] = v.captured();
                defaults[i] = params.get(i).defaultValue() == null ? null : expr(params.get(i).defaultValue());
            }
            int[] captureSlots = info.captures().stream().mapToInt(c -> c.inner().slot()).toArray();
            if (async) {
                AsyncCode asyncCode = new AsyncLowerer(this, info, name == null ? "async" : name, traceName,
                        signature(name, params, true)).lowerBody(body);
                FunctionCode code = new FunctionCode(name, traceName, paramSlots, paramIsCell, defaults,
                        asyncCode.slotCount(), captureSlots, env.context());
                code.setAsyncBody(asyncCode);
                registry.add(asyncCode);
                return code;
            }
            ExprNode compiled = block(body);
            FunctionCode code = new FunctionCode(name, traceName, paramSlots, paramIsCell, defaults,
                    info.slotCount(), captureSlots, env.context());
            code.setBody(compiled);
            return code;
        } finally {
            loops.clear();
            outerLoops.descendingIterator().forEachRemaining(loops::push);
        }
    }

    static String signature(String name, List<Param> params, boolean async) {
        StringBuilder sb = new StringBuilder(async ? "async fn " : "fn ");
        sb.append(name == null ? "<closure>" : name).append('(');
        for (int i = 0; i < params.size(); i++) {
            sb.append(i > 0 ? ", " : "").append(params.get(i).name());
        }
        return sb.append(')').toString();
    }

    /** Every async body compiled so far, in source order, for {@code pollen states}. */
    final List<AsyncCode> registry = new ArrayList<>();
}
