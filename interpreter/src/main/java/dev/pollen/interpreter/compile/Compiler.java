package dev.pollen.interpreter.compile;

import dev.pollen.interpreter.ast.Block;
import dev.pollen.interpreter.ast.Expr;
import dev.pollen.interpreter.ast.Param;
import dev.pollen.interpreter.ast.PatternBinds;
import dev.pollen.interpreter.diagnostics.Span;
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

    /** The longest text {@link #text} copies: each nested {@code .await} asks for its own. */
    private static final int MAX_TEXT = 120;

    /**
     * The source text of a span on one line (for {@code pollen states}), cut to
     * {@value #MAX_TEXT} characters so that deeply nested awaits stay linear; "" when unknown.
     */
    String text(Span span) {
        if (span.line() < 1 || span.line() > sourceLines.length) {
            return "";
        }
        String line = sourceLines[span.line() - 1];
        if (span.line() != span.endLine()) {
            return clip(line, 0, line.length()).strip();
        }
        int from = Math.max(0, span.column() - 1);
        int to = Math.min(line.length(), Math.max(from, span.endColumn() - 1));
        return clip(line, from, to);
    }

    private static String clip(String line, int from, int to) {
        int start = Math.min(from, line.length());
        while (start < to && start - from < MAX_TEXT && Character.isWhitespace(line.charAt(start))) {
            start++;
        }
        return to - start <= MAX_TEXT ? line.substring(start, to) : line.substring(start, start + MAX_TEXT - 1) + "…";
    }

    /** A read of a variable: a global is looked up by name, a local read from its slot (or its Cell). */
    ExprNode read(VarRef ref, Span at) {
        if (ref instanceof VarRef.Local l) {
            return l.var().captured()
                    ? new VariableNodes.ReadCell(l.var().slot())
                    : new VariableNodes.ReadLocal(l.var().slot());
        }
        return readGlobal(((VarRef.Global) ref).name(), at);
    }

    private ExprNode readGlobal(String name, Span at) {
        boolean moduleName = resolution.globals().contains(name) || env.globals().find(name) != null;
        if (!moduleName && env.builtins().containsKey(name)) {
            return new ValueNodes.Literal(env.builtins().get(name));
        }
        return new VariableNodes.ReadGlobal(env.globals().cell(name), loc(at));
    }

    VariableNodes.Binder binder(VarRef ref) {
        if (ref instanceof VarRef.Local l) {
            return binder(l.var());
        }
        return new VariableNodes.GlobalBinder(env.globals().cell(((VarRef.Global) ref).name()));
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
        return s.accept(statements);
    }

    private final Stmt.Visitor<ExprNode> statements = new Stmt.Visitor<>() {
        @Override
        public ExprNode visitLet(Stmt.Let node) {
            return new ControlNodes.Statement(
                    new PatternNodes.Let(Patterns.destructure(Compiler.this, node.pattern()),
                            node.init() == null ? null : expr(node.init())), loc(node.span()));
        }

        @Override
        public ExprNode visitExprStmt(Stmt.ExprStmt node) {
            return new ControlNodes.Statement(expr(node.expr()), loc(node.span()));
        }

        /** Defined on entry to its block (see {@link #hoistedFunctions}). */
        @Override
        public ExprNode visitFn(Stmt.Fn node) {
            return new ValueNodes.Literal(null);
        }

        /** Defined by the program's prelude. */
        @Override
        public ExprNode visitStruct(Stmt.Struct node) {
            return new ValueNodes.Literal(null);
        }

        /** Defined by the program's prelude. */
        @Override
        public ExprNode visitImpl(Stmt.Impl node) {
            return new ValueNodes.Literal(null);
        }

        @Override
        public ExprNode visitImport(Stmt.Import node) {
            throw new IllegalStateException("imports are lowered as awaits");
        }
    };

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
        for (dev.pollen.interpreter.ast.Pattern.Bind b : PatternBinds.of(p)) {
            if (resolution.ref(b) instanceof VarRef.Local l) {
                into.add(l.var());
            }
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
        return e.accept(expressions);
    }

    private final Expr.Visitor<ExprNode> expressions = new Expr.Visitor<>() {
        @Override
        public ExprNode visitLiteral(Expr.Literal node) {
            return new ValueNodes.Literal(node.value());
        }

        @Override
        public ExprNode visitInterpolation(Expr.Interpolation node) {
            return new ValueNodes.Interpolation(exprs(node.parts()));
        }

        @Override
        public ExprNode visitName(Expr.Name node) {
            return read(resolution.ref(node), node.span());
        }

        @Override
        public ExprNode visitListLit(Expr.ListLit node) {
            return new ValueNodes.ListLit(exprs(node.items()));
        }

        @Override
        public ExprNode visitMapLit(Expr.MapLit node) {
            return mapLiteral(node);
        }

        @Override
        public ExprNode visitRange(Expr.Range node) {
            return new ValueNodes.Range(expr(node.start()), expr(node.end()), node.inclusive(), loc(node.span()));
        }

        @Override
        public ExprNode visitUnary(Expr.Unary node) {
            return node.op().equals("!")
                    ? new LogicNodes.Not(expr(node.operand()))
                    : new LogicNodes.Negate(expr(node.operand()), loc(node.span()));
        }

        @Override
        public ExprNode visitBinary(Expr.Binary node) {
            return BinaryNode.create(node.op(), expr(node.left()), expr(node.right()), loc(node.span()));
        }

        @Override
        public ExprNode visitLogical(Expr.Logical node) {
            return node.and()
                    ? new LogicNodes.And(expr(node.left()), expr(node.right()))
                    : new LogicNodes.Or(expr(node.left()), expr(node.right()));
        }

        @Override
        public ExprNode visitCall(Expr.Call node) {
            return new CallNodes.Call(expr(node.callee()), exprs(node.args()), loc(node.span()), env.context());
        }

        @Override
        public ExprNode visitMethodCall(Expr.MethodCall node) {
            return new CallNodes.MethodCall(expr(node.receiver()), node.name(), exprs(node.args()),
                    loc(node.span()), env.context());
        }

        @Override
        public ExprNode visitField(Expr.Field node) {
            return new AccessNodes.Field(expr(node.receiver()), node.name(), loc(node.span()));
        }

        @Override
        public ExprNode visitIndex(Expr.Index node) {
            return new AccessNodes.Index(expr(node.target()), expr(node.index()), loc(node.span()));
        }

        /** Awaits exist only in async bodies, which {@link AsyncLowerer} takes apart first. */
        @Override
        public ExprNode visitAwait(Expr.Await node) {
            throw new IllegalStateException("await outside an async body at " + loc(node.span()));
        }

        @Override
        public ExprNode visitLambda(Expr.Lambda node) {
            return closure(node, null, "closure", node.params(), node.body(), node.async());
        }

        @Override
        public ExprNode visitAsyncBlock(Expr.AsyncBlock node) {
            return new CallNodes.AsyncBlock(
                    (CallNodes.MakeClosure) closure(node, null, "async block", List.of(), node.body(), true));
        }

        @Override
        public ExprNode visitBlockExpr(Expr.BlockExpr node) {
            return block(node.block());
        }

        @Override
        public ExprNode visitIf(Expr.If node) {
            return new ControlNodes.If(expr(node.condition()), block(node.then()),
                    node.elseBranch() == null ? null : expr(node.elseBranch()));
        }

        @Override
        public ExprNode visitWhile(Expr.While node) {
            LoopLabel label = new LoopLabel();
            ExprNode cond = expr(node.condition());
            return new ControlNodes.While(cond, loopBody(label, node.body()), label, env.context(), loc(node.span()));
        }

        @Override
        public ExprNode visitLoop(Expr.Loop node) {
            LoopLabel label = new LoopLabel();
            return new ControlNodes.Loop(loopBody(label, node.body()), label, env.context(), loc(node.span()));
        }

        @Override
        public ExprNode visitFor(Expr.For node) {
            LoopLabel label = new LoopLabel();
            ExprNode iterable = expr(node.iterable());
            return new ControlNodes.For(Patterns.destructure(Compiler.this, node.pattern()), iterable,
                    loopBody(label, node.body()), label, env.context(), loc(node.iterable().span()));
        }

        @Override
        public ExprNode visitMatch(Expr.Match node) {
            return match(node);
        }

        @Override
        public ExprNode visitTry(Expr.Try node) {
            return new TryNode(block(node.body()),
                    node.catchName() == null ? null : binder(resolution.ref(node)),
                    node.catchBlock() == null ? null : block(node.catchBlock()),
                    node.finallyBlock() == null ? null : block(node.finallyBlock()));
        }

        @Override
        public ExprNode visitAssign(Expr.Assign node) {
            return assign(node, expr(node.value()), null, null);
        }

        @Override
        public ExprNode visitBreak(Expr.Break node) {
            return new ControlNodes.Break(loops.peek(), node.value() == null ? null : expr(node.value()));
        }

        @Override
        public ExprNode visitContinue(Expr.Continue node) {
            return new ControlNodes.Continue(loops.peek());
        }

        @Override
        public ExprNode visitReturn(Expr.Return node) {
            return new ControlNodes.Return(node.value() == null ? null : expr(node.value()));
        }

        @Override
        public ExprNode visitThrow(Expr.Throw node) {
            return new ControlNodes.Throw(expr(node.value()), loc(node.span()));
        }
    };

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
        Expr target = a.target();
        if (target instanceof Expr.Name n) {
            VarRef ref = resolution.ref(n);
            return op == null
                    ? new VariableNodes.Assign(binder(ref), value, at)
                    : new AccessNodes.CompoundAssign(read(ref, n.span()), binder(ref), op, value, at);
        } else if (target instanceof Expr.Index i) {
            return new AccessNodes.AssignIndex(
                    targetObject != null ? targetObject : expr(i.target()),
                    targetIndex != null ? targetIndex : expr(i.index()), op, value, at);
        } else if (target instanceof Expr.Field f) {
            return new AccessNodes.AssignField(
                    targetObject != null ? targetObject : expr(f.receiver()), f.name(), op, value, at);
        } else {
            throw new IllegalStateException("the resolver lets only names, indexes and fields be assigned");
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
            code.setBody(compiled, env.context());
            syncFunctions.add(new ProgramCompiler.SyncFunction(signature(name, params, false), code));
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

    /** Every sync function compiled so far, in source order, for {@code pollen states --jvm}. */
    final List<ProgramCompiler.SyncFunction> syncFunctions = new ArrayList<>();
}
