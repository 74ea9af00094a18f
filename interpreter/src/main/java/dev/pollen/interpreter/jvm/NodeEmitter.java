package dev.pollen.interpreter.jvm;

import static org.objectweb.asm.Opcodes.*;

import dev.pollen.interpreter.lower.LoweringNodes;
import dev.pollen.interpreter.nodes.AccessNodes;
import dev.pollen.interpreter.nodes.BinaryNode;
import dev.pollen.interpreter.nodes.CallNodes;
import dev.pollen.interpreter.nodes.Cell;
import dev.pollen.interpreter.nodes.CompiledBody;
import dev.pollen.interpreter.nodes.ControlNodes;
import dev.pollen.interpreter.nodes.ControlSignal;
import dev.pollen.interpreter.nodes.ExprNode;
import dev.pollen.interpreter.nodes.Frame;
import dev.pollen.interpreter.nodes.FunctionCode;
import dev.pollen.interpreter.nodes.FunctionValue;
import dev.pollen.interpreter.nodes.LogicNodes;
import dev.pollen.interpreter.nodes.LoopLabel;
import dev.pollen.interpreter.nodes.Operator;
import dev.pollen.interpreter.nodes.PatternNodes;
import dev.pollen.interpreter.nodes.RunContext;
import dev.pollen.interpreter.nodes.TryNode;
import dev.pollen.interpreter.nodes.ValueNodes;
import dev.pollen.interpreter.nodes.VariableNodes;
import dev.pollen.runtime.value.Location;
import dev.pollen.runtime.value.PList;
import dev.pollen.runtime.value.PMap;
import dev.pollen.runtime.value.PRange;
import dev.pollen.runtime.value.PollValue;
import dev.pollen.runtime.value.PollenException;
import dev.pollen.runtime.value.Values;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Set;
import java.util.TreeSet;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Type;

/**
 * Emits the bytecode of executable nodes into one method that holds the {@link Frame} and its
 * slots in two locals. Each node's code leaves its value on the operand stack and starts with the
 * stack empty (operands go through locals), so exception handlers can sit anywhere; each
 * construct registers its handlers after its body's, so the innermost handler comes first in the
 * exception table. Control flow,
 * locals, calls and int arithmetic become bytecode; every other node runs through its own
 * {@code execute} as a constant receiver (listed in {@link #delegated}), and every behaviour that
 * is more than a fast path calls the same method the node interpreter calls.
 */
final class NodeEmitter {

    private static final String OBJ = "java/lang/Object";
    private static final String LONG = "java/lang/Long";
    private static final String DOUBLE = "java/lang/Double";
    private static final String BOOL = "java/lang/Boolean";
    private static final String NODE = Type.getInternalName(ExprNode.class);
    private static final String EXECUTE = "(" + Type.getDescriptor(Frame.class) + ")Ljava/lang/Object;";

    private final MethodVisitor mv;
    private final ClassData data;
    /** The local holding the {@link Frame}, or -1 when the method has none (slots in locals). */
    private final int frame;
    /** The local holding the frame's slot array, or -1 when slot i lives in local {@code slotBase + i}. */
    private final int slots;
    private final int slotBase;
    /**
     * Without a slot array, the slots kept in fields of the class ({@code this}, local 0): the
     * field's name for such a slot, else null (the slot is the local {@code slotBase + i}).
     */
    private final String[] slotFields;
    private final String owner;
    /** The local holding the call depth when there is no frame to read it from, else -1. */
    private final int depth;
    private final boolean ownsReturn;
    private int nextLocal;
    private final Deque<LoopTarget> loops = new ArrayDeque<>();
    /**
     * Inside a {@code try} with a {@code finally}: how many of {@link #loops} (the outermost) lie
     * outside it, so that a {@code break}, {@code continue} or {@code return} leaving the try is
     * thrown as the interpreter throws it, and the try's handler runs the finally block on its way.
     */
    private int loopsOutsideFinally;
    private boolean insideFinallyTry;
    /** The node kinds this method runs through the node interpreter (for the fallback list). */
    final Set<String> delegated = new TreeSet<>();

    /** Where a compiled loop's {@code break} and {@code continue} go. */
    private record LoopTarget(LoopLabel label, Label breakTo, Label continueTo, int result) {}

    /**
     * Thrown while emitting into a method without a frame when a node needs one (it runs
     * through the node interpreter, binds a pattern, or stores through a Cell): the body is then
     * generated again with a frame.
     */
    static final class FrameNeeded extends RuntimeException {
        FrameNeeded() {
            super(null, null, false, false);
        }
    }

    /**
     * @param frame        the local holding the {@link Frame}
     * @param slots        the local holding its slots
     * @param ownsReturn   true when {@code return} may leave the method with its value (a sync
     *                     body); false where it must be thrown as the interpreter does (a block
     *                     of a state machine routes it through its finally blocks)
     */
    NodeEmitter(MethodVisitor mv, ClassData data, int frame, int slots, boolean ownsReturn, int firstFreeLocal) {
        this(mv, data, frame, slots, -1, -1, null, null, ownsReturn, firstFreeLocal);
    }

    private NodeEmitter(MethodVisitor mv, ClassData data, int frame, int slots, int slotBase, int depth,
                        String[] slotFields, String owner, boolean ownsReturn, int firstFreeLocal) {
        this.mv = mv;
        this.data = data;
        this.frame = frame;
        this.slots = slots;
        this.slotBase = slotBase;
        this.depth = depth;
        this.slotFields = slotFields;
        this.owner = owner;
        this.ownsReturn = ownsReturn;
        this.nextLocal = firstFreeLocal;
    }

    /**
     * An emitter for a sync body with no frame: slot i is local {@code slotBase + i} and the
     * call depth is the int in local {@code depth}. Emitting a node that needs the frame throws
     * {@link FrameNeeded}.
     */
    static NodeEmitter withoutFrame(MethodVisitor mv, ClassData data, int slotBase, int slotCount, int depth) {
        return new NodeEmitter(mv, data, -1, -1, slotBase, depth, null, null, true, slotBase + slotCount);
    }

    /**
     * An emitter for a state machine that keeps its slots in fields of class {@code owner}
     * ({@code this}, local 0) where {@code slotFields} names one, else in locals from
     * {@code slotBase}; the call depth is the int in local {@code depth}. A {@code return} is
     * thrown for the machine to route. Emitting a node that needs a frame with a slot array
     * throws {@link FrameNeeded}.
     */
    static NodeEmitter inFields(MethodVisitor mv, ClassData data, String owner, String[] slotFields, int slotBase,
                                int depth) {
        return new NodeEmitter(mv, data, -1, -1, slotBase, depth, slotFields, owner, false,
                slotBase + slotFields.length);
    }

    /** Pushes the frame, for code that reads or writes it itself. */
    private void loadFrame() {
        if (frame < 0) {
            throw new FrameNeeded();
        }
        mv.visitVarInsn(ALOAD, frame);
    }

    /** Pushes the call depth of the running activation (an int). */
    private void loadDepth() {
        if (depth >= 0) {
            mv.visitVarInsn(ILOAD, depth);
        } else {
            mv.visitVarInsn(ALOAD, frame);
            mv.visitFieldInsn(GETFIELD, Type.getInternalName(Frame.class), "depth", "I");
        }
    }

    int newLocal() {
        return nextLocal++;
    }

    int newLongLocal() {
        int l = nextLocal;
        nextLocal += 2;
        return l;
    }

    // ---- constants ------------------------------------------------------------------------------

    /** Pushes {@code value} (a constant of the class), usable as a {@code as}. */
    void push(Object value, Class<?> as) {
        if (value == null) {
            mv.visitInsn(ACONST_NULL);
            return;
        }
        data.load(mv, value);
        if (!as.isAssignableFrom(ClassData.visibleType(value.getClass()))) {
            mv.visitTypeInsn(CHECKCAST, Type.getInternalName(as));
        }
    }

    private void invoke(int opcode, Class<?> owner, String name, String descriptor) {
        mv.visitMethodInsn(opcode, Type.getInternalName(owner), name, descriptor, owner.isInterface());
    }

    private static String desc(Class<?> ret, Class<?>... params) {
        return Type.getMethodDescriptor(Type.getType(ret),
                java.util.Arrays.stream(params).map(Type::getType).toArray(Type[]::new));
    }

    // ---- expressions ----------------------------------------------------------------------------

    /**
     * Emits {@code node}: its value ends on the stack. The locals it takes for its operands are
     * dead once it is done, so the next node reuses them (a long function keeps few locals, which
     * keeps the stack-map frames small).
     */
    void expr(ExprNode node) {
        int mark = nextLocal;
        emit(node);
        nextLocal = mark;
    }

