package dev.pollen.interpreter.jvm;

import static org.objectweb.asm.Opcodes.*;

import dev.pollen.interpreter.lower.AsyncCode;
import dev.pollen.interpreter.lower.BasicBlock;
import dev.pollen.interpreter.lower.MachineTier;
import dev.pollen.interpreter.lower.StateMachine;
import dev.pollen.interpreter.lower.Terminator;
import dev.pollen.interpreter.lower.TryRegion;
import dev.pollen.interpreter.nodes.ControlSignal;
import dev.pollen.interpreter.nodes.ExprNode;
import dev.pollen.interpreter.nodes.Frame;
import dev.pollen.runtime.async.Context;
import dev.pollen.runtime.value.PollenException;
import dev.pollen.interpreter.lower.Liveness;
import java.util.BitSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Type;

/**
 * The class generated for one async body: a {@link StateMachine} whose {@code runBlock} is
 * a {@code tableswitch} over the body's basic blocks, each block's code and terminator in
 * bytecode. The state (the block to resume), the awaited future, the saved completions and the
 * routing of errors and jumps through try regions stay the base class's, so interpreted and
 * compiled machines share one definition of suspension, cancellation and {@code finally}. The
 * class is also its own {@link MachineTier.MachineMaker} (the instance made at definition time
 * serves only to make the others).
 *
 * <p>Where the body allows it (nothing in it runs on the node interpreter or binds a pattern
 * through the frame), the slots live where the dispatch loop enters a block
 * ({@link Liveness#liveAt} of {@link Liveness#entries}: the variables live across an await, the parameters, what a
 * catch or finally block needs) are fields of the class, one per slot, and every other slot is a
 * local of {@code runBlock}: the machine has no slot array, and its {@code get}/{@code set} (the
 * runtime binding arguments, the result of an await, a caught error) reach the fields through a
 * switch. Otherwise the slots stay in the frame's array.
 */
final class MachineClass {
    private static final String BASE = Type.getInternalName(StateMachine.class);
    private static final String CODE = Type.getDescriptor(AsyncCode.class);
    private static final String BLOCK = Type.getDescriptor(BasicBlock.class);

    /** The locals of {@code runBlock}: this, the block index, the poll's context, the frame (this again), its slots. */
    private static final int INDEX = 1;
    private static final int CONTEXT = 2;
    private static final int FRAME = 3;
    private static final int SLOTS = 4;
    /** With the slots in fields: the call depth, then the slots that are locals. */
    private static final int DEPTH = 3;
    private static final int SLOT_BASE = 4;
    private static final String RUN_BLOCK = "(I" + Type.getDescriptor(Context.class) + ")I";

    private MachineClass() {}

    static SyncBodyClass.Generated generate(AsyncCode code, String className) {
        Liveness liveness = Liveness.of(code);
        BitSet entries = liveness.entries();
        try {
            return generate(code, className, entries, slotFields(code, liveness.liveAt(entries)));
        } catch (NodeEmitter.FrameNeeded e) {
            return generate(code, className, entries, null);  // some node runs on the frame's array
        }
    }

    /** The field of each slot live at an entry (its variable's name and slot, or {@code tmp_} and the slot of a compiler temporary), null for the others. */
    static String[] slotFields(AsyncCode code, BitSet live) {
        String[] fields = new String[code.slotCount()];
        for (int slot = live.nextSetBit(0); slot >= 0; slot = live.nextSetBit(slot + 1)) {
            String name = code.slotNames().get(slot);
            fields[slot] = (name.startsWith("%") ? "tmp" : name.replaceAll("[^A-Za-z0-9_]", "_")) + "_" + slot;
        }
        return fields;
    }

