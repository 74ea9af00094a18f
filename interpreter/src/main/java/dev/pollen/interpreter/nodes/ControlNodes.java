package dev.pollen.interpreter.nodes;

import dev.pollen.runtime.value.Location;
import dev.pollen.runtime.value.PRange;
import dev.pollen.runtime.value.PollenException;
import dev.pollen.runtime.value.Values;
import java.util.Iterator;

/** Blocks, conditionals, loops and the jumps out of them, for synchronous code. */
public final class ControlNodes {
    private ControlNodes() {}

    /**
     * Runs one iteration of a loop body; returns the {@code break} of this loop that ended it,
     * or null. Signals meant for an outer loop pass through.
     */
    static ControlSignal.Break iterate(LoopBody body, LoopLabel label, Frame frame) {
        try {
            body.run(frame);
            return null;
        } catch (ControlSignal.Break b) {
            if (b.target != label) {
                throw b;
            }
            return b;
        } catch (ControlSignal.Continue c) {
            if (c.target != label) {
                throw c;
            }
            return null;
        }
    }

    /** The iterator a {@code for} walks; a value that cannot be iterated is an error at {@code at}. */
    public static Iterator<Object> iterator(Object over, Location at) {
        try {
            return Values.iterate(over);
        } catch (PollenException e) {
            throw e.locateIfAbsent(at);
        }
    }

    /** {@code { s1; s2; tail }}: the value of the tail, or nil. */
    public static final class Block extends ExprNode {
        private final ExprNode[] statements;
        private final ExprNode tail;

        public ExprNode[] statements() {
            return statements;
        }

        public ExprNode tail() {
            return tail;
        }

        public Block(ExprNode[] statements, ExprNode tail) {
            this.statements = statements;
            this.tail = tail;
        }

        @Override
        public void slotUses(SlotUses uses) {
            uses.of(statements);
            uses.of(tail);
        }

        @Override
        public Object execute(Frame frame) {
            for (ExprNode s : statements) {
                s.execute(frame);
            }
            return tail == null ? null : tail.execute(frame);
        }
    }

    /**
     * A statement (or the REPL's final expression): runs its node and gives its value; an error
     * nobody located is placed at the statement.
     */
    public static final class Statement extends ExprNode {
        private final ExprNode node;
        private final Location location;

        public ExprNode node() {
            return node;
        }

        public Location location() {
            return location;
        }

        public Statement(ExprNode node, Location location) {
            this.node = node;
            this.location = location;
        }

        @Override
        public void slotUses(SlotUses uses) {
            uses.of(node);
        }

        @Override
        public Object execute(Frame frame) {
            try {
                return node.execute(frame);
            } catch (PollenException e) {
                throw e.locateIfAbsent(location);
            }
        }
    }

    public static final class If extends ExprNode {
        private final ExprNode condition;
        private final ExprNode then;
        private final ExprNode otherwise;

        public ExprNode condition() {
            return condition;
        }

        public ExprNode then() {
            return then;
        }

        public ExprNode otherwise() {
            return otherwise;
        }

        public If(ExprNode condition, ExprNode then, ExprNode otherwise) {
            this.condition = condition;
            this.then = then;
            this.otherwise = otherwise;
        }

        @Override
        public void slotUses(SlotUses uses) {
            uses.of(condition);
            uses.maybe(() -> uses.of(then));
            uses.maybe(() -> uses.of(otherwise));
        }

        @Override
        public Object execute(Frame frame) {
            if (Values.isTruthy(condition.execute(frame))) {
                return then.execute(frame);
            }
            return otherwise == null ? null : otherwise.execute(frame);
        }
    }

    public static final class While extends ExprNode {
        private final ExprNode condition;
        private final ExprNode body;
        private final LoopBody run;
        private final LoopLabel label;
        private final RunContext context;
        private final Location location;

        public ExprNode condition() {
            return condition;
        }

        public ExprNode body() {
            return body;
        }

        public LoopLabel label() {
            return label;
        }

        public RunContext context() {
            return context;
        }

        public Location location() {
            return location;
        }

        public While(ExprNode condition, ExprNode body, LoopLabel label, RunContext context, Location location) {
            this.condition = condition;
            this.body = body;
            this.run = new LoopBody(body, context);
            this.label = label;
            this.context = context;
            this.location = location;
        }

        @Override
        public void slotUses(SlotUses uses) {
            uses.of(condition);
            uses.maybe(() -> {
                uses.of(body);
                uses.of(condition);
            });
        }

        @Override
        public Object execute(Frame frame) {
            while (Values.isTruthy(condition.execute(frame))) {
                context.tick(location);
                ControlSignal.Break broke = iterate(run, label, frame);
                if (broke != null) {
                    return broke.value;
                }
            }
            return null;
        }
    }