    private void emit(ExprNode node) {
        if (node instanceof ValueNodes.Literal l) {
            literal(l.value());
        } else if (node instanceof VariableNodes.ReadLocal r) {
            loadSlot(r.slot());
        } else if (node instanceof VariableNodes.ReadCell r) {
            loadSlot(r.slot());
            mv.visitTypeInsn(CHECKCAST, Type.getInternalName(Cell.class));
            invoke(INVOKEVIRTUAL, Cell.class, "get", desc(Object.class));  // an acquire read (§6.7)
        } else if (node instanceof ControlNodes.Block b) {
            block(b);
        } else if (node instanceof ControlNodes.Statement s) {
            statement(s);
        } else if (node instanceof ControlNodes.If i) {
            ifElse(i);
        } else if (node instanceof ControlNodes.While w) {
            conditionalLoop(w.label(), w.condition(), w.context(), w.location(), w.body());
        } else if (node instanceof ControlNodes.Loop l) {
            conditionalLoop(l.label(), null, l.context(), l.location(), l.body());
        } else if (node instanceof ControlNodes.For f) {
            forLoop(f);
        } else if (node instanceof ControlNodes.Break b && target(b.target()) != null) {
            breakLoop(b);
        } else if (node instanceof ControlNodes.Continue c && target(c.target()) != null) {
            mv.visitJumpInsn(GOTO, target(c.target()).continueTo());
            mv.visitInsn(ACONST_NULL);
        } else if (node instanceof TryNode t) {
            tryNode(t);
        } else if (node instanceof PatternNodes.Match m) {
            match(m);
        } else if (node instanceof LoweringNodes.MatchTest m) {
            Label no = new Label();
            Label done = new Label();
            armTest(m.pattern(), toLocal(m.scrutinee()), m.guard(), no);
            mv.visitFieldInsn(GETSTATIC, BOOL, "TRUE", "Ljava/lang/Boolean;");
            mv.visitJumpInsn(GOTO, done);
            mv.visitLabel(no);
            mv.visitFieldInsn(GETSTATIC, BOOL, "FALSE", "Ljava/lang/Boolean;");
            mv.visitLabel(done);
        } else if (node instanceof ControlNodes.Return r && ownsReturn && !insideFinallyTry) {
            valueOrNil(r.value());
            mv.visitInsn(ARETURN);
            mv.visitInsn(ACONST_NULL);
        } else if (node instanceof ControlNodes.Return r) {
            throwSignal(ControlSignal.Return.class, null, r.value());
        } else if (node instanceof ControlNodes.Break b) {
            throwSignal(ControlSignal.Break.class, b.target(), b.value());
        } else if (node instanceof ControlNodes.Continue c) {
            push(c.target(), LoopLabel.class);
            mv.visitFieldInsn(GETFIELD, Type.getInternalName(LoopLabel.class), "continueSignal",
                    Type.getDescriptor(ControlSignal.Continue.class));
            mv.visitInsn(ATHROW);
            mv.visitInsn(ACONST_NULL);
        } else if (node instanceof LoweringNodes.SetTemp t) {
            storeSlot(t.slot(), toLocalOrNil(t.value()));
            mv.visitInsn(ACONST_NULL);
        } else if (node instanceof CallNodes.MakeClosure m) {
            closure(m);
        } else if (node instanceof CallNodes.AsyncBlock a) {
            closure(a.closure());
            loadDepth();
            invoke(INVOKESTATIC, CallNodes.AsyncBlock.class, "start", desc(Object.class, Object.class, int.class));
        } else if (node instanceof VariableNodes.PresetCells p) {
            int nil = nilLocal();
            for (int slot : p.slots()) {
                storeNewCell(slot, nil);
            }
            mv.visitInsn(ACONST_NULL);
        } else if (node instanceof LoweringNodes.IterStart i) {
            applyRule(i, "of", Object.class, i.iterable());
        } else if (node instanceof LoweringNodes.NoArmMatched n) {
            applyRule(n, "of", Object.class, n.scrutinee());
        } else if (node instanceof LoweringNodes.Tick t) {
            tick(t.context(), t.location());
            mv.visitInsn(ACONST_NULL);
        } else if (node instanceof LoweringNodes.HasNext h) {
            loadIterator(h.slot());
            mv.visitMethodInsn(INVOKEINTERFACE, "java/util/Iterator", "hasNext", "()Z", true);
            boxBoolean();
        } else if (node instanceof LoweringNodes.BindNext b) {
            loadIterator(b.slot());
            mv.visitMethodInsn(INVOKEINTERFACE, "java/util/Iterator", "next", "()Ljava/lang/Object;", true);
            int item = newLocal();
            mv.visitVarInsn(ASTORE, item);
            bind(b.pattern(), item);
            mv.visitInsn(ACONST_NULL);
        } else if (node instanceof BinaryNode b) {
            binary(b);
        } else if (node instanceof LogicNodes.And a) {
            shortCircuit(a.left(), a.right(), IFEQ);
        } else if (node instanceof LogicNodes.Or o) {
            shortCircuit(o.left(), o.right(), IFNE);
        } else if (node instanceof LogicNodes.Not n) {
            expr(n.operand());
            truthy();
            mv.visitInsn(ICONST_1);
            mv.visitInsn(IXOR);
            boxBoolean();
        } else if (node instanceof LogicNodes.Negate n) {
            applyRule(n, "of", Object.class, n.operand());
        } else if (node instanceof AccessNodes.Field f) {
            applyRule(f, "of", Object.class, f.target());
        } else if (node instanceof AccessNodes.Index i) {
            applyRule(i, "at", Object.class, i.target(), i.index());
        } else if (node instanceof ValueNodes.ListLit l) {
            listLiteral(l.items());
        } else if (node instanceof CallNodes.Call c) {
            call(c);
        } else if (node instanceof CallNodes.MethodCall m) {
            methodCall(m);
        } else if (node instanceof VariableNodes.Assign a) {
            assign(a);
        } else if (node instanceof PatternNodes.Let l) {
            let(l);
        } else if (node instanceof AccessNodes.CompoundAssign c) {
            compoundAssign(c);
        } else if (node instanceof VariableNodes.ReadGlobal g) {
            applyRule(g, "read", Object.class);
        } else if (node instanceof ControlNodes.Throw t) {
            applyRule(t, "error", PollenException.class, t.value());
            mv.visitInsn(ATHROW);
            mv.visitInsn(ACONST_NULL);
        } else if (node instanceof ValueNodes.Range r) {
            applyRule(r, "of", PRange.class, r.start(), r.end());
        } else if (node instanceof ValueNodes.Interpolation i) {
            interpolation(i);
        } else if (node instanceof ValueNodes.MapLit m) {
            mapLiteral(m);
        } else if (node instanceof AccessNodes.AssignField f) {
            applyRule(f, "store", Object.class, f.target(), f.value());
        } else if (node instanceof AccessNodes.AssignIndex x) {
            applyRule(x, "store", Object.class, x.target(), x.index(), x.value());
        } else {
            delegate(node);
        }
    }

    /**
     * The node's own rule on its operands: each operand evaluated in order into a local, then
     * {@code node.method(values...)} (every parameter an Object) on the constant receiver.
     */
    private void applyRule(ExprNode node, String method, Class<?> returns, ExprNode... operands) {
        int[] values = new int[operands.length];
        for (int i = 0; i < operands.length; i++) {
            values[i] = toLocal(operands[i]);
        }
        push(node, node.getClass());
        for (int v : values) {
            mv.visitVarInsn(ALOAD, v);
        }
        Class<?>[] params = new Class<?>[operands.length];
        java.util.Arrays.fill(params, Object.class);
        invoke(INVOKEVIRTUAL, node.getClass(), method, desc(returns, params));
    }

    /**
     * A {@code return}, or a {@code break} out of a loop this method does not hold, thrown as the
     * interpreter throws it (a state machine routes it through its finally blocks).
     */
    private void throwSignal(Class<? extends ControlSignal> type, LoopLabel target, ExprNode value) {
        int v = toLocalOrNil(value);
        String name = Type.getInternalName(type);
        mv.visitTypeInsn(NEW, name);
        mv.visitInsn(DUP);
        if (target != null) {
            push(target, LoopLabel.class);
        }
        mv.visitVarInsn(ALOAD, v);
        mv.visitMethodInsn(INVOKESPECIAL, name, "<init>",
                target != null ? "(" + Type.getDescriptor(LoopLabel.class) + "Ljava/lang/Object;)V" : "(Ljava/lang/Object;)V",
                false);
        mv.visitInsn(ATHROW);
        mv.visitInsn(ACONST_NULL);
    }

    /** A local holding the value of {@code node}, or nil when there is none. */
    int toLocalOrNil(ExprNode node) {
        return node == null ? nilLocal() : toLocal(node);
    }

    private int nilLocal() {
        int l = newLocal();
        mv.visitInsn(ACONST_NULL);
        mv.visitVarInsn(ASTORE, l);
        return l;
    }

    private void loadIterator(int slot) {
        loadSlot(slot);
        mv.visitTypeInsn(CHECKCAST, "java/util/Iterator");
    }