    /** The class, with its slots in fields named by {@code slotFields}, or in the frame's array when it is null. */
    private static SyncBodyClass.Generated generate(AsyncCode code, String className, BitSet entries,
                                                     String[] slotFields) {
        ClassWriter cw = new SyncBodyClass.ObjectMergingWriter();
        ClassData data = new ClassData(className);
        cw.visit(V17, ACC_FINAL | ACC_SUPER, className, null, BASE,
                new String[] {Type.getInternalName(MachineTier.MachineMaker.class)});
        constructor(cw, slotFields != null);
        maker(cw, className);
        Set<String> delegated = runBlock(cw, data, code, className, slotFields, entries);
        if (slotFields != null) {
            for (String field : slotFields) {
                if (field != null) {
                    cw.visitField(ACC_PRIVATE, field, "Ljava/lang/Object;", null, null).visitEnd();
                }
            }
            slotAccessors(cw, className, slotFields);
        }
        data.emitFields(cw);
        cw.visitEnd();
        return new SyncBodyClass.Generated(className, cw.toByteArray(), data, delegated);
    }

    private static void constructor(ClassWriter cw, boolean slotsInFields) {
        MethodVisitor mv = cw.visitMethod(ACC_PUBLIC, "<init>", "(" + CODE + "I)V", null, null);
        mv.visitCode();
        mv.visitVarInsn(ALOAD, 0);
        mv.visitVarInsn(ALOAD, 1);
        mv.visitVarInsn(ILOAD, 2);
        if (slotsInFields) {
            mv.visitInsn(ICONST_1);
            mv.visitMethodInsn(INVOKESPECIAL, BASE, "<init>", "(" + CODE + "IZ)V", false);
        } else {
            mv.visitMethodInsn(INVOKESPECIAL, BASE, "<init>", "(" + CODE + "I)V", false);
        }
        mv.visitInsn(RETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
    }

    /**
     * {@code get(slot)} and {@code set(slot, value)} over the fields: a switch on the slot; a slot
     * that is no field is dead wherever the runtime reads or writes it (nil, and the value dropped).
     */
    private static void slotAccessors(ClassWriter cw, String className, String[] slotFields) {
        for (boolean setter : new boolean[] {false, true}) {
            MethodVisitor mv = cw.visitMethod(ACC_PUBLIC, setter ? "set" : "get",
                    setter ? "(ILjava/lang/Object;)V" : "(I)Ljava/lang/Object;", null, null);
            mv.visitCode();
            Label other = new Label();
            Label[] cases = new Label[Math.max(1, slotFields.length)];
            for (int i = 0; i < cases.length; i++) {
                cases[i] = i < slotFields.length && slotFields[i] != null ? new Label() : other;
            }
            mv.visitVarInsn(ILOAD, 1);
            mv.visitTableSwitchInsn(0, cases.length - 1, other, cases);
            for (int i = 0; i < slotFields.length; i++) {
                if (slotFields[i] == null) {
                    continue;
                }
                mv.visitLabel(cases[i]);
                mv.visitVarInsn(ALOAD, 0);
                if (setter) {
                    mv.visitVarInsn(ALOAD, 2);
                    mv.visitFieldInsn(PUTFIELD, className, slotFields[i], "Ljava/lang/Object;");
                    mv.visitInsn(RETURN);
                } else {
                    mv.visitFieldInsn(GETFIELD, className, slotFields[i], "Ljava/lang/Object;");
                    mv.visitInsn(ARETURN);
                }
            }
            mv.visitLabel(other);
            if (setter) {
                mv.visitInsn(RETURN);
            } else {
                mv.visitInsn(ACONST_NULL);
                mv.visitInsn(ARETURN);
            }
            mv.visitMaxs(0, 0);
            mv.visitEnd();
        }
    }

    private static void maker(ClassWriter cw, String className) {
        MethodVisitor mv = cw.visitMethod(ACC_PUBLIC, "make", "(" + CODE + "I)L" + BASE + ";", null, null);
        mv.visitCode();
        mv.visitTypeInsn(NEW, className);
        mv.visitInsn(DUP);
        mv.visitVarInsn(ALOAD, 1);
        mv.visitVarInsn(ILOAD, 2);
        mv.visitMethodInsn(INVOKESPECIAL, className, "<init>", "(" + CODE + "I)V", false);
        mv.visitInsn(ARETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
    }

    private static Set<String> runBlock(ClassWriter cw, ClassData data, AsyncCode code, String className,
                                        String[] slotFields, BitSet entries) {
        MethodVisitor mv = cw.visitMethod(ACC_PROTECTED, "runBlock", RUN_BLOCK, null, null);
        mv.visitCode();
        NodeEmitter emitter;
        if (slotFields == null) {
            mv.visitVarInsn(ALOAD, 0);
            mv.visitVarInsn(ASTORE, FRAME);
            mv.visitVarInsn(ALOAD, 0);
            mv.visitFieldInsn(GETFIELD, Type.getInternalName(Frame.class), "slots", "[Ljava/lang/Object;");
            mv.visitVarInsn(ASTORE, SLOTS);
            emitter = new NodeEmitter(mv, data, FRAME, SLOTS, false, SLOTS + 1);
        } else {
            mv.visitVarInsn(ALOAD, 0);
            mv.visitFieldInsn(GETFIELD, Type.getInternalName(Frame.class), "depth", "I");
            mv.visitVarInsn(ISTORE, DEPTH);
            // the slots that are locals are dead where the switch enters: nil keeps the verifier content
            for (int slot = 0; slot < slotFields.length; slot++) {
                if (slotFields[slot] == null) {
                    mv.visitInsn(ACONST_NULL);
                    mv.visitVarInsn(ASTORE, SLOT_BASE + slot);
                }
            }
            emitter = NodeEmitter.inFields(mv, data, className, slotFields, SLOT_BASE, DEPTH);
        }
        List<BasicBlock> blocks = code.blocks();
        Label[] cases = new Label[blocks.size()];
        for (int i = 0; i < cases.length; i++) {
            cases[i] = new Label();
        }
        Label other = new Label();
        // With the slots in fields only the entries are switch targets: a block reached by a goto
        // alone may read locals the switch never set.
        Label[] switchTargets = new Label[cases.length];
        for (int i = 0; i < cases.length; i++) {
            switchTargets[i] = slotFields == null || entries.get(i) ? cases[i] : other;
        }
        mv.visitVarInsn(ILOAD, INDEX);
        mv.visitTableSwitchInsn(0, cases.length - 1, other, switchTargets);
        Set<String> delegated = new TreeSet<>();
        for (int i = 0; i < cases.length; i++) {
            mv.visitLabel(cases[i]);
            block(mv, data, emitter, blocks.get(i), cases);
        }
        mv.visitLabel(other);
        if (slotFields == null) {
            mv.visitVarInsn(ALOAD, 0);
            mv.visitVarInsn(ILOAD, INDEX);
            mv.visitVarInsn(ALOAD, CONTEXT);
            mv.visitMethodInsn(INVOKESPECIAL, BASE, "runBlock", RUN_BLOCK, false);
            mv.visitInsn(IRETURN);
        } else {
            mv.visitTypeInsn(NEW, "java/lang/IllegalStateException");
            mv.visitInsn(DUP);
            mv.visitLdcInsn("not a block the dispatch loop enters");
            mv.visitMethodInsn(INVOKESPECIAL, "java/lang/IllegalStateException", "<init>", "(Ljava/lang/String;)V", false);
            mv.visitInsn(ATHROW);
        }
        mv.visitMaxs(0, 0);
        mv.visitEnd();
        delegated.addAll(emitter.delegated);
        return delegated;
    }

    /** One block: its code and terminator, with whatever they throw routed by {@code recover}. */
    private static void block(MethodVisitor mv, ClassData data, NodeEmitter emitter, BasicBlock block, Label[] cases) {
        Label start = new Label();
        Label end = new Label();
        Label handler = new Label();
        mv.visitLabel(start);
        if (block.firstLine() > 0) {
            mv.visitLineNumber(block.firstLine(), start);
        }
        for (ExprNode s : block.body()) {
            emitter.expr(s);
            mv.visitInsn(POP);
        }
        terminator(mv, data, emitter, block, cases);
        mv.visitLabel(end);
        for (Class<?> caught : List.of(PollenException.class, ControlSignal.class, StackOverflowError.class)) {
            mv.visitTryCatchBlock(start, end, handler, Type.getInternalName(caught));
        }
        mv.visitLabel(handler);
        int thrown = emitter.newLocal();
        mv.visitVarInsn(ASTORE, thrown);
        mv.visitVarInsn(ALOAD, 0);
        data.load(mv, block);
        mv.visitVarInsn(ALOAD, thrown);
        mv.visitTypeInsn(CHECKCAST, "java/lang/Throwable");
        mv.visitMethodInsn(INVOKEVIRTUAL, BASE, "recover", "(" + BLOCK + "Ljava/lang/Throwable;)I", false);
        mv.visitInsn(IRETURN);
    }

    /**
     * The await of a state machine: polled by {@code awaitMachine} at once; when it is done the
     * code jumps straight to the resume block. Falls through for any other future.
     */
    private static void awaitMachine(MethodVisitor mv, ClassData data, NodeEmitter emitter, BasicBlock block,
                                     Terminator.Await a, int value, Label resume) {
        Label other = new Label();
        Label elsewhere = new Label();
        mv.visitVarInsn(ALOAD, value);
        mv.visitTypeInsn(INSTANCEOF, BASE);
        mv.visitJumpInsn(IFEQ, other);
        mv.visitVarInsn(ALOAD, 0);
        data.load(mv, a);
        data.load(mv, block);
        mv.visitVarInsn(ALOAD, value);
        mv.visitTypeInsn(CHECKCAST, BASE);
        mv.visitVarInsn(ALOAD, CONTEXT);
        mv.visitMethodInsn(INVOKEVIRTUAL, BASE, "awaitMachine",
                "(" + Type.getDescriptor(Terminator.Await.class) + BLOCK + "L" + BASE + ";" + Type.getDescriptor(Context.class) + ")I", false);
        mv.visitInsn(DUP);
        emitter.pushInt(a.resume());
        mv.visitJumpInsn(IF_ICMPNE, elsewhere);
        mv.visitInsn(POP);
        mv.visitJumpInsn(GOTO, resume);
        mv.visitLabel(elsewhere);
        mv.visitInsn(IRETURN);
        mv.visitLabel(other);
    }

    private static void terminator(MethodVisitor mv, ClassData data, NodeEmitter emitter, BasicBlock block,
                                   Label[] cases) {
        Terminator t = block.terminator();
        // A jump to another block goes straight to its code: the dispatch loop would do nothing
        // more than come back here through the switch.
        if (t instanceof Terminator.Goto g) {
            mv.visitJumpInsn(GOTO, cases[g.target()]);
        } else if (t instanceof Terminator.Branch b) {
            Label otherwise = new Label();
            emitter.condition(b.condition(), otherwise);
            mv.visitJumpInsn(GOTO, cases[b.ifTrue()]);
            mv.visitLabel(otherwise);
            mv.visitJumpInsn(GOTO, cases[b.ifFalse()]);
        } else if (t instanceof Terminator.Await a) {
            int value = emitter.toLocal(a.operand());
            dropFields(mv, emitter, a);
            awaitMachine(mv, data, emitter, block, a, value, cases[a.resume()]);
            mv.visitVarInsn(ALOAD, 0);
            data.load(mv, a);
            data.load(mv, block);
            mv.visitVarInsn(ALOAD, value);
            mv.visitMethodInsn(INVOKEVIRTUAL, BASE, "beginAwait",
                    "(" + Type.getDescriptor(Terminator.Await.class) + BLOCK + "Ljava/lang/Object;)I", false);
            mv.visitInsn(IRETURN);
        } else if (t instanceof Terminator.Return r) {
            int value = r.value() == null ? -1 : emitter.toLocal(r.value());
            mv.visitVarInsn(ALOAD, 0);
            loadRegion(mv, data, block);
            if (value < 0) {
                mv.visitInsn(ACONST_NULL);
            } else {
                mv.visitVarInsn(ALOAD, value);
            }
            mv.visitMethodInsn(INVOKEVIRTUAL, BASE, "routeReturn",
                    "(" + Type.getDescriptor(TryRegion.class) + "Ljava/lang/Object;)I", false);
            mv.visitInsn(IRETURN);
        } else if (t instanceof Terminator.Throw th) {
            int value = emitter.toLocal(th.value());
            data.load(mv, th);
            mv.visitVarInsn(ALOAD, value);
            mv.visitMethodInsn(INVOKEVIRTUAL, Type.getInternalName(Terminator.Throw.class), "error",
                    "(Ljava/lang/Object;)" + Type.getDescriptor(PollenException.class), false);
            mv.visitInsn(ATHROW);  // to this block's handler: recover routes it as the interpreter does
        } else if (t instanceof Terminator.Jump j) {
            if (j.resultSlot() >= 0) {
                emitter.storeSlot(j.resultSlot(), emitter.toLocalOrNil(j.value()));
            }
            mv.visitVarInsn(ALOAD, 0);
            loadRegion(mv, data, block);
            emitter.pushInt(j.target());
            mv.visitMethodInsn(INVOKEVIRTUAL, BASE, "routeJump", "(" + Type.getDescriptor(TryRegion.class) + "I)I", false);
            goToIfSame(mv, emitter, j.target(), cases);
        } else if (t instanceof Terminator.EnterFinally e) {
            emitter.storeSlot(e.completionSlot(), emitter.toLocalOrNil(null));
            mv.visitJumpInsn(GOTO, cases[e.finallyBlock()]);
        } else if (t instanceof Terminator.EndFinally e) {
            int saved = emitter.newLocal();
            emitter.loadSlot(e.completionSlot());
            mv.visitVarInsn(ASTORE, saved);
            emitter.storeSlot(e.completionSlot(), emitter.toLocalOrNil(null));
            data.load(mv, e);
            mv.visitVarInsn(ALOAD, 0);
            data.load(mv, block);
            mv.visitVarInsn(ALOAD, saved);
            mv.visitMethodInsn(INVOKEVIRTUAL, Type.getInternalName(Terminator.EndFinally.class), "after",
                    "(L" + BASE + ";" + BLOCK + "Ljava/lang/Object;)I", false);
            goToIfSame(mv, emitter, e.after(), cases);
        } else {
            throw new IllegalStateException("no bytecode for " + t.getClass().getSimpleName());
        }
    }

    /**
     * Lets go of the fields dead while suspended at {@code a} (the base class drops only what is in
     * a slot array). Before the await begins: if it fails instead, what its catch or finally
     * needs is kept.
     */
    private static void dropFields(MethodVisitor mv, NodeEmitter emitter, Terminator.Await a) {
        int[] fields = java.util.Arrays.stream(a.dropped()).filter(emitter::isField).toArray();
        if (fields.length == 0) {
            return;
        }
        int fill = emitter.newLocal();
        mv.visitMethodInsn(INVOKESTATIC, BASE, "droppedFill", "()Ljava/lang/Object;", false);
        mv.visitVarInsn(ASTORE, fill);
        for (int slot : fields) {
            emitter.storeSlot(slot, fill);
        }
    }

    private static void loadRegion(MethodVisitor mv, ClassData data, BasicBlock block) {
        if (block.region() == null) {
            mv.visitInsn(ACONST_NULL);
        } else {
            data.load(mv, block.region());
        }
    }

    /** With the next block's index on the stack: straight to its code when it is {@code target}, else back to the dispatch loop. */
    private static void goToIfSame(MethodVisitor mv, NodeEmitter emitter, int target, Label[] cases) {
        Label elsewhere = new Label();
        mv.visitInsn(DUP);
        emitter.pushInt(target);
        mv.visitJumpInsn(IF_ICMPNE, elsewhere);
        mv.visitInsn(POP);
        mv.visitJumpInsn(GOTO, cases[target]);
        mv.visitLabel(elsewhere);
        mv.visitInsn(IRETURN);
    }
}
