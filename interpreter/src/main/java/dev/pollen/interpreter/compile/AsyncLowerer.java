package dev.pollen.interpreter.compile;

import dev.pollen.interpreter.ast.Block;
import dev.pollen.interpreter.ast.Expr;
import dev.pollen.interpreter.ast.Node;
import dev.pollen.interpreter.diagnostics.Span;
import dev.pollen.interpreter.ast.Stmt;
import dev.pollen.interpreter.lower.AsyncCode;
import dev.pollen.interpreter.lower.MachineTier;
import dev.pollen.interpreter.lower.BasicBlock;
import dev.pollen.interpreter.lower.Liveness;
import dev.pollen.interpreter.lower.LoweringNodes;
import dev.pollen.interpreter.lower.Terminator;
import dev.pollen.interpreter.lower.TryRegion;
import dev.pollen.interpreter.nodes.AccessNodes;
import dev.pollen.interpreter.nodes.BinaryNode;
import dev.pollen.interpreter.nodes.CallNodes;
import dev.pollen.interpreter.nodes.ControlNodes;
import dev.pollen.interpreter.nodes.ExprNode;
import dev.pollen.interpreter.nodes.LogicNodes;
import dev.pollen.interpreter.nodes.LoopLabel;
import dev.pollen.interpreter.nodes.PatternNodes;
import dev.pollen.interpreter.nodes.ValueNodes;
import dev.pollen.interpreter.nodes.VariableNodes;
import dev.pollen.interpreter.resolve.FunctionInfo;
import dev.pollen.interpreter.resolve.LocalVar;
import dev.pollen.interpreter.resolve.Resolution;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * Lowers one async body into basic blocks (ARCHITECTURE: "the lowering of async functions").
 * Code without an {@code .await} is compiled as usual and copied into the current block; an
 * expression with an await is taken apart so that each await ends a block: operands to its left
 * are evaluated into temporaries first (evaluation order is kept), the await becomes the block's
 * terminator, and the code after it starts the block the state machine resumes at. Conditionals,
 * loops, matches and trys that contain awaits become branches between blocks, and each block
 * records the try region it lies in.
 */
final class AsyncLowerer {
    private final Compiler c;
    private final Resolution res;
    private final FunctionInfo info;
    private final String futureName;
    private final String traceName;
    private final String signature;
    private final List<Builder> blocks = new ArrayList<>();
    private final Set<ExprNode> temps = Collections.newSetFromMap(new IdentityHashMap<>());
    private Builder current;
    private TryRegion region;

    AsyncLowerer(Compiler c, FunctionInfo info, String futureName, String traceName, String signature) {
        this.c = c;
        this.res = c.resolution;
        this.info = info;
        this.futureName = futureName;
        this.traceName = traceName;
        this.signature = signature;
    }

    /** A block under construction. */
    private final class Builder {
        final int index;
        final TryRegion region;
        final List<ExprNode> body = new ArrayList<>();
        final Set<LocalVar> uses = new java.util.LinkedHashSet<>();
        Terminator terminator;
        int firstLine;
        int lastLine;

        Builder(TryRegion region) {
            this.index = blocks.size();
            this.region = region;
            blocks.add(this);
        }

        void lines(Span span) {
            if (span.line() <= 0) {
                return;
            }
            firstLine = firstLine == 0 ? span.line() : Math.min(firstLine, span.line());
            lastLine = Math.max(lastLine, span.endLine());
        }
    }

    // ---- entry points -------------------------------------------------------------------------

    AsyncCode lowerBody(Block body) {
        current = new Builder(null);
        ExprNode tail = lowerBlock(body);
        terminate(new Terminator.Return(tail));
        return build();
    }