    /**
     * A closure: the Cell of each captured slot (one made and kept there when the slot is still
     * empty, as the node does), then {@code MakeClosure.make} over them. Leaves the closure on the stack.
     */
    private void closure(CallNodes.MakeClosure m) {
        int[] from = m.captureFrom();
        int cells = newLocal();
        pushInt(from.length);
        mv.visitTypeInsn(ANEWARRAY, Type.getInternalName(Cell.class));
        mv.visitVarInsn(ASTORE, cells);
        int cell = newLocal();
        for (int i = 0; i < from.length; i++) {
            loadSlot(from[i]);
            invoke(INVOKESTATIC, CallNodes.MakeClosure.class, "cellIn", desc(Cell.class, Object.class));
            mv.visitVarInsn(ASTORE, cell);
            storeSlot(from[i], cell);
            mv.visitVarInsn(ALOAD, cells);
            pushInt(i);
            mv.visitVarInsn(ALOAD, cell);
            mv.visitInsn(AASTORE);
        }
        push(m, CallNodes.MakeClosure.class);
        mv.visitVarInsn(ALOAD, cells);
        invoke(INVOKEVIRTUAL, CallNodes.MakeClosure.class, "make", desc(FunctionValue.class, Cell[].class));
    }

    /** A node this back end does not compile: its own {@code execute}, on a constant receiver. */
    private void delegate(ExprNode node) {
        delegated.add(kind(node));
        push(node, ExprNode.class);
        loadFrame();
        mv.visitMethodInsn(INVOKEVIRTUAL, NODE, "execute", EXECUTE, false);
    }

    static String kind(ExprNode node) {
        Class<?> c = node.getClass();
        return c.getEnclosingClass() == null ? c.getSimpleName() : c.getEnclosingClass().getSimpleName() + "." + c.getSimpleName();
    }

    private void literal(Object value) {
        if (value == null) {
            mv.visitInsn(ACONST_NULL);
        } else if (value instanceof Boolean b) {
            mv.visitFieldInsn(GETSTATIC, BOOL, b ? "TRUE" : "FALSE", "Ljava/lang/Boolean;");
        } else {
            push(value, Object.class);
        }
    }

    private void valueOrNil(ExprNode node) {
        if (node == null) {
            mv.visitInsn(ACONST_NULL);
        } else {
            expr(node);
        }
    }

    /** True when {@code slot} is a field of the class. */
    boolean isField(int slot) {
        return slotFields != null && slotFields[slot] != null;
    }

    void loadSlot(int slot) {
        if (isField(slot)) {
            mv.visitVarInsn(ALOAD, 0);
            mv.visitFieldInsn(GETFIELD, owner, slotFields[slot], "Ljava/lang/Object;");
            return;
        }
        if (slots < 0) {
            mv.visitVarInsn(ALOAD, slotBase + slot);
            return;
        }
        mv.visitVarInsn(ALOAD, slots);
        pushInt(slot);
        mv.visitInsn(AALOAD);
    }

    /** slots[slot] = the value in local {@code from}. */
    void storeSlot(int slot, int from) {
        if (isField(slot)) {
            mv.visitVarInsn(ALOAD, 0);
            mv.visitVarInsn(ALOAD, from);
            mv.visitFieldInsn(PUTFIELD, owner, slotFields[slot], "Ljava/lang/Object;");
            return;
        }
        if (slots < 0) {
            mv.visitVarInsn(ALOAD, from);
            mv.visitVarInsn(ASTORE, slotBase + slot);
            return;
        }
        mv.visitVarInsn(ALOAD, slots);
        pushInt(slot);
        mv.visitVarInsn(ALOAD, from);
        mv.visitInsn(AASTORE);
    }

    void pushInt(int v) {
        if (v >= -1 && v <= 5) {
            mv.visitInsn(ICONST_0 + v);
        } else if (v >= Byte.MIN_VALUE && v <= Byte.MAX_VALUE) {
            mv.visitIntInsn(BIPUSH, v);
        } else if (v >= Short.MIN_VALUE && v <= Short.MAX_VALUE) {
            mv.visitIntInsn(SIPUSH, v);
        } else {
            mv.visitLdcInsn(v);
        }
    }

    /** Evaluates {@code node} into a fresh local, keeping the stack empty for what follows. */
    int toLocal(ExprNode node) {
        expr(node);
        int l = newLocal();
        mv.visitVarInsn(ASTORE, l);
        return l;
    }

    private void truthy() {
        invoke(INVOKESTATIC, Values.class, "isTruthy", desc(boolean.class, Object.class));
    }

    private void boxBoolean() {
        invoke(INVOKESTATIC, Boolean.class, "valueOf", desc(Boolean.class, boolean.class));
    }

    private void boxLong() {
        invoke(INVOKESTATIC, Long.class, "valueOf", desc(Long.class, long.class));
    }

    private void unboxLong(int local) {
        mv.visitVarInsn(ALOAD, local);
        mv.visitTypeInsn(CHECKCAST, LONG);
        mv.visitMethodInsn(INVOKEVIRTUAL, LONG, "longValue", "()J", false);
    }

    /** Jumps to {@code notLongs} unless both locals hold ints. */
    private void guardLongs(int a, int b, Label notLongs) {
        mv.visitVarInsn(ALOAD, a);
        mv.visitTypeInsn(INSTANCEOF, LONG);
        mv.visitJumpInsn(IFEQ, notLongs);
        mv.visitVarInsn(ALOAD, b);
        mv.visitTypeInsn(INSTANCEOF, LONG);
        mv.visitJumpInsn(IFEQ, notLongs);
    }

    // ---- blocks and statements -----------------------------------------------------------------

    private void block(ControlNodes.Block b) {
        for (ExprNode s : b.statements()) {
            expr(s);
            mv.visitInsn(POP);
        }
        valueOrNil(b.tail());
    }

    /** An error nobody located is placed at the statement (the interpreter's Statement node). */
    private void statement(ControlNodes.Statement s) {
        Label start = new Label();
        Label end = new Label();
        Label handler = new Label();
        Label after = new Label();
        int result = newLocal();
        mv.visitLabel(start);
        if (s.location() != null && s.location().line() > 0) {
            mv.visitLineNumber(s.location().line(), start);
        }
        expr(s.node());
        mv.visitVarInsn(ASTORE, result);
        mv.visitLabel(end);
        // After the body's own handlers: the exception table is searched in order, innermost first.
        mv.visitTryCatchBlock(start, end, handler, Type.getInternalName(PollenException.class));
        mv.visitJumpInsn(GOTO, after);
        mv.visitLabel(handler);
        push(s.location(), Location.class);
        invoke(INVOKEVIRTUAL, PollenException.class, "locateIfAbsent", desc(PollenException.class, Location.class));
        mv.visitInsn(ATHROW);
        mv.visitLabel(after);
        mv.visitVarInsn(ALOAD, result);
    }

    private void ifElse(ControlNodes.If i) {
        Label otherwise = new Label();
        Label end = new Label();
        condition(i.condition(), otherwise);
        expr(i.then());
        mv.visitJumpInsn(GOTO, end);
        mv.visitLabel(otherwise);
        valueOrNil(i.otherwise());
        mv.visitLabel(end);
    }

    /** Jumps to {@code ifFalse} unless {@code node} is truthy; int comparisons need no boxing. */
    void condition(ExprNode node, Label ifFalse) {
        if (node instanceof BinaryNode b && compareOpcode(b.op()) >= 0) {
            int a = toLocal(b.left());
            int c = toLocal(b.right());
            Label notLongs = new Label();
            Label general = new Label();
            Label done = new Label();
            guardLongs(a, c, notLongs);
            unboxLong(a);
            unboxLong(c);
            mv.visitInsn(LCMP);
            mv.visitJumpInsn(negate(compareOpcode(b.op())), ifFalse);
            mv.visitJumpInsn(GOTO, done);
            mv.visitLabel(notLongs);
            compareDoubles(b.op(), a, c, general);
            mv.visitJumpInsn(negate(compareOpcode(b.op())), ifFalse);
            mv.visitJumpInsn(GOTO, done);
            mv.visitLabel(general);
            applyGeneral(b, a, c);
            truthy();
            mv.visitJumpInsn(IFEQ, ifFalse);
            mv.visitLabel(done);
            return;
        }
        expr(node);
        truthy();
        mv.visitJumpInsn(IFEQ, ifFalse);
    }

    /** The branch opcode (after LCMP) that jumps when the comparison holds; -1 for other operators. */
    private static int compareOpcode(String op) {
        return switch (op) {
            case "<" -> IFLT;
            case "<=" -> IFLE;
            case ">" -> IFGT;
            case ">=" -> IFGE;
            case "==" -> IFEQ;
            case "!=" -> IFNE;
            default -> -1;
        };
    }

    private static int negate(int branch) {
        return switch (branch) {
            case IFLT -> IFGE;
            case IFLE -> IFGT;
            case IFGT -> IFLE;
            case IFGE -> IFLT;
            case IFEQ -> IFNE;
            default -> IFEQ;
        };
    }

    private void shortCircuit(ExprNode left, ExprNode right, int decidedBy) {
        Label end = new Label();
        expr(left);
        mv.visitInsn(DUP);
        truthy();
        mv.visitJumpInsn(decidedBy, end);
        mv.visitInsn(POP);
        expr(right);
        mv.visitLabel(end);
    }

    // ---- loops ----------------------------------------------------------------------------------

