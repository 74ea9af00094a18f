package dev.pollen.interpreter.compile;

import dev.pollen.interpreter.ast.Block;
import dev.pollen.interpreter.ast.Expr;
import dev.pollen.interpreter.ast.Node;
import dev.pollen.interpreter.ast.Stmt;
import dev.pollen.interpreter.resolve.LocalVar;
import dev.pollen.interpreter.resolve.Resolution;
import dev.pollen.interpreter.resolve.VarRef;
import java.util.List;
import java.util.Set;

/**
 * Finds the locals of one function that a piece of syntax uses (including those a closure in it
 * captures), for the "keeps" column of {@code pollen states}. Children are visited in source order.
 */
final class NameUses implements Expr.Visitor<Void>, Stmt.Visitor<Void> {
    private final Resolution res;
    private final Set<LocalVar> out;

    private NameUses(Resolution res, Set<LocalVar> out) {
        this.res = res;
        this.out = out;
    }

    static void collect(Stmt s, Resolution res, Set<LocalVar> out) {
        s.accept(new NameUses(res, out));
    }

    static void collect(Expr e, Resolution res, Set<LocalVar> out) {
        e.accept(new NameUses(res, out));
    }

    // ---- walking ------------------------------------------------------------------------------

    private void expr(Expr e) {
        if (e != null) {
            e.accept(this);
        }
    }

    private void exprs(List<Expr> list) {
        list.forEach(this::expr);
    }

    private void block(Block b) {
        if (b != null) {
            b.statements().forEach(s -> s.accept(this));
            expr(b.tail());
        }
    }

    /** A nested function uses, from this one, exactly what it captures. */
    private Void captures(Node function) {
        res.function(function).captures().forEach(capture -> out.add(capture.outer()));
        return null;
    }

    // ---- statements ---------------------------------------------------------------------------

    @Override
    public Void visitLet(Stmt.Let node) {
        expr(node.init());
        return null;
    }

    @Override
    public Void visitExprStmt(Stmt.ExprStmt node) {
        expr(node.expr());
        return null;
    }

    @Override
    public Void visitFn(Stmt.Fn node) {
        return captures(node);
    }

    @Override
    public Void visitStruct(Stmt.Struct node) {
        return null;
    }

    @Override
    public Void visitImpl(Stmt.Impl node) {
        node.methods().forEach(this::visitFn);
        return null;
    }

    @Override
    public Void visitImport(Stmt.Import node) {
        return null;
    }

    // ---- expressions --------------------------------------------------------------------------

    @Override
    public Void visitLiteral(Expr.Literal node) {
        return null;
    }

    @Override
    public Void visitInterpolation(Expr.Interpolation node) {
        exprs(node.parts());
        return null;
    }

    @Override
    public Void visitName(Expr.Name node) {
        if (res.ref(node) instanceof VarRef.Local l) {
            out.add(l.var());
        }
        return null;
    }

    @Override
    public Void visitListLit(Expr.ListLit node) {
        exprs(node.items());
        return null;
    }

    @Override
    public Void visitMapLit(Expr.MapLit node) {
        for (Expr.MapEntry entry : node.entries()) {
            expr(entry.key());
            expr(entry.value());
        }
        return null;
    }

    @Override
    public Void visitRange(Expr.Range node) {
        expr(node.start());
        expr(node.end());
        return null;
    }

    @Override
    public Void visitUnary(Expr.Unary node) {
        expr(node.operand());
        return null;
    }

    @Override
    public Void visitBinary(Expr.Binary node) {
        expr(node.left());
        expr(node.right());
        return null;
    }

    @Override
    public Void visitLogical(Expr.Logical node) {
        expr(node.left());
        expr(node.right());
        return null;
    }

    @Override
    public Void visitCall(Expr.Call node) {
        expr(node.callee());
        exprs(node.args());
        return null;
    }

    @Override
    public Void visitMethodCall(Expr.MethodCall node) {
        expr(node.receiver());
        exprs(node.args());
        return null;
    }

    @Override
    public Void visitField(Expr.Field node) {
        expr(node.receiver());
        return null;
    }

    @Override
    public Void visitIndex(Expr.Index node) {
        expr(node.target());
        expr(node.index());
        return null;
    }

    @Override
    public Void visitAwait(Expr.Await node) {
        expr(node.operand());
        return null;
    }

    @Override
    public Void visitLambda(Expr.Lambda node) {
        return captures(node);
    }

    @Override
    public Void visitAsyncBlock(Expr.AsyncBlock node) {
        return captures(node);
    }

    @Override
    public Void visitBlockExpr(Expr.BlockExpr node) {
        block(node.block());
        return null;
    }

    @Override
    public Void visitIf(Expr.If node) {
        expr(node.condition());
        block(node.then());
        expr(node.elseBranch());
        return null;
    }

    @Override
    public Void visitWhile(Expr.While node) {
        expr(node.condition());
        block(node.body());
        return null;
    }

    @Override
    public Void visitLoop(Expr.Loop node) {
        block(node.body());
        return null;
    }

    @Override
    public Void visitFor(Expr.For node) {
        expr(node.iterable());
        block(node.body());
        return null;
    }

    @Override
    public Void visitMatch(Expr.Match node) {
        expr(node.scrutinee());
        for (Expr.MatchArm arm : node.arms()) {
            expr(arm.guard());
            expr(arm.body());
        }
        return null;
    }

    @Override
    public Void visitTry(Expr.Try node) {
        block(node.body());
        block(node.catchBlock());
        block(node.finallyBlock());
        return null;
    }

    @Override
    public Void visitAssign(Expr.Assign node) {
        expr(node.target());
        expr(node.value());
        return null;
    }

    @Override
    public Void visitBreak(Expr.Break node) {
        expr(node.value());
        return null;
    }

    @Override
    public Void visitContinue(Expr.Continue node) {
        return null;
    }

    @Override
    public Void visitReturn(Expr.Return node) {
        expr(node.value());
        return null;
    }

    @Override
    public Void visitThrow(Expr.Throw node) {
        expr(node.value());
        return null;
    }
}