    /**
     * Lowers a file's top level: {@code prelude} defines its fns and structs, then its imports
     * run in order, then the rest. With {@code keepTail}, a final unterminated expression is the
     * body's value (the REPL shows it).
     */
    AsyncCode lowerProgram(List<ExprNode> prelude, List<Stmt> statements, boolean keepTail) {
        current = new Builder(null);
        prelude.forEach(this::emit);
        for (Stmt s : statements) {
            if (s instanceof Stmt.Import imp) {
                lowerImport(imp);
            }
        }
        ExprNode tail = null;
        for (int i = 0; i < statements.size(); i++) {
            Stmt s = statements.get(i);
            if (s instanceof Stmt.Import || s instanceof Stmt.Fn || s instanceof Stmt.Struct || s instanceof Stmt.Impl) {
                continue;
            }
            if (keepTail && i == statements.size() - 1 && s instanceof Stmt.ExprStmt es && !es.terminated()) {
                current.lines(es.span());
                tail = new ControlNodes.Statement(lowerExpr(es.expr()), c.loc(es.span()));
            } else {
                lowerStatement(s);
            }
        }
        terminate(new Terminator.Return(tail));
        return build();
    }

    private AsyncCode build() {
        List<BasicBlock> built = new ArrayList<>(blocks.size());
        for (Builder b : blocks) {
            Terminator t = b.terminator != null ? b.terminator : new Terminator.Return(null);
            int[] used = b.uses.stream().mapToInt(LocalVar::slot).toArray();
            built.add(new BasicBlock(b.index, b.body.toArray(new ExprNode[0]), t, b.region, b.firstLine, b.lastLine,
                    used));
        }
        List<String> names = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        for (LocalVar v : info.locals()) {
            names.add(v.name());
            lines.add(v.declaredAt() == null ? 0 : v.declaredAt().line());
        }
        AsyncCode code = new AsyncCode(futureName, traceName, signature, List.copyOf(built), List.copyOf(names),
                List.copyOf(lines), new MachineTier(c.env.context()));
        Liveness.markDropped(code);
        return code;
    }

    // ---- plumbing -----------------------------------------------------------------------------

    private void emit(ExprNode node) {
        current.body.add(node);
    }

    private void terminate(Terminator t) {
        current.terminator = t;
    }

    /** Ends the current block with {@code t} and continues in a fresh block (unreachable code). */
    private void terminateAndContinue(Terminator t) {
        terminate(t);
        current = new Builder(region);
    }

    private Builder newBlock() {
        return new Builder(region);
    }

    private ExprNode temp(int slot) {
        ExprNode read = new VariableNodes.ReadLocal(slot);
        temps.add(read);
        return read;
    }

    /**
     * Evaluates {@code node} now into a temporary, unless it is a constant or a temporary;
     * {@code what} names the value for {@code pollen states}, e.g. "the left operand at 4:9".
     */
    private ExprNode spill(ExprNode node, String what) {
        if (node instanceof ValueNodes.Literal || temps.contains(node)) {
            return node;
        }
        int slot = info.newTemp(what);
        emit(new LoweringNodes.SetTemp(slot, node));
        return temp(slot);
    }

    private ExprNode awaitValue(ExprNode future, Span at, String source) {
        int slot = info.newTemp("the result of .await at " + at(at));
        current.lines(at);
        Builder resume = newBlock();
        terminate(new Terminator.Await(future, slot, resume.index, c.loc(at), source));
        current = resume;
        return temp(slot);
    }

    /** "L:C", where a temporary's value comes from. */
    private static String at(Span span) {
        return span.line() + ":" + span.column();
    }

    /**
     * Lowers operands left to right so that those before the last one containing an await are
     * evaluated before it runs: their values go into temporaries, named {@code role(i)} + " at L:C".
     */
    private ExprNode[] operands(List<Expr> exprs, java.util.function.IntFunction<String> role) {
        int last = -1;
        for (int i = 0; i < exprs.size(); i++) {
            if (res.containsAwait(exprs.get(i))) {
                last = i;
            }
        }
        ExprNode[] out = new ExprNode[exprs.size()];
        for (int i = 0; i < out.length; i++) {
            Expr e = exprs.get(i);
            if (i < last) {
                out[i] = spill(lowerExpr(e), role.apply(i) + " at " + at(e.span()));
            } else if (i == last) {
                out[i] = lowerExpr(e);
            } else {
                out[i] = c.expr(e);
            }
        }
        return out;
    }

    private static List<Expr> concat(Expr first, List<Expr> rest) {
        List<Expr> all = new ArrayList<>(rest.size() + 1);
        all.add(first);
        all.addAll(rest);
        return all;
    }

    // ---- statements and blocks ----------------------------------------------------------------