    private LoopTarget target(LoopLabel label) {
        int reachable = loops.size() - loopsOutsideFinally;  // the innermost loops, from the top of the stack
        for (LoopTarget t : loops) {
            if (reachable-- <= 0) {
                return null;
            }
            if (t.label() == label) {
                return t;
            }
        }
        return null;
    }

    /**
     * {@code try}/{@code catch}/{@code finally} as {@link TryNode} defines it: the catch sees
     * catchable script errors (a Java stack overflow in the try block becomes StackOverflow), a
     * run-ending error passes through everything, and {@code break}/{@code continue}/{@code return}
     * leaving the try block or the catch block run the finally block on the way, for which they
     * are thrown as signals there (caught by the handler below, then by the loop or function).
     */
    private void tryNode(TryNode t) {
        ExprNode fin = t.finallyBody();
        int value = newLocal();
        int error = newLocal();
        Label bodyStart = new Label();
        Label bodyEnd = new Label();
        Label normal = new Label();
        boolean outerInside = insideFinallyTry;
        int outerLoops = loopsOutsideFinally;
        if (fin != null) {
            insideFinallyTry = true;
            loopsOutsideFinally = loops.size();
        }
        mv.visitLabel(bodyStart);
        expr(t.body());
        mv.visitVarInsn(ASTORE, value);
        mv.visitLabel(bodyEnd);
        mv.visitJumpInsn(GOTO, normal);
        Label onError = new Label();
        Label onOverflow = new Label();
        mv.visitTryCatchBlock(bodyStart, bodyEnd, onError, Type.getInternalName(PollenException.class));
        mv.visitTryCatchBlock(bodyStart, bodyEnd, onOverflow, Type.getInternalName(StackOverflowError.class));
        Label onSignal = fin == null ? null : new Label();
        if (fin != null) {
            mv.visitTryCatchBlock(bodyStart, bodyEnd, onSignal, Type.getInternalName(ControlSignal.class));
        }
        mv.visitLabel(onOverflow);
        mv.visitInsn(POP);
        invoke(INVOKESTATIC, RunContext.class, "stackOverflow", desc(PollenException.class));
        mv.visitLabel(onError);
        mv.visitVarInsn(ASTORE, error);
        Label catchable = new Label();
        mv.visitVarInsn(ALOAD, error);
        invoke(INVOKESTATIC, TryNode.class, "isCatchable", desc(boolean.class, PollenException.class));
        mv.visitJumpInsn(IFNE, catchable);
        mv.visitVarInsn(ALOAD, error);
        mv.visitInsn(ATHROW);  // a run-ending error: no catch, no finally
        mv.visitLabel(catchable);
        if (t.catchBody() == null) {
            finallyThenThrow(fin, error);
        } else {
            Label catchStart = new Label();
            Label catchEnd = new Label();
            mv.visitLabel(catchStart);
            if (t.catchVar() != null) {
                int thrown = newLocal();
                mv.visitVarInsn(ALOAD, error);
                invoke(INVOKEVIRTUAL, PollenException.class, "value", desc(Object.class));
                mv.visitVarInsn(ASTORE, thrown);
                bind(new PatternNodes.BindTo(t.catchVar()), thrown);
            }
            expr(t.catchBody());
            mv.visitVarInsn(ASTORE, value);
            mv.visitLabel(catchEnd);
            mv.visitJumpInsn(GOTO, normal);
            if (fin != null) {
                // an error from the catch block runs the finally unless it ends the run; a signal runs it too
                Label catchError = new Label();
                mv.visitTryCatchBlock(catchStart, catchEnd, catchError, Type.getInternalName(PollenException.class));
                mv.visitTryCatchBlock(catchStart, catchEnd, onSignal, Type.getInternalName(ControlSignal.class));
                mv.visitLabel(catchError);
                int again = newLocal();
                mv.visitVarInsn(ASTORE, again);
                Label ends = new Label();
                mv.visitVarInsn(ALOAD, again);
                invoke(INVOKESTATIC, TryNode.class, "isCatchable", desc(boolean.class, PollenException.class));
                mv.visitJumpInsn(IFEQ, ends);
                finallyThenThrow(fin, again);
                mv.visitLabel(ends);
                mv.visitVarInsn(ALOAD, again);
                mv.visitInsn(ATHROW);
            }
        }
        insideFinallyTry = outerInside;
        loopsOutsideFinally = outerLoops;
        if (fin != null) {
            mv.visitLabel(onSignal);
            int signal = newLocal();
            mv.visitVarInsn(ASTORE, signal);
            finallyThenThrow(fin, signal);
        }
        mv.visitLabel(normal);
        if (fin != null) {
            expr(fin);
            mv.visitInsn(POP);
        }
        mv.visitVarInsn(ALOAD, value);
    }

    /**
     * {@code match}: the scrutinee once, then each arm's pattern and guard in order, the first
     * arm that holds gives the value; none holding is the node's ValueError.
     */
    private void match(PatternNodes.Match m) {
        int v = toLocal(m.scrutinee());
        int result = newLocal();
        Label end = new Label();
        PatternNodes.Matcher[] patterns = m.patterns();
        ExprNode[] guards = m.guards();
        ExprNode[] bodies = m.bodies();
        for (int i = 0; i < patterns.length; i++) {
            Label nextArm = new Label();
            armTest(patterns[i], v, guards[i], nextArm);
            expr(bodies[i]);
            mv.visitVarInsn(ASTORE, result);
            mv.visitJumpInsn(GOTO, end);
            mv.visitLabel(nextArm);
        }
        mv.visitVarInsn(ALOAD, v);
        push(m.location(), Location.class);
        invoke(INVOKESTATIC, PatternNodes.class, "noArmMatched", desc(PollenException.class, Object.class, Location.class));
        mv.visitInsn(ATHROW);
        mv.visitLabel(end);
        mv.visitVarInsn(ALOAD, result);
    }

    /** One arm of a match: its pattern against the value in local {@code value}, then its guard (if any); to {@code fail} unless both hold. */
    private void armTest(PatternNodes.Matcher pattern, int value, ExprNode guard, Label fail) {
        matcher(pattern, value, fail);
        if (guard != null) {
            condition(guard, fail);
        }
    }

    /**
     * Tests the value in local {@code value} against {@code m} as {@link PatternNodes.Matcher#matches}
     * does, binding its names on the way; jumps to {@code fail} when it does not match.
     */
    private void matcher(PatternNodes.Matcher m, int value, Label fail) {
        if (m instanceof PatternNodes.MatchAny) {
            return;
        }
        if (m instanceof PatternNodes.MatchBind b) {
            bind(new PatternNodes.BindTo(b.binder()), value);
        } else if (m instanceof PatternNodes.MatchLiteral l) {
            push(l.literal(), Object.class);
            mv.visitVarInsn(ALOAD, value);
            invoke(INVOKESTATIC, Values.class, "equals", desc(boolean.class, Object.class, Object.class));
            mv.visitJumpInsn(IFEQ, fail);
        } else if (m instanceof PatternNodes.MatchPending) {
            mv.visitVarInsn(ALOAD, value);
            mv.visitFieldInsn(GETSTATIC, Type.getInternalName(PollValue.class), "PENDING", Type.getDescriptor(PollValue.class));
            mv.visitJumpInsn(IF_ACMPNE, fail);
        } else if (m instanceof PatternNodes.MatchReady r) {
            mv.visitVarInsn(ALOAD, value);
            mv.visitTypeInsn(INSTANCEOF, Type.getInternalName(PollValue.class));
            mv.visitJumpInsn(IFEQ, fail);
            mv.visitVarInsn(ALOAD, value);
            mv.visitTypeInsn(CHECKCAST, Type.getInternalName(PollValue.class));
            invoke(INVOKEVIRTUAL, PollValue.class, "isReady", desc(boolean.class));
            mv.visitJumpInsn(IFEQ, fail);
            int inner = newLocal();
            mv.visitVarInsn(ALOAD, value);
            mv.visitTypeInsn(CHECKCAST, Type.getInternalName(PollValue.class));
            invoke(INVOKEVIRTUAL, PollValue.class, "value", desc(Object.class));
            mv.visitVarInsn(ASTORE, inner);
            matcher(r.inner(), inner, fail);
        } else if (m instanceof PatternNodes.MatchList l) {
            int elements = newLocal();
            push(l, PatternNodes.MatchList.class);
            mv.visitVarInsn(ALOAD, value);
            invoke(INVOKEVIRTUAL, PatternNodes.MatchList.class, "elements", desc(Object[].class, Object.class));
            mv.visitVarInsn(ASTORE, elements);
            mv.visitVarInsn(ALOAD, elements);
            mv.visitJumpInsn(IFNULL, fail);
            PatternNodes.Matcher[] items = l.items();
            for (int i = 0; i < items.length; i++) {
                int element = newLocal();
                mv.visitVarInsn(ALOAD, elements);
                pushInt(i);
                mv.visitInsn(AALOAD);
                mv.visitVarInsn(ASTORE, element);
                matcher(items[i], element, fail);
            }
        } else if (m instanceof PatternNodes.MatchAlternatives a) {
            Label matched = new Label();
            for (PatternNodes.Matcher alternative : a.alternatives()) {
                Label next = new Label();
                matcher(alternative, value, next);
                mv.visitJumpInsn(GOTO, matched);
                mv.visitLabel(next);
            }
            mv.visitJumpInsn(GOTO, fail);
            mv.visitLabel(matched);
        } else {
            throw new IllegalStateException("no bytecode for the pattern " + m.getClass().getSimpleName());
        }
    }

