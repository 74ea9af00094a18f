package dev.pollen.interpreter.nodes;

import dev.pollen.runtime.value.BuiltinMethod;
import dev.pollen.runtime.value.Callable;
import dev.pollen.runtime.value.ErrorKind;
import dev.pollen.runtime.value.Location;
import dev.pollen.runtime.value.ModuleValue;
import dev.pollen.runtime.value.PollenException;
import dev.pollen.runtime.value.StructInstance;
import dev.pollen.runtime.value.StructType;
import dev.pollen.runtime.value.Values;
import dev.pollen.stdlib.Methods;

/** Calls: of a function value, and of a method of a value. */
public final class CallNodes {
    /** The arguments of every call without any: nothing can be stored in it, so one serves. */
    public static final Object[] NO_VALUES = new Object[0];

    private CallNodes() {}

    public static Object[] evaluate(ExprNode[] args, Frame frame) {
        if (args.length == 0) {
            return NO_VALUES;
        }
        Object[] values = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            values[i] = args[i].execute(frame);
        }
        return values;
    }

    /**
     * Calls {@code fn} with {@code args} from a frame at {@code depth}; errors raised inside get
     * the call site as their position in the caller.
     */
    public static Object invoke(Object fn, Object[] args, Frame caller, Location at, RunContext context) {
        return invoke(fn, args, caller.depth, at, context);
    }

    /** {@link #invoke} from code at {@code callerDepth} that keeps no frame (compiled code). */
    public static Object invoke(Object fn, Object[] args, int callerDepth, Location at, RunContext context) {
        context.tick(at);
        try {
            if (fn instanceof FunctionValue f) {
                return f.invoke(args, callerDepth + 1);
            }
            if (fn instanceof Callable c) {
                if (!c.mayRunScript()) {
                    return c.call(args);  // no callback can need the depth mark
                }
                CallbackDepth mark = CallbackDepth.here();
                int outer = mark.enter(callerDepth);
                try {
                    return c.call(args);
                } finally {
                    mark.restore(outer);
                }
            }
            throw PollenException.typeError(Values.typeOf(fn) + " is not callable");
        } catch (PollenException e) {
            e.moveCursor(at, false);
            throw e;
        } catch (StackOverflowError e) {
            throw RunContext.stackOverflow().locateIfAbsent(at);
        }
    }

    /** {@code callee(args)}. */
    public static final class Call extends ExprNode {
        private final ExprNode callee;
        private final ExprNode[] args;
        private final Location location;
        private final RunContext context;

        public ExprNode callee() {
            return callee;
        }

        public ExprNode[] args() {
            return args;
        }

        public Location location() {
            return location;
        }

        public RunContext context() {
            return context;
        }

        public Call(ExprNode callee, ExprNode[] args, Location location, RunContext context) {
            this.callee = callee;
            this.args = args;
            this.location = location;
            this.context = context;
        }

        @Override
        public void slotUses(SlotUses uses) {
            uses.of(callee);
            uses.of(args);
        }

        @Override
        public Object execute(Frame frame) {
            Object fn = callee.execute(frame);
            if (fn instanceof FunctionValue f && f.takesDirectly(args.length)) {
                return callDirectly(f, frame);
            }
            return invoke(fn, evaluate(args, frame), frame, location, context);
        }

        /** The common case: arguments go straight into the callee's parameter slots. */
        private Object callDirectly(FunctionValue f, Frame frame) {
            Frame calleeFrame = enterDirect(f, frame, location, context);
            int[] slots = f.code().paramSlots;
            for (int i = 0; i < args.length; i++) {
                calleeFrame.set(slots[i], args[i].execute(frame));
            }
            return runDirect(f, calleeFrame, location);
        }
    }

    /**
     * A call whose arguments go straight into the callee's slots ({@link FunctionValue#takesDirectly}),
     * before they are evaluated: counts the call and makes the callee's frame.
     */
    public static Frame enterDirect(FunctionValue f, Frame caller, Location at, RunContext context) {
        return enterDirect(f, caller.depth, at, context);
    }

    private static Frame enterDirect(FunctionValue f, int callerDepth, Location at, RunContext context) {
        context.tick(at);
        try {
            return f.newFrame(callerDepth + 1);
        } catch (PollenException e) {
            throw e.locateIfAbsent(at);
        }
    }

    /**
     * Before a call's arguments are evaluated, from code at {@code callerDepth}: the callee's
     * frame when {@code fn} takes them directly ({@link #enterDirect}), else null (the arguments
     * then go in an array to {@link #invoke}).
     */
    public static Frame enter(Object fn, int argc, int callerDepth, Location at, RunContext context) {
        if (fn instanceof FunctionValue f && f.takesDirectly(argc)) {
            return enterDirect(f, callerDepth, at, context);
        }
        return null;
    }

    /**
     * As {@link #enter}, for a call site that passes the arguments to a {@code callN} entry: counts
     * the call and checks its depth, then gives what the call runs ({@link FunctionCode#entry}),
     * or null when {@code fn} does not take {@code argc} arguments directly.
     */
    public static CompiledBody enterBody(Object fn, int argc, int callerDepth, Location at, RunContext context) {
        if (fn instanceof FunctionValue f && f.takesDirectly(argc)) {
            context.tick(at);
            FunctionCode code = f.code();
            if (callerDepth >= code.context.maxDepth()) {
                throw code.context.tooDeep().locateIfAbsent(at);
            }
            return code.entry();
        }
        return null;
    }

    /** What a direct call's failure becomes in its caller (as {@link #runDirect} places it). */
    public static RuntimeException callFailed(Throwable t, Location at) {
        if (t instanceof PollenException e) {
            e.moveCursor(at, false);
            return e;
        }
        return RunContext.stackOverflow().locateIfAbsent(at);
    }

    /** Binds argument {@code i} of a direct call into the callee's frame. */
    public static void bind(Object fn, Frame callee, int i, Object value) {
        callee.set(((FunctionValue) fn).code().paramSlots[i], value);
    }

    /** Runs a direct call once its arguments are bound; errors get the call site in the caller. */
    public static Object runDirect(FunctionValue f, Frame callee, Location at) {
        try {
            return f.run(callee);
        } catch (PollenException e) {
            e.moveCursor(at, false);
            throw e;
        } catch (StackOverflowError e) {
            throw RunContext.stackOverflow().locateIfAbsent(at);
        }
    }

    /**
     * {@code receiver.name(args)}: a struct's method (self first), a struct type's static fn, a
     * module's function, a callable field, or a built-in method of the value's type — the last
     * found once per receiver class and cached here.
     */
    public static final class MethodCall extends ExprNode {
        private final ExprNode receiver;
        private final String name;
        private final ExprNode[] args;
        private final Location location;
        private final RunContext context;
        public ExprNode receiver() {
            return receiver;
        }

        public ExprNode[] args() {
            return args;
        }

        public Location location() {
            return location;
        }

        /**
         * The last receiver class and its method, as one immutable pair: workers running this
         * node at once each see a whole pair, never one class with another's method.
         */
        private CachedMethod cache = CachedMethod.NONE;

        public MethodCall(ExprNode receiver, String name, ExprNode[] args, Location location, RunContext context) {
            this.receiver = receiver;
            this.name = name;
            this.args = args;
            this.location = location;
            this.context = context;
        }

        @Override
        public void slotUses(SlotUses uses) {
            uses.of(receiver);
            uses.of(args);
        }

        @Override
        public Object execute(Frame frame) {
            Object self = receiver.execute(frame);
            return call(self, evaluate(args, frame), frame.depth);
        }

        /** The call once the receiver and the arguments are evaluated, from code at {@code depth}. */
        public Object call(Object self, Object[] values, int depth) {
            if (self instanceof StructInstance s) {
                return callStructMethod(s, values, depth);
            }
            if (self instanceof StructType t) {
                StructType.Method m = t.method(name);
                if (m == null || m.takesSelf()) {
                    throw error(ErrorKind.KEY, t.name() + " has no static fn `" + name + "`"
                            + (m != null ? " (`" + name + "` takes self: call it on an instance)" : ""));
                }
                return invoke(m.fn(), values, depth, location, context);
            }
            if (self instanceof ModuleValue m) {
                if (!m.has(name)) {
                    throw error(ErrorKind.KEY, "module " + m.name() + " has no field `" + name + "`");
                }
                return invoke(m.getOrNull(name), values, depth, location, context);
            }
            return callBuiltin(self, values, depth);
        }

        private Object callStructMethod(StructInstance s, Object[] values, int depth) {
            StructType.Method m = s.type().method(name);
            if (m != null) {
                if (!m.takesSelf()) {
                    throw error(ErrorKind.TYPE, "`" + name + "` has no self: call it as " + s.type().name() + "." + name + "()");
                }
                Object[] withSelf = new Object[values.length + 1];
                withSelf[0] = s;
                System.arraycopy(values, 0, withSelf, 1, values.length);
                return invoke(m.fn(), withSelf, depth, location, context);
            }
            int field = s.type().fieldIndex(name);
            if (field >= 0) {
                return invoke(s.get(field), values, depth, location, context);
            }
            throw error(ErrorKind.KEY, s.type().name() + " has no method or field `" + name + "`");
        }

        private Object callBuiltin(Object self, Object[] values, int depth) {
            Class<?> cls = self == null ? Void.class : self.getClass();
            CachedMethod c = cache;
            if (cls != c.receiver()) {
                c = CachedMethod.of(cls, Methods.find(self, name));
                cache = c;
            }
            BuiltinMethod m = c.method();
            if (m == null) {
                throw error(ErrorKind.TYPE, Values.typeOf(self) + " has no method `" + name + "`");
            }
            context.tick(location);
            // A method that never runs script code has no callback to need the depth mark.
            CallbackDepth mark = c.marked() ? CallbackDepth.here() : null;
            int outer = mark != null ? mark.enter(depth) : 0;
            try {
                return m.invoke(self, values);
            } catch (PollenException e) {
                e.moveCursor(location, false);
                throw e;
            } catch (StackOverflowError e) {
                throw RunContext.stackOverflow().locateIfAbsent(location);
            } finally {
                if (mark != null) {
                    mark.restore(outer);
                }
            }
        }

        /**
         * For compiled code, once the receiver and {@code argc} arguments are evaluated: when the
         * receiver is a struct whose method of this name takes self and the arguments directly,
         * counts the call and checks its depth as {@link CallNodes#invoke} would, and gives the
         * method, to be called through its {@link FunctionCode#entry} with self first; else null
         * ({@link #call} then does everything, having done nothing yet).
         */
        public FunctionValue enterMethod(Object self, int argc, int depth) {
            if (!(self instanceof StructInstance s)) {
                return null;
            }
            StructType.Method m = s.type().method(name);
            if (m == null || !m.takesSelf() || !(m.fn() instanceof FunctionValue f) || !f.takesDirectly(argc + 1)) {
                return null;
            }
            try {
                context.tick(location);
                if (depth >= f.code().context.maxDepth()) {
                    throw f.code().context.tooDeep();
                }
            } catch (PollenException e) {
                e.moveCursor(location, false);
                throw e;
            }
            return f;
        }

        private PollenException error(String kind, String message) {
            return PollenException.of(kind, message).locateIfAbsent(location);
        }
    }

    /** One entry of a call site's inline cache; a record's final fields make it safe to share. */
    private record CachedMethod(Class<?> receiver, BuiltinMethod method, boolean marked) {
        static final CachedMethod NONE = new CachedMethod(null, null, true);

        /** The entry for {@code method} (null: none) of {@code receiver}. */
        static CachedMethod of(Class<?> receiver, BuiltinMethod method) {
            return new CachedMethod(receiver, method, method == null || method.mayRunScript());
        }
    }

    /** Evaluating a {@code fn}, closure or async block: captures the current Cells. */
    public static final class MakeClosure extends ExprNode {
        private static final Cell[] NO_CELLS = new Cell[0];

        private final FunctionCode code;
        private final int[] captureFrom;

        /** @param captureFrom the slots of the current frame whose Cells the closure captures */
        public MakeClosure(FunctionCode code, int[] captureFrom) {
            this.code = code;
            this.captureFrom = captureFrom;
        }

        @Override
        public void slotUses(SlotUses uses) {
            for (int slot : captureFrom) {
                uses.read(slot);
            }
        }

        @Override
        public Object execute(Frame frame) {
            if (captureFrom.length == 0) {
                return new FunctionValue(code, NO_CELLS);
            }
            Cell[] cells = new Cell[captureFrom.length];
            for (int i = 0; i < cells.length; i++) {
                Object slot = frame.slots[captureFrom[i]];
                cells[i] = cellIn(slot);
                if (slot == null) {
                    frame.slots[captureFrom[i]] = cells[i];
                }
            }
            return make(cells);
        }

        /** The slots of the current frame whose Cells the closure captures. */
        public int[] captureFrom() {
            return captureFrom.clone();
        }

        /**
         * The Cell a captured slot holds; a new one when the slot is still empty, captured before
         * its declaration ran (a hoisted fn naming a later let): the caller puts it in the slot.
         */
        public static Cell cellIn(Object slot) {
            return slot == null ? new Cell(null) : (Cell) slot;
        }

        /** The closure over {@code cells}, the captured slots' Cells in capture order. */
        public FunctionValue make(Cell[] cells) {
            return new FunctionValue(code, cells);
        }
    }

    /** An async block: making it yields its (lazy) future at once. */
    public static final class AsyncBlock extends ExprNode {
        private final MakeClosure closure;

        public AsyncBlock(MakeClosure closure) {
            this.closure = closure;
        }

        @Override
        public void slotUses(SlotUses uses) {
            uses.of(closure);
        }

        @Override
        public Object execute(Frame frame) {
            return start(closure.execute(frame), frame.depth);
        }

        public MakeClosure closure() {
            return closure;
        }

        /** The block's future: the call of {@code closure} (the block as a closure) from code at {@code depth}. */
        public static Object start(Object closure, int depth) {
            return ((FunctionValue) closure).invoke(NO_VALUES, depth + 1);
        }
    }
}