    private ExprNode lowerBlock(Block b) {
        if (!res.containsAwait(b)) {
            return c.block(b);
        }
        c.hoistedFunctions(b.statements()).forEach(this::emit);
        for (Stmt s : b.statements()) {
            if (!(s instanceof Stmt.Fn)) {
                lowerStatement(s);
            }
        }
        return b.tail() == null ? null : lowerExpr(b.tail());
    }

    private void lowerStatement(Stmt s) {
        current.lines(s.span());
        if (!res.containsAwait(s)) {
            NameUses.collect(s, res, current.uses);
            emit(c.statement(s));
            return;
        }
        s.accept(statementsWithAwait);
    }

    /** Takes apart a statement that contains an await of this body. */
    private final Stmt.Visitor<Void> statementsWithAwait = new Stmt.Visitor<>() {
        @Override
        public Void visitLet(Stmt.Let node) {
            ExprNode value = lowerExpr(node.init());
            emit(new ControlNodes.Statement(new PatternNodes.Let(Patterns.destructure(c, node.pattern()), value),
                    c.loc(node.span())));
            return null;
        }

        @Override
        public Void visitExprStmt(Stmt.ExprStmt node) {
            ExprNode value = lowerExpr(node.expr());
            if (value != null && !value.isPure()) {
                emit(new ControlNodes.Statement(value, c.loc(node.span())));
            }
            return null;
        }

        @Override
        public Void visitImport(Stmt.Import node) {
            lowerImport(node);
            return null;
        }

        @Override
        public Void visitFn(Stmt.Fn node) {
            return noAwaitIn(node);
        }

        @Override
        public Void visitStruct(Stmt.Struct node) {
            return noAwaitIn(node);
        }

        @Override
        public Void visitImpl(Stmt.Impl node) {
            return noAwaitIn(node);
        }
    };

    private void lowerImport(Stmt.Import imp) {
        ExprNode load = new ImportModule(c.env, imp.path());
        ExprNode module = awaitValue(load, imp.span(), "import \"" + imp.path() + "\"");
        VariableNodes.Binder alias = new VariableNodes.GlobalBinder(c.env.globals().cell(imp.alias()));
        emit(new PatternNodes.Let(new PatternNodes.BindTo(alias), module));
    }

    // ---- expressions --------------------------------------------------------------------------

    private ExprNode lowerExpr(Expr e) {
        if (e == null) {
            return null;
        }
        if (!res.containsAwait(e)) {
            NameUses.collect(e, res, current.uses);
            current.lines(e.span());
            return c.expr(e);
        }
        return e.accept(expressionsWithAwait);
    }

    /** An await cannot occur directly in {@code node} (a nested function's awaits are its own). */
    private static <T> T noAwaitIn(Node node) {
        throw new IllegalStateException("no await can occur directly in " + node);
    }