    /** The finally block (if any), then throws the Throwable in local {@code thrown}. */
    private void finallyThenThrow(ExprNode fin, int thrown) {
        if (fin != null) {
            expr(fin);
            mv.visitInsn(POP);
        }
        mv.visitVarInsn(ALOAD, thrown);
        mv.visitTypeInsn(CHECKCAST, "java/lang/Throwable");
        mv.visitInsn(ATHROW);
    }

    private void breakLoop(ControlNodes.Break b) {
        LoopTarget t = target(b.target());
        valueOrNil(b.value());
        mv.visitVarInsn(ASTORE, t.result());
        mv.visitJumpInsn(GOTO, t.breakTo());
        mv.visitInsn(ACONST_NULL);
    }

    private void tick(RunContext context, Location at) {
        push(context, RunContext.class);
        push(at, Location.class);
        invoke(INVOKEVIRTUAL, RunContext.class, "tick", desc(void.class, Location.class));
    }

    /**
     * One iteration's body. A {@code break} or {@code continue} thrown by code the node interpreter
     * runs (a delegated node) is caught here when it is meant for this loop, as
     * {@code ControlNodes.iterate} does.
     */
    private void loopBody(ExprNode body, LoopTarget t) {
        Label start = new Label();
        Label end = new Label();
        Label onBreak = new Label();
        Label onContinue = new Label();
        Label after = new Label();
        String breakType = Type.getInternalName(ControlSignal.Break.class);
        String continueType = Type.getInternalName(ControlSignal.Continue.class);
        loops.push(t);
        mv.visitLabel(start);
        expr(body);
        mv.visitInsn(POP);
        mv.visitLabel(end);
        loops.pop();
        mv.visitTryCatchBlock(start, end, onBreak, breakType);
        mv.visitTryCatchBlock(start, end, onContinue, continueType);
        mv.visitJumpInsn(GOTO, after);

        mv.visitLabel(onBreak);
        int signal = newLocal();
        mv.visitVarInsn(ASTORE, signal);
        rethrowUnlessFor(signal, breakType, t.label());
        mv.visitVarInsn(ALOAD, signal);
        mv.visitTypeInsn(CHECKCAST, breakType);
        mv.visitFieldInsn(GETFIELD, breakType, "value", "Ljava/lang/Object;");
        mv.visitVarInsn(ASTORE, t.result());
        mv.visitJumpInsn(GOTO, t.breakTo());

        mv.visitLabel(onContinue);
        int cont = newLocal();
        mv.visitVarInsn(ASTORE, cont);
        rethrowUnlessFor(cont, continueType, t.label());
        mv.visitJumpInsn(GOTO, t.continueTo());
        mv.visitLabel(after);
    }

    private void rethrowUnlessFor(int signal, String type, LoopLabel label) {
        Label ours = new Label();
        mv.visitVarInsn(ALOAD, signal);
        mv.visitTypeInsn(CHECKCAST, type);
        mv.visitFieldInsn(GETFIELD, type, "target", Type.getDescriptor(LoopLabel.class));
        push(label, LoopLabel.class);
        mv.visitJumpInsn(IF_ACMPEQ, ours);
        mv.visitVarInsn(ALOAD, signal);
        mv.visitTypeInsn(CHECKCAST, "java/lang/Throwable");
        mv.visitInsn(ATHROW);
        mv.visitLabel(ours);
    }

    /** {@code while} and {@code loop} (which has no condition): test, count the turn, run the body, again. */
    private void conditionalLoop(LoopLabel label, ExprNode condition, RunContext context, Location location,
                                 ExprNode body) {
        Label top = new Label();
        Label exit = new Label();
        LoopTarget t = new LoopTarget(label, exit, top, newLocal());
        mv.visitInsn(ACONST_NULL);
        mv.visitVarInsn(ASTORE, t.result());
        mv.visitLabel(top);
        if (condition != null) {
            condition(condition, exit);
        }
        tick(context, location);
        loopBody(body, t);
        mv.visitJumpInsn(GOTO, top);
        mv.visitLabel(exit);
        mv.visitVarInsn(ALOAD, t.result());
    }

    /**
     * {@code for}: a range is walked with a long counter, anything else through its iterator; one
     * copy of the body serves both.
     */
    private void forLoop(ControlNodes.For f) {
        Label top = new Label();
        Label next = new Label();
        Label exit = new Label();
        Label notRange = new Label();
        Label started = new Label();
        LoopTarget t = new LoopTarget(f.label(), exit, next, newLocal());
        int over = toLocal(f.iterable());
        int isRange = newLocal();
        int i = newLongLocal();
        int end = newLongLocal();
        int it = newLocal();
        int item = newLocal();
        mv.visitInsn(LCONST_0);
        mv.visitVarInsn(LSTORE, i);
        mv.visitInsn(LCONST_0);
        mv.visitVarInsn(LSTORE, end);
        mv.visitInsn(ACONST_NULL);
        mv.visitVarInsn(ASTORE, it);
        String range = Type.getInternalName(PRange.class);
        mv.visitVarInsn(ALOAD, over);
        mv.visitTypeInsn(INSTANCEOF, range);
        mv.visitInsn(DUP);
        mv.visitVarInsn(ISTORE, isRange);
        mv.visitJumpInsn(IFEQ, notRange);
        mv.visitVarInsn(ALOAD, over);
        mv.visitTypeInsn(CHECKCAST, range);
        mv.visitMethodInsn(INVOKEVIRTUAL, range, "start", "()J", false);
        mv.visitVarInsn(LSTORE, i);
        mv.visitVarInsn(ALOAD, over);
        mv.visitTypeInsn(CHECKCAST, range);
        mv.visitMethodInsn(INVOKEVIRTUAL, range, "end", "()J", false);
        mv.visitVarInsn(LSTORE, end);
        Label inclusive = new Label();
        mv.visitVarInsn(ALOAD, over);
        mv.visitTypeInsn(CHECKCAST, range);
        mv.visitMethodInsn(INVOKEVIRTUAL, range, "inclusive", "()Z", false);
        mv.visitJumpInsn(IFNE, inclusive);
        mv.visitVarInsn(LLOAD, end);
        mv.visitInsn(LCONST_1);
        mv.visitInsn(LSUB);
        mv.visitVarInsn(LSTORE, end);
        mv.visitLabel(inclusive);
        mv.visitJumpInsn(GOTO, started);
        mv.visitLabel(notRange);
        mv.visitVarInsn(ALOAD, over);
        push(f.location(), Location.class);
        invoke(INVOKESTATIC, ControlNodes.class, "iterator", desc(Iterator.class, Object.class, Location.class));
        mv.visitVarInsn(ASTORE, it);
        mv.visitLabel(started);
        mv.visitInsn(ACONST_NULL);
        mv.visitVarInsn(ASTORE, t.result());

        mv.visitLabel(top);
        Label fromIterator = new Label();
        Label haveItem = new Label();
        mv.visitVarInsn(ILOAD, isRange);
        mv.visitJumpInsn(IFEQ, fromIterator);
        mv.visitVarInsn(LLOAD, i);
        mv.visitVarInsn(LLOAD, end);
        mv.visitInsn(LCMP);
        mv.visitJumpInsn(IFGT, exit);
        mv.visitVarInsn(LLOAD, i);
        boxLong();
        mv.visitVarInsn(ASTORE, item);
        mv.visitJumpInsn(GOTO, haveItem);
        mv.visitLabel(fromIterator);
        mv.visitVarInsn(ALOAD, it);
        mv.visitTypeInsn(CHECKCAST, "java/util/Iterator");
        mv.visitMethodInsn(INVOKEINTERFACE, "java/util/Iterator", "hasNext", "()Z", true);
        mv.visitJumpInsn(IFEQ, exit);
        mv.visitVarInsn(ALOAD, it);
        mv.visitTypeInsn(CHECKCAST, "java/util/Iterator");
        mv.visitMethodInsn(INVOKEINTERFACE, "java/util/Iterator", "next", "()Ljava/lang/Object;", true);
        mv.visitVarInsn(ASTORE, item);
        mv.visitLabel(haveItem);
        tick(f.context(), f.location());
        bind(f.binder(), item);
        loopBody(f.body(), t);
        mv.visitLabel(next);
        mv.visitVarInsn(ILOAD, isRange);
        mv.visitJumpInsn(IFEQ, top);
        mv.visitVarInsn(LLOAD, i);
        mv.visitLdcInsn(Long.MAX_VALUE);
        mv.visitInsn(LCMP);
        mv.visitJumpInsn(IFEQ, exit);
        mv.visitVarInsn(LLOAD, i);
        mv.visitInsn(LCONST_1);
        mv.visitInsn(LADD);
        mv.visitVarInsn(LSTORE, i);
        mv.visitJumpInsn(GOTO, top);
        mv.visitLabel(exit);
        mv.visitInsn(ACONST_NULL);
    }