    /** {@code loop { }}: runs until a {@code break}, whose value is the loop's value. */
    public static final class Loop extends ExprNode {
        private final ExprNode body;
        private final LoopBody run;
        private final LoopLabel label;
        private final RunContext context;
        private final Location location;

        public ExprNode body() {
            return body;
        }

        public LoopLabel label() {
            return label;
        }

        public RunContext context() {
            return context;
        }

        public Location location() {
            return location;
        }

        public Loop(ExprNode body, LoopLabel label, RunContext context, Location location) {
            this.body = body;
            this.run = new LoopBody(body, context);
            this.label = label;
            this.context = context;
            this.location = location;
        }

        @Override
        public void slotUses(SlotUses uses) {
            uses.maybe(() -> uses.of(body));
        }

        @Override
        public Object execute(Frame frame) {
            while (true) {
                context.tick(location);
                ControlSignal.Break broke = iterate(run, label, frame);
                if (broke != null) {
                    return broke.value;
                }
            }
        }
    }

    /** {@code for pattern in iterable { }}; ranges are walked without an iterator. */
    public static final class For extends ExprNode {
        private final PatternNodes.Destructure binder;
        private final ExprNode iterable;
        private final ExprNode body;
        private final LoopBody run;
        private final LoopLabel label;
        private final RunContext context;
        private final Location location;

        public PatternNodes.Destructure binder() {
            return binder;
        }

        public ExprNode iterable() {
            return iterable;
        }

        public ExprNode body() {
            return body;
        }

        public LoopLabel label() {
            return label;
        }

        public RunContext context() {
            return context;
        }

        public Location location() {
            return location;
        }

        public For(PatternNodes.Destructure binder, ExprNode iterable, ExprNode body, LoopLabel label,
                   RunContext context, Location location) {
            this.binder = binder;
            this.iterable = iterable;
            this.body = body;
            this.run = new LoopBody(body, context);
            this.label = label;
            this.context = context;
            this.location = location;
        }

        @Override
        public void slotUses(SlotUses uses) {
            uses.of(iterable);
            uses.maybe(() -> {
                binder.slotUses(uses);
                uses.of(body);
            });
        }

        @Override
        public Object execute(Frame frame) {
            Object over = iterable.execute(frame);
            if (over instanceof PRange r) {
                long end = r.inclusive() ? r.end() : r.end() - 1;
                for (long i = r.start(); i <= end; i++) {
                    if (runBody(frame, i)) {
                        break;
                    }
                    if (i == Long.MAX_VALUE) {
                        break;
                    }
                }
                return null;
            }
            Iterator<Object> it = iterator(over, location);
            while (it.hasNext()) {
                if (runBody(frame, it.next())) {
                    break;
                }
            }
            return null;
        }

        /** Runs one iteration; returns true when the loop was broken out of. */
        private boolean runBody(Frame frame, Object item) {
            context.tick(location);
            binder.bind(frame, item);
            return iterate(run, label, frame) != null;
        }
    }

    public static final class Break extends ExprNode {
        private final LoopLabel target;
        private final ExprNode value;

        public LoopLabel target() {
            return target;
        }

        public ExprNode value() {
            return value;
        }

        public Break(LoopLabel target, ExprNode value) {
            this.target = target;
            this.value = value;
        }

        @Override
        public void slotUses(SlotUses uses) {
            uses.of(value);
            uses.breakTo(target);
        }

        @Override
        public Object execute(Frame frame) {
            throw new ControlSignal.Break(target, value == null ? null : value.execute(frame));
        }
    }

    public static final class Continue extends ExprNode {
        private final LoopLabel target;

        public LoopLabel target() {
            return target;
        }

        public Continue(LoopLabel target) {
            this.target = target;
        }

        @Override
        public void slotUses(SlotUses uses) {
            uses.continueTo(target);
        }

        @Override
        public Object execute(Frame frame) {
            throw target.continueSignal;
        }
    }

    public static final class Return extends ExprNode {
        private final ExprNode value;

        public ExprNode value() {
            return value;
        }

        public Return(ExprNode value) {
            this.value = value;
        }

        @Override
        public void slotUses(SlotUses uses) {
            uses.of(value);
            uses.returnFromFunction();
        }

        @Override
        public Object execute(Frame frame) {
            throw new ControlSignal.Return(value == null ? null : value.execute(frame));
        }
    }

    /** {@code throw v}: any value may be thrown; the error is located at the throw. */
    public static final class Throw extends ExprNode {
        private final ExprNode value;
        private final Location location;

        public Throw(ExprNode value, Location location) {
            this.value = value;
            this.location = location;
        }

        @Override
        public void slotUses(SlotUses uses) {
            uses.of(value);
        }

        @Override
        public Object execute(Frame frame) {
            throw error(value.execute(frame));
        }

        public ExprNode value() {
            return value;
        }

        /** The exception that throws {@code thrown}, placed here. */
        public PollenException error(Object thrown) {
            return new PollenException(thrown).locateIfAbsent(location);
        }
    }
}