    /** Takes apart an expression that contains an await of this body. */
    private final Expr.Visitor<ExprNode> expressionsWithAwait = new Expr.Visitor<>() {
        @Override
        public ExprNode visitAwait(Expr.Await node) {
            return awaitValue(lowerExpr(node.operand()), node.span(), c.text(node.span()));
        }

        @Override
        public ExprNode visitInterpolation(Expr.Interpolation node) {
            return new ValueNodes.Interpolation(operands(node.parts(), n -> "part " + (n + 1) + " of the string"));
        }

        @Override
        public ExprNode visitListLit(Expr.ListLit node) {
            return new ValueNodes.ListLit(operands(node.items(), n -> "item " + n + " of the list"));
        }

        @Override
        public ExprNode visitMapLit(Expr.MapLit node) {
            return mapLiteral(node);
        }

        @Override
        public ExprNode visitRange(Expr.Range node) {
            ExprNode[] ops = operands(List.of(node.start(), node.end()), n -> "the start of the range");
            return new ValueNodes.Range(ops[0], ops[1], node.inclusive(), c.loc(node.span()));
        }

        @Override
        public ExprNode visitUnary(Expr.Unary node) {
            return node.op().equals("!")
                    ? new LogicNodes.Not(lowerExpr(node.operand()))
                    : new LogicNodes.Negate(lowerExpr(node.operand()), c.loc(node.span()));
        }

        @Override
        public ExprNode visitBinary(Expr.Binary node) {
            ExprNode[] ops = operands(List.of(node.left(), node.right()), n -> "the left operand");
            return BinaryNode.create(node.op(), ops[0], ops[1], c.loc(node.span()));
        }

        @Override
        public ExprNode visitLogical(Expr.Logical node) {
            return logical(node);
        }

        @Override
        public ExprNode visitCall(Expr.Call node) {
            ExprNode[] ops = operands(concat(node.callee(), node.args()),
                    n -> n == 0 ? "the function called" : "argument " + n + " of the call");
            return new CallNodes.Call(ops[0], rest(ops), c.loc(node.span()), c.env.context());
        }

        @Override
        public ExprNode visitMethodCall(Expr.MethodCall node) {
            ExprNode[] ops = operands(concat(node.receiver(), node.args()),
                    n -> n == 0 ? "the receiver of ." + node.name() : "argument " + n + " of ." + node.name());
            return new CallNodes.MethodCall(ops[0], node.name(), rest(ops), c.loc(node.span()), c.env.context());
        }

        @Override
        public ExprNode visitField(Expr.Field node) {
            return new AccessNodes.Field(lowerExpr(node.receiver()), node.name(), c.loc(node.span()));
        }

        @Override
        public ExprNode visitIndex(Expr.Index node) {
            ExprNode[] ops = operands(List.of(node.target(), node.index()), n -> "the indexed value");
            return new AccessNodes.Index(ops[0], ops[1], c.loc(node.span()));
        }

        @Override
        public ExprNode visitBlockExpr(Expr.BlockExpr node) {
            return lowerBlock(node.block());
        }

        @Override
        public ExprNode visitIf(Expr.If node) {
            return ifExpr(node);
        }

        @Override
        public ExprNode visitWhile(Expr.While node) {
            return loop(node.condition(), node.body(), node.span());
        }

        @Override
        public ExprNode visitLoop(Expr.Loop node) {
            return loop(null, node.body(), node.span());
        }

        @Override
        public ExprNode visitFor(Expr.For node) {
            return forLoop(node);
        }

        @Override
        public ExprNode visitMatch(Expr.Match node) {
            return match(node);
        }

        @Override
        public ExprNode visitTry(Expr.Try node) {
            return tryExpr(node);
        }

        @Override
        public ExprNode visitAssign(Expr.Assign node) {
            return assign(node);
        }

        @Override
        public ExprNode visitBreak(Expr.Break node) {
            ExprNode value = lowerExpr(node.value());
            terminateAndContinue(new Terminator.Jump(c.loops.peek(), true, value));
            return new ValueNodes.Literal(null);
        }

        @Override
        public ExprNode visitReturn(Expr.Return node) {
            ExprNode value = lowerExpr(node.value());
            terminateAndContinue(new Terminator.Return(value));
            return new ValueNodes.Literal(null);
        }

        @Override
        public ExprNode visitThrow(Expr.Throw node) {
            ExprNode value = lowerExpr(node.value());
            terminateAndContinue(new Terminator.Throw(value, c.loc(node.span())));
            return new ValueNodes.Literal(null);
        }

        @Override
        public ExprNode visitLiteral(Expr.Literal node) {
            return noAwaitIn(node);
        }

        @Override
        public ExprNode visitName(Expr.Name node) {
            return noAwaitIn(node);
        }

        @Override
        public ExprNode visitLambda(Expr.Lambda node) {
            return noAwaitIn(node);
        }

        @Override
        public ExprNode visitAsyncBlock(Expr.AsyncBlock node) {
            return noAwaitIn(node);
        }

        @Override
        public ExprNode visitContinue(Expr.Continue node) {
            return noAwaitIn(node);
        }
    };

    private static ExprNode[] rest(ExprNode[] ops) {
        ExprNode[] out = new ExprNode[ops.length - 1];
        System.arraycopy(ops, 1, out, 0, out.length);
        return out;
    }