    // ---- bindings and assignment ----------------------------------------------------------------

    /** Binds the value in local {@code value} to a let/for pattern. */
    private void bind(PatternNodes.Destructure pattern, int value) {
        if (pattern instanceof PatternNodes.BindTo b && b.binder() instanceof VariableNodes.LocalBinder l) {
            storeSlot(l.slot(), value);
            return;
        }
        if (pattern instanceof PatternNodes.BindTo b && b.binder() instanceof VariableNodes.CellBinder c) {
            storeNewCell(c.slot(), value);  // a captured local's declaration: each loop iteration its own Cell
            return;
        }
        if (pattern instanceof PatternNodes.BindTo b && b.binder() instanceof VariableNodes.PresetCellBinder p) {
            storeCell(p.slot(), value);
            return;
        }
        if (pattern instanceof PatternNodes.Ignore) {
            return;
        }
        if (pattern instanceof PatternNodes.BindTo b && b.binder() instanceof VariableNodes.GlobalBinder g) {
            push(g, VariableNodes.GlobalBinder.class);  // a module global: no frame involved
            mv.visitInsn(ACONST_NULL);
            mv.visitVarInsn(ALOAD, value);
            invoke(INVOKEVIRTUAL, VariableNodes.GlobalBinder.class, "declare", desc(void.class, Frame.class, Object.class));
            return;
        }
        if (pattern instanceof PatternNodes.ListDestructure l) {
            // the node's checks give the elements; each item binds as a pattern of its own
            push(l, PatternNodes.ListDestructure.class);
            mv.visitVarInsn(ALOAD, value);
            invoke(INVOKEVIRTUAL, PatternNodes.ListDestructure.class, "elements", desc(Object[].class, Object.class));
            int elements = newLocal();
            mv.visitVarInsn(ASTORE, elements);
            int element = newLocal();
            PatternNodes.Destructure[] items = l.items();
            for (int i = 0; i < items.length; i++) {
                mv.visitVarInsn(ALOAD, elements);
                pushInt(i);
                mv.visitInsn(AALOAD);
                mv.visitVarInsn(ASTORE, element);
                bind(items[i], element);
            }
            return;
        }
        push(pattern, PatternNodes.Destructure.class);
        loadFrame();
        mv.visitVarInsn(ALOAD, value);
        invoke(INVOKEINTERFACE, PatternNodes.Destructure.class, "bind", desc(void.class, Frame.class, Object.class));
    }

    private void let(PatternNodes.Let l) {
        if (l.init() == null) {
            mv.visitInsn(ACONST_NULL);
        } else {
            expr(l.init());
        }
        int v = newLocal();
        mv.visitVarInsn(ASTORE, v);
        bind(l.pattern(), v);
        mv.visitInsn(ACONST_NULL);
    }

    private void assign(VariableNodes.Assign a) {
        int v = toLocal(a.value());
        if (a.target() instanceof VariableNodes.LocalBinder l) {
            storeSlot(l.slot(), v);
        } else if (cellSlot(a.target()) >= 0) {
            storeCell(cellSlot(a.target()), v);
        } else {
            push(a, VariableNodes.Assign.class);
            frameForBinder(a.target());
            mv.visitVarInsn(ALOAD, v);
            invoke(INVOKEVIRTUAL, VariableNodes.Assign.class, "store", desc(void.class, Frame.class, Object.class));
        }
        mv.visitInsn(ACONST_NULL);
    }

    /** {@code x op= v}: int {@code +=}/{@code -=} on a plain local inline, the rest as the node does it. */
    private void compoundAssign(AccessNodes.CompoundAssign c) {
        int current = toLocal(c.read());
        int v = toLocal(c.value());
        Label general = new Label();
        Label done = new Label();
        boolean inline = c.target() instanceof VariableNodes.LocalBinder
                && (c.op() == Operator.ADD || c.op() == Operator.SUBTRACT);
        if (inline) {
            int slot = ((VariableNodes.LocalBinder) c.target()).slot();
            guardLongs(current, v, general);
            int x = newLongLocal();
            int y = newLongLocal();
            int r = newLongLocal();
            unboxLong(current);
            mv.visitVarInsn(LSTORE, x);
            unboxLong(v);
            mv.visitVarInsn(LSTORE, y);
            mv.visitVarInsn(LLOAD, x);
            mv.visitVarInsn(LLOAD, y);
            mv.visitInsn(c.op() == Operator.ADD ? LADD : LSUB);
            mv.visitVarInsn(LSTORE, r);
            overflowCheck(c.op() == Operator.ADD ? "+" : "-", x, y, r, general);
            mv.visitVarInsn(LLOAD, r);
            boxLong();
            int boxed = newLocal();
            mv.visitVarInsn(ASTORE, boxed);
            storeSlot(slot, boxed);
            mv.visitJumpInsn(GOTO, done);
        }
        mv.visitLabel(general);
        if (c.target() instanceof VariableNodes.LocalBinder l) {
            storeSlot(l.slot(), applied(c, current, v));
        } else if (cellSlot(c.target()) >= 0) {
            storeCell(cellSlot(c.target()), applied(c, current, v));
        } else {
            push(c, AccessNodes.CompoundAssign.class);
            frameForBinder(c.target());
            mv.visitVarInsn(ALOAD, current);
            mv.visitVarInsn(ALOAD, v);
            invoke(INVOKEVIRTUAL, AccessNodes.CompoundAssign.class, "combine",
                    desc(void.class, Frame.class, Object.class, Object.class));
        }
        mv.visitLabel(done);
        mv.visitInsn(ACONST_NULL);
    }

    /** The operator of {@code x op= v} on the operands in two locals, as the node applies it; the result in a new local. */
    private int applied(AccessNodes.CompoundAssign c, int current, int v) {
        push(c, AccessNodes.CompoundAssign.class);
        mv.visitVarInsn(ALOAD, current);
        mv.visitVarInsn(ALOAD, v);
        invoke(INVOKEVIRTUAL, AccessNodes.CompoundAssign.class, "apply", desc(Object.class, Object.class, Object.class));
        int result = newLocal();
        mv.visitVarInsn(ASTORE, result);
        return result;
    }

    /** Puts a new Cell holding the value in local {@code from} in {@code slot}. */
    private void storeNewCell(int slot, int from) {
        int cell = newLocal();
        mv.visitTypeInsn(NEW, Type.getInternalName(Cell.class));
        mv.visitInsn(DUP);
        mv.visitVarInsn(ALOAD, from);
        mv.visitMethodInsn(INVOKESPECIAL, Type.getInternalName(Cell.class), "<init>", "(Ljava/lang/Object;)V", false);
        mv.visitVarInsn(ASTORE, cell);
        storeSlot(slot, cell);
    }

    /** The slot of a captured variable's Cell that an assignment to {@code target} sets, or -1. */
    private static int cellSlot(VariableNodes.Binder target) {
        if (target instanceof VariableNodes.CellBinder c) {
            return c.slot();
        }
        return target instanceof VariableNodes.PresetCellBinder p ? p.slot() : -1;
    }

    /** Sets the Cell in {@code slot} to the value in local {@code from} (a release write, §6.7), as the binders do. */
    private void storeCell(int slot, int from) {
        loadSlot(slot);
        mv.visitTypeInsn(CHECKCAST, Type.getInternalName(Cell.class));
        mv.visitVarInsn(ALOAD, from);
        invoke(INVOKEVIRTUAL, Cell.class, "set", desc(void.class, Object.class));
    }

    /** The frame argument of a store through {@code target}: none for a global, which lives outside it. */
    private void frameForBinder(VariableNodes.Binder target) {
        if (target instanceof VariableNodes.GlobalBinder) {
            mv.visitInsn(ACONST_NULL);
        } else {
            loadFrame();
        }
    }

    // ---- operators ------------------------------------------------------------------------------

    /** Binary operators: a long fast path under type guards, else the node's own rule. */
    private void binary(BinaryNode b) {
        int a = toLocal(b.left());
        int c = toLocal(b.right());
        String op = b.op();
        Label notLongs = new Label();
        Label general = new Label();
        Label done = new Label();
        guardLongs(a, c, notLongs);
        int x = newLongLocal();
        int y = newLongLocal();
        unboxLong(a);
        mv.visitVarInsn(LSTORE, x);
        unboxLong(c);
        mv.visitVarInsn(LSTORE, y);
        int cmp = compareOpcode(op);
        if (cmp >= 0) {
            mv.visitVarInsn(LLOAD, x);
            mv.visitVarInsn(LLOAD, y);
            mv.visitInsn(LCMP);
            pushBooleanIf(cmp, done);
            mv.visitLabel(notLongs);
            compareDoubles(op, a, c, general);
            pushBooleanIf(cmp, done);
        } else {
            int r = newLongLocal();
            if (op.equals("/") || op.equals("%")) {
                mv.visitVarInsn(LLOAD, y);
                mv.visitInsn(LCONST_0);
                mv.visitInsn(LCMP);
                mv.visitJumpInsn(IFLE, general);
            }
            mv.visitVarInsn(LLOAD, x);
            mv.visitVarInsn(LLOAD, y);
            switch (op) {
                case "+" -> mv.visitInsn(LADD);
                case "-" -> mv.visitInsn(LSUB);
                case "*" -> mv.visitInsn(LMUL);
                case "/" -> mv.visitInsn(LDIV);
                default -> mv.visitInsn(LREM);
            }
            mv.visitVarInsn(LSTORE, r);
            overflowCheck(op, x, y, r, general);
            mv.visitVarInsn(LLOAD, r);
            boxLong();
            mv.visitJumpInsn(GOTO, done);
            mv.visitLabel(notLongs);
            doubleArithmetic(op, a, c, general);
            mv.visitJumpInsn(GOTO, done);
        }
        mv.visitLabel(general);
        applyGeneral(b, a, c);
        mv.visitLabel(done);
    }

    /**
     * Jumps to {@code target} when {@code ((a ^ b) & (c ^ d)) < 0}: the sign test of the overflow
     * checks, {@code (x ^ r) & (y ^ r)} for {@code +} and {@code (x ^ y) & (x ^ r)} for {@code -}.
     */
    private void jumpIfXorsShareSign(int a, int b, int c, int d, Label target) {
        mv.visitVarInsn(LLOAD, a);
        mv.visitVarInsn(LLOAD, b);
        mv.visitInsn(LXOR);
        mv.visitVarInsn(LLOAD, c);
        mv.visitVarInsn(LLOAD, d);
        mv.visitInsn(LXOR);
        mv.visitInsn(LAND);
        mv.visitInsn(LCONST_0);
        mv.visitInsn(LCMP);
        mv.visitJumpInsn(IFLT, target);
    }

    /** Jumps to {@code overflow} when {@code r = x op y} overflowed (the node's own checks). */
    private void overflowCheck(String op, int x, int y, int r, Label overflow) {
        switch (op) {
            case "+" -> jumpIfXorsShareSign(x, r, y, r, overflow);
            case "-" -> jumpIfXorsShareSign(x, y, x, r, overflow);
            case "*" -> {
                // the high half must be the sign extension of the low half
                mv.visitVarInsn(LLOAD, x);
                mv.visitVarInsn(LLOAD, y);
                invoke(INVOKESTATIC, Math.class, "multiplyHigh", desc(long.class, long.class, long.class));
                mv.visitVarInsn(LLOAD, r);
                mv.visitIntInsn(BIPUSH, 63);
                mv.visitInsn(LSHR);
                mv.visitInsn(LCMP);
                mv.visitJumpInsn(IFNE, overflow);
            }
            default -> {
                // division and remainder by a positive int cannot overflow
            }
        }
    }

    /** Pushes TRUE when the comparison result on the stack satisfies {@code branch}, else FALSE. */
    private void pushBooleanIf(int branch, Label done) {
        Label yes = new Label();
        mv.visitJumpInsn(branch, yes);
        mv.visitFieldInsn(GETSTATIC, BOOL, "FALSE", "Ljava/lang/Boolean;");
        mv.visitJumpInsn(GOTO, done);
        mv.visitLabel(yes);
        mv.visitFieldInsn(GETSTATIC, BOOL, "TRUE", "Ljava/lang/Boolean;");
        mv.visitJumpInsn(GOTO, done);
    }

    /**
     * Two floats compared with IEEE rules (a NaN makes every comparison false but {@code !=}), as
     * {@code Values.lessThan} and {@code Values.equals} do; leaves the -1/0/1 for {@code op}'s
     * branch. An int beside a float goes to {@code general}: those compare by exact value.
     */
    private void compareDoubles(String op, int a, int c, Label general) {
        mv.visitVarInsn(ALOAD, a);
        mv.visitTypeInsn(INSTANCEOF, DOUBLE);
        mv.visitJumpInsn(IFEQ, general);
        mv.visitVarInsn(ALOAD, c);
        mv.visitTypeInsn(INSTANCEOF, DOUBLE);
        mv.visitJumpInsn(IFEQ, general);
        unboxDouble(a);
        unboxDouble(c);
        // DCMPG makes a NaN compare greater (so < and <= fail), DCMPL less (so > and >= fail).
        mv.visitInsn(op.startsWith("<") ? DCMPG : DCMPL);
    }

    /**
     * {@code + - * / %} with a float on either side and a number on the other: the int becomes a
     * float and IEEE rules apply (Arithmetic's rule; Java's double {@code %} is its remainder).
     */
    private void doubleArithmetic(String op, int a, int c, Label general) {
        int x = newLongLocal();
        int y = newLongLocal();
        toDouble(a, general);
        mv.visitVarInsn(DSTORE, x);
        toDouble(c, general);
        mv.visitVarInsn(DSTORE, y);
        mv.visitVarInsn(DLOAD, x);
        mv.visitVarInsn(DLOAD, y);
        switch (op) {
            case "+" -> mv.visitInsn(DADD);
            case "-" -> mv.visitInsn(DSUB);
            case "*" -> mv.visitInsn(DMUL);
            case "/" -> mv.visitInsn(DDIV);
            default -> mv.visitInsn(DREM);
        }
        invoke(INVOKESTATIC, Double.class, "valueOf", desc(Double.class, double.class));
    }

    /** Pushes the number in {@code local} as a double, or jumps to {@code notNumber}. */
    private void toDouble(int local, Label notNumber) {
        Label notDouble = new Label();
        Label have = new Label();
        mv.visitVarInsn(ALOAD, local);
        mv.visitTypeInsn(INSTANCEOF, DOUBLE);
        mv.visitJumpInsn(IFEQ, notDouble);
        unboxDouble(local);
        mv.visitJumpInsn(GOTO, have);
        mv.visitLabel(notDouble);
        mv.visitVarInsn(ALOAD, local);
        mv.visitTypeInsn(INSTANCEOF, LONG);
        mv.visitJumpInsn(IFEQ, notNumber);
        unboxLong(local);
        mv.visitInsn(L2D);
        mv.visitLabel(have);
    }

    private void unboxDouble(int local) {
        mv.visitVarInsn(ALOAD, local);
        mv.visitTypeInsn(CHECKCAST, DOUBLE);
        mv.visitMethodInsn(INVOKEVIRTUAL, DOUBLE, "doubleValue", "()D", false);
    }

    private void applyGeneral(BinaryNode b, int a, int c) {
        push(b, BinaryNode.class);
        mv.visitVarInsn(ALOAD, a);
        mv.visitVarInsn(ALOAD, c);
        invoke(INVOKEVIRTUAL, BinaryNode.class, "apply", desc(Object.class, Object.class, Object.class));
    }

    // ---- calls ----------------------------------------------------------------------------------

    /**
     * {@code callee(args)}, in the interpreter's order: a script function taking the arguments
     * directly is counted and its depth checked before they are evaluated; anything else gets
     * them as an array. Up to {@link CompiledBody#MAX_DIRECT_ARGS} arguments go to the callee's
     * {@code callN} entry, so the JIT sees at each call site the body it calls there.
     */
    private void call(CallNodes.Call c) {
        ExprNode[] args = c.args();
        if (args.length > CompiledBody.MAX_DIRECT_ARGS) {
            callThroughFrame(c);
            return;
        }
        int fn = toLocal(c.callee());
        int body = enterCall(c, fn, "enterBody", CompiledBody.class);
        int[] values = toLocals(args);
        Label general = new Label();
        Label done = new Label();
        mv.visitVarInsn(ALOAD, body);
        mv.visitJumpInsn(IFNULL, general);
        callEntry(body, fn, values, c.location());
        mv.visitJumpInsn(GOTO, done);
        mv.visitLabel(general);
        callWithArray(c, fn, values);
        mv.visitLabel(done);
    }

    /**
     * {@code body.callN(fn, depth + 1, args...)}: the call of a script function that takes the
     * arguments in locals {@code args} directly; its error gets the call site as its position
     * here, as {@code CallNodes.runDirect} places it.
     */
    private void callEntry(int body, int fn, int[] args, Location at) {
        Label start = new Label();
        Label end = new Label();
        Label failed = new Label();
        Label after = new Label();
        mv.visitLabel(start);
        mv.visitVarInsn(ALOAD, body);
        mv.visitTypeInsn(CHECKCAST, Type.getInternalName(CompiledBody.class));
        mv.visitVarInsn(ALOAD, fn);
        mv.visitTypeInsn(CHECKCAST, Type.getInternalName(FunctionValue.class));
        loadDepth();
        mv.visitInsn(ICONST_1);
        mv.visitInsn(IADD);
        Class<?>[] params = new Class<?>[2 + args.length];
        params[0] = FunctionValue.class;
        params[1] = int.class;
        for (int i = 0; i < args.length; i++) {
            mv.visitVarInsn(ALOAD, args[i]);
            params[2 + i] = Object.class;
        }
        invoke(INVOKEVIRTUAL, CompiledBody.class, "call" + args.length, desc(Object.class, params));
        mv.visitLabel(end);
        mv.visitJumpInsn(GOTO, after);
        mv.visitLabel(failed);
        mv.visitTypeInsn(CHECKCAST, "java/lang/Throwable");  // the two caught types merged to Object
        push(at, Location.class);
        invoke(INVOKESTATIC, CallNodes.class, "callFailed", desc(RuntimeException.class, Throwable.class, Location.class));
        mv.visitInsn(ATHROW);
        mv.visitTryCatchBlock(start, end, failed, Type.getInternalName(PollenException.class));
        mv.visitTryCatchBlock(start, end, failed, Type.getInternalName(StackOverflowError.class));
        mv.visitLabel(after);
    }