    private ExprNode mapLiteral(Expr.MapLit m) {
        List<Expr> flat = new ArrayList<>();
        for (Expr.MapEntry entry : m.entries()) {
            flat.add(entry.key());
            flat.add(entry.value());
        }
        ExprNode[] ops = operands(flat, n -> (n % 2 == 0 ? "key " : "value ") + n / 2 + " of the map");
        ExprNode[] keys = new ExprNode[ops.length / 2];
        ExprNode[] values = new ExprNode[ops.length / 2];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = ops[2 * i];
            values[i] = ops[2 * i + 1];
        }
        return new ValueNodes.MapLit(keys, values, c.loc(m.span()));
    }

    private ExprNode logical(Expr.Logical l) {
        String op = l.and() ? "&&" : "||";
        ExprNode left = spill(lowerExpr(l.left()), "the left operand of " + op + " at " + at(l.left().span()));
        if (!res.containsAwait(l.right())) {
            ExprNode right = c.expr(l.right());
            return l.and() ? new LogicNodes.And(left, right) : new LogicNodes.Or(left, right);
        }
        int slot = info.newTemp("the value of " + op + " at " + at(l.span()));
        emit(new LoweringNodes.SetTemp(slot, left));
        Builder right = newBlock();
        Builder join = newBlock();
        terminate(l.and() ? new Terminator.Branch(left, right.index, join.index)
                : new Terminator.Branch(left, join.index, right.index));
        current = right;
        emit(new LoweringNodes.SetTemp(slot, lowerExpr(l.right())));
        terminate(new Terminator.Goto(join.index));
        current = join;
        return temp(slot);
    }

    private ExprNode ifExpr(Expr.If i) {
        ExprNode cond = lowerExpr(i.condition());
        int slot = info.newTemp("the value of if at " + at(i.span()));
        Builder then = newBlock();
        Builder otherwise = newBlock();
        Builder join = newBlock();
        terminate(new Terminator.Branch(cond, then.index, otherwise.index));
        current = then;
        emit(new LoweringNodes.SetTemp(slot, lowerBlock(i.then())));
        terminate(new Terminator.Goto(join.index));
        current = otherwise;
        emit(new LoweringNodes.SetTemp(slot, lowerExpr(i.elseBranch())));
        terminate(new Terminator.Goto(join.index));
        current = join;
        return temp(slot);
    }

    /** {@code while cond { }} (or {@code loop { }} when cond is null). */
    private ExprNode loop(Expr condition, Block body, Span at) {
        LoopLabel label = new LoopLabel();
        label.resultSlot = info.newTemp("the value of the loop at " + at(at));
        emit(new LoweringNodes.SetTemp(label.resultSlot, null));
        Builder head = newBlock();
        Builder bodyStart = condition == null ? head : newBlock();
        Builder exit = newBlock();
        label.breakBlock = exit.index;
        label.continueBlock = head.index;
        terminate(new Terminator.Goto(head.index));
        current = head;
        emit(new LoweringNodes.Tick(c.env.context(), c.loc(at)));
        if (condition != null) {
            terminate(new Terminator.Branch(lowerExpr(condition), bodyStart.index, exit.index));
            current = bodyStart;
        }
        loopBody(label, body);
        current = exit;
        return temp(label.resultSlot);
    }

    private void loopBody(LoopLabel label, Block body) {
        c.loops.push(label);
        try {
            ExprNode tail = lowerBlock(body);
            if (tail != null && !tail.isPure()) {
                emit(tail);
            }
        } finally {
            c.loops.pop();
        }
        terminate(new Terminator.Goto(label.continueBlock));
    }

    private ExprNode forLoop(Expr.For f) {
        ExprNode iterable = lowerExpr(f.iterable());
        int it = info.newTemp("the iterator of for at " + at(f.span()));
        emit(new LoweringNodes.SetTemp(it, new LoweringNodes.IterStart(iterable, c.loc(f.iterable().span()))));
        LoopLabel label = new LoopLabel();
        Builder head = newBlock();
        Builder bodyStart = newBlock();
        Builder exit = newBlock();
        label.breakBlock = exit.index;
        label.continueBlock = head.index;
        terminate(new Terminator.Goto(head.index));
        current = head;
        emit(new LoweringNodes.Tick(c.env.context(), c.loc(f.span())));
        terminate(new Terminator.Branch(new LoweringNodes.HasNext(it), bodyStart.index, exit.index));
        current = bodyStart;
        emit(new LoweringNodes.BindNext(Patterns.destructure(c, f.pattern()), it));
        loopBody(label, f.body());
        current = exit;
        return new ValueNodes.Literal(null);
    }

    private ExprNode match(Expr.Match m) {
        ExprNode scrutinee = spill(lowerExpr(m.scrutinee()), "the value matched at " + at(m.scrutinee().span()));
        int result = info.newTemp("the value of match at " + at(m.span()));
        Builder join = newBlock();
        for (Expr.MatchArm arm : m.arms()) {
            PatternNodes.Matcher pattern = Patterns.matcher(c, arm.pattern());
            Builder body = newBlock();
            Builder next = newBlock();
            if (arm.guard() == null || !res.containsAwait(arm.guard())) {
                ExprNode guard = arm.guard() == null ? null : c.expr(arm.guard());
                terminate(new Terminator.Branch(new LoweringNodes.MatchTest(pattern, scrutinee, guard),
                        body.index, next.index));
            } else {
                Builder guardBlock = newBlock();
                terminate(new Terminator.Branch(new LoweringNodes.MatchTest(pattern, scrutinee, null),
                        guardBlock.index, next.index));
                current = guardBlock;
                terminate(new Terminator.Branch(lowerExpr(arm.guard()), body.index, next.index));
            }
            current = body;
            current.lines(arm.span());
            emit(new LoweringNodes.SetTemp(result, lowerExpr(arm.body())));
            terminate(new Terminator.Goto(join.index));
            current = next;
        }
        terminate(new Terminator.Throw(new LoweringNodes.NoArmMatched(scrutinee), c.loc(m.span())));
        current = join;
        return temp(result);
    }

    private ExprNode tryExpr(Expr.Try t) {
        TryRegion outer = region;
        boolean hasCatch = t.catchBlock() != null;
        boolean hasFinally = t.finallyBlock() != null;
        int result = info.newTemp("the value of try at " + at(t.span()));
        int completion = hasFinally ? info.newTemp("how the try at " + at(t.span()) + " left for its finally") : -1;
        int caught = hasCatch ? info.newTemp("the error caught at " + at(t.span())) : -1;
        Builder finallyBlock = hasFinally ? new Builder(outer) : null;
        TryRegion catchRegion = hasFinally ? new TryRegion(-1, finallyBlock.index, -1, completion, outer) : outer;
        Builder handler = hasCatch ? new Builder(catchRegion) : null;
        TryRegion tryRegion = new TryRegion(hasCatch ? handler.index : -1,
                hasFinally ? finallyBlock.index : -1, caught, completion, outer);
        Builder after = new Builder(outer);
        Builder bodyStart = new Builder(tryRegion);
        terminate(new Terminator.Goto(bodyStart.index));

        region = tryRegion;
        current = bodyStart;
        emit(new LoweringNodes.SetTemp(result, lowerBlock(t.body())));
        terminate(leave(finallyBlock, completion, after));

        if (hasCatch) {
            region = catchRegion;
            current = handler;
            if (t.catchName() != null) {
                emit(new PatternNodes.Let(new PatternNodes.BindTo(c.binder(res.ref(t))), temp(caught)));
            }
            emit(new LoweringNodes.SetTemp(result, lowerBlock(t.catchBlock())));
            terminate(leave(finallyBlock, completion, after));
        }
        if (hasFinally) {
            region = outer;
            current = finallyBlock;
            ExprNode tail = lowerBlock(t.finallyBlock());
            if (tail != null && !tail.isPure()) {
                emit(tail);
            }
            terminate(new Terminator.EndFinally(completion, after.index));
        }
        region = outer;
        current = after;
        return temp(result);
    }

    private static Terminator leave(Builder finallyBlock, int completion, Builder after) {
        return finallyBlock != null
                ? new Terminator.EnterFinally(completion, finallyBlock.index)
                : new Terminator.Goto(after.index);
    }

    private ExprNode assign(Expr.Assign a) {
        Expr target = a.target();
        if (target instanceof Expr.Index i) {
            ExprNode[] ops = operands(List.of(i.target(), i.index(), a.value()),
                    n -> n == 0 ? "the indexed value" : "the index");
            return c.assign(a, ops[2], ops[0], ops[1]);
        } else if (target instanceof Expr.Field f) {
            ExprNode[] ops = operands(List.of(f.receiver(), a.value()), n -> "the receiver of ." + f.name());
            return c.assign(a, ops[1], ops[0], null);
        } else {
            return c.assign(a, lowerExpr(a.value()), null, null);
        }
    }
}