    /** A call with more arguments than a {@code callN} entry takes: they go into the callee's frame. */
    private void callThroughFrame(CallNodes.Call c) {
        ExprNode[] args = c.args();
        int fn = toLocal(c.callee());
        int calleeFrame = enterCall(c, fn, "enter", Frame.class);
        int[] values = toLocals(args);
        Label general = new Label();
        Label done = new Label();
        mv.visitVarInsn(ALOAD, calleeFrame);
        mv.visitJumpInsn(IFNULL, general);
        for (int i = 0; i < args.length; i++) {
            mv.visitVarInsn(ALOAD, fn);
            mv.visitVarInsn(ALOAD, calleeFrame);
            mv.visitTypeInsn(CHECKCAST, Type.getInternalName(Frame.class));
            pushInt(i);
            mv.visitVarInsn(ALOAD, values[i]);
            invoke(INVOKESTATIC, CallNodes.class, "bind", desc(void.class, Object.class, Frame.class, int.class, Object.class));
        }
        mv.visitVarInsn(ALOAD, fn);
        mv.visitTypeInsn(CHECKCAST, Type.getInternalName(FunctionValue.class));
        mv.visitVarInsn(ALOAD, calleeFrame);
        mv.visitTypeInsn(CHECKCAST, Type.getInternalName(Frame.class));
        push(c.location(), Location.class);
        invoke(INVOKESTATIC, CallNodes.class, "runDirect", desc(Object.class, FunctionValue.class, Frame.class, Location.class));
        mv.visitJumpInsn(GOTO, done);
        mv.visitLabel(general);
        callWithArray(c, fn, values);
        mv.visitLabel(done);
    }

    /**
     * {@code CallNodes.<helper>(fn, argc, depth, location, context)}, before the arguments are
     * evaluated (it counts the call); its result, the callee's entry or frame or null, goes in a
     * new local.
     */
    private int enterCall(CallNodes.Call c, int fn, String helper, Class<?> returns) {
        mv.visitVarInsn(ALOAD, fn);
        pushInt(c.args().length);
        loadDepth();
        push(c.location(), Location.class);
        push(c.context(), RunContext.class);
        invoke(INVOKESTATIC, CallNodes.class, helper,
                desc(returns, Object.class, int.class, int.class, Location.class, RunContext.class));
        int entered = newLocal();
        mv.visitVarInsn(ASTORE, entered);
        return entered;
    }

    /** Anything else called: the arguments in an array, as {@code CallNodes.invoke} takes them. */
    private void callWithArray(CallNodes.Call c, int fn, int[] values) {
        mv.visitVarInsn(ALOAD, fn);
        array(values);
        loadDepth();
        push(c.location(), Location.class);
        push(c.context(), RunContext.class);
        invoke(INVOKESTATIC, CallNodes.class, "invoke",
                desc(Object.class, Object.class, Object[].class, int.class, Location.class, RunContext.class));
    }

    private int[] toLocals(ExprNode[] nodes) {
        int[] values = new int[nodes.length];
        for (int i = 0; i < nodes.length; i++) {
            values[i] = toLocal(nodes[i]);
        }
        return values;
    }

    /**
     * {@code receiver.name(args)}: a struct's script method taking self and the arguments
     * directly is called through its {@code callN} entry ({@code MethodCall.enterMethod} finds it
     * and counts the call); every other method, its lookup and its cache, stay the node's.
     */
    private void methodCall(CallNodes.MethodCall m) {
        int self = toLocal(m.receiver());
        int[] values = toLocals(m.args());
        Label general = new Label();
        Label done = new Label();
        if (values.length < CompiledBody.MAX_DIRECT_ARGS) {
            push(m, CallNodes.MethodCall.class);
            mv.visitVarInsn(ALOAD, self);
            pushInt(values.length);
            loadDepth();
            invoke(INVOKEVIRTUAL, CallNodes.MethodCall.class, "enterMethod",
                    desc(FunctionValue.class, Object.class, int.class, int.class));
            int fn = newLocal();
            mv.visitVarInsn(ASTORE, fn);
            mv.visitVarInsn(ALOAD, fn);
            mv.visitJumpInsn(IFNULL, general);
            mv.visitVarInsn(ALOAD, fn);
            mv.visitTypeInsn(CHECKCAST, Type.getInternalName(FunctionValue.class));
            invoke(INVOKEVIRTUAL, FunctionValue.class, "code", desc(FunctionCode.class));
            invoke(INVOKEVIRTUAL, FunctionCode.class, "entry", desc(CompiledBody.class));
            int body = newLocal();
            mv.visitVarInsn(ASTORE, body);
            int[] withSelf = new int[values.length + 1];
            withSelf[0] = self;
            System.arraycopy(values, 0, withSelf, 1, values.length);
            callEntry(body, fn, withSelf, m.location());
            mv.visitJumpInsn(GOTO, done);
        }
        mv.visitLabel(general);
        push(m, CallNodes.MethodCall.class);
        mv.visitVarInsn(ALOAD, self);
        array(values);
        loadDepth();
        invoke(INVOKEVIRTUAL, CallNodes.MethodCall.class, "call", desc(Object.class, Object.class, Object[].class, int.class));
        mv.visitLabel(done);
    }

    /** {@code [a, b, ...]}: the items in order, into a list of exactly their number. */
    private void listLiteral(ExprNode[] items) {
        int[] values = new int[items.length];
        for (int i = 0; i < items.length; i++) {
            values[i] = toLocal(items[i]);
        }
        String list = Type.getInternalName(PList.class);
        mv.visitTypeInsn(NEW, list);
        mv.visitInsn(DUP);
        pushInt(items.length);
        mv.visitMethodInsn(INVOKESPECIAL, list, "<init>", "(I)V", false);
        for (int v : values) {
            mv.visitInsn(DUP);
            mv.visitVarInsn(ALOAD, v);
            mv.visitMethodInsn(INVOKEVIRTUAL, list, "add", "(Ljava/lang/Object;)V", false);
        }
    }

    /** Each part's str appended as it is evaluated, as the node does. */
    private void interpolation(ValueNodes.Interpolation node) {
        int sb = newLocal();
        mv.visitTypeInsn(NEW, "java/lang/StringBuilder");
        mv.visitInsn(DUP);
        mv.visitMethodInsn(INVOKESPECIAL, "java/lang/StringBuilder", "<init>", "()V", false);
        mv.visitVarInsn(ASTORE, sb);
        for (ExprNode part : node.parts()) {
            int v = toLocal(part);
            mv.visitVarInsn(ALOAD, sb);
            mv.visitVarInsn(ALOAD, v);
            invoke(INVOKESTATIC, ValueNodes.Interpolation.class, "append", desc(void.class, StringBuilder.class, Object.class));
        }
        mv.visitVarInsn(ALOAD, sb);
        mv.visitMethodInsn(INVOKEVIRTUAL, "java/lang/StringBuilder", "toString", "()Ljava/lang/String;", false);
    }

    /** Each entry put as soon as its key and value are evaluated, as the node does. */
    private void mapLiteral(ValueNodes.MapLit node) {
        String map = Type.getInternalName(PMap.class);
        int m = newLocal();
        mv.visitTypeInsn(NEW, map);
        mv.visitInsn(DUP);
        pushInt(node.keys().length);
        mv.visitMethodInsn(INVOKESPECIAL, map, "<init>", "(I)V", false);
        mv.visitVarInsn(ASTORE, m);
        for (int i = 0; i < node.keys().length; i++) {
            int k = toLocal(node.keys()[i]);
            int v = toLocal(node.values()[i]);
            push(node, ValueNodes.MapLit.class);
            mv.visitVarInsn(ALOAD, m);
            mv.visitVarInsn(ALOAD, k);
            mv.visitVarInsn(ALOAD, v);
            invoke(INVOKEVIRTUAL, ValueNodes.MapLit.class, "put", desc(void.class, PMap.class, Object.class, Object.class));
        }
        mv.visitVarInsn(ALOAD, m);
    }

    /** Pushes the arguments array of a call: a new Object[] holding the given locals. */
    private void array(int[] locals) {
        if (locals.length == 0) {
            mv.visitFieldInsn(GETSTATIC, Type.getInternalName(CallNodes.class), "NO_VALUES", "[Ljava/lang/Object;");
            return;
        }
        pushInt(locals.length);
        mv.visitTypeInsn(ANEWARRAY, OBJ);
        for (int i = 0; i < locals.length; i++) {
            mv.visitInsn(DUP);
            pushInt(i);
            mv.visitVarInsn(ALOAD, locals[i]);
            mv.visitInsn(AASTORE);
        }
    }
}
