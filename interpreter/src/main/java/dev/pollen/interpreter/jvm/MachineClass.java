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
    private static final String RUN_BLOCK = "(I" + Type.getDescriptor(Context.class) + ")I";

    private MachineClass() {}

    static SyncBodyClass.Generated generate(AsyncCode code, String className) {
        ClassWriter cw = new SyncBodyClass.ObjectMergingWriter();
        ClassData data = new ClassData(className);
        cw.visit(V17, ACC_FINAL | ACC_SUPER, className, null, BASE,
                new String[] {Type.getInternalName(MachineTier.MachineMaker.class)});
        constructor(cw);
        maker(cw, className);
        Set<String> delegated = runBlock(cw, data, code);
        data.emitFields(cw);
        cw.visitEnd();
        return new SyncBodyClass.Generated(className, cw.toByteArray(), data, delegated);
    }

    private static void constructor(ClassWriter cw) {
        MethodVisitor mv = cw.visitMethod(ACC_PUBLIC, "<init>", "(" + CODE + "I)V", null, null);
        mv.visitCode();
        mv.visitVarInsn(ALOAD, 0);
        mv.visitVarInsn(ALOAD, 1);
        mv.visitVarInsn(ILOAD, 2);
        mv.visitMethodInsn(INVOKESPECIAL, BASE, "<init>", "(" + CODE + "I)V", false);
        mv.visitInsn(RETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
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

    private static Set<String> runBlock(ClassWriter cw, ClassData data, AsyncCode code) {
        MethodVisitor mv = cw.visitMethod(ACC_PROTECTED, "runBlock", RUN_BLOCK, null, null);
        mv.visitCode();
        mv.visitVarInsn(ALOAD, 0);
        mv.visitVarInsn(ASTORE, FRAME);
        mv.visitVarInsn(ALOAD, 0);
        mv.visitFieldInsn(GETFIELD, Type.getInternalName(Frame.class), "slots", "[Ljava/lang/Object;");
        mv.visitVarInsn(ASTORE, SLOTS);
        NodeEmitter emitter = new NodeEmitter(mv, data, FRAME, SLOTS, false, SLOTS + 1);
        List<BasicBlock> blocks = code.blocks();
        Label[] cases = new Label[blocks.size()];
        for (int i = 0; i < cases.length; i++) {
            cases[i] = new Label();
        }
        Label other = new Label();
        mv.visitVarInsn(ILOAD, INDEX);
        mv.visitTableSwitchInsn(0, cases.length - 1, other, cases);
        Set<String> delegated = new TreeSet<>();
        for (int i = 0; i < cases.length; i++) {
            mv.visitLabel(cases[i]);
            block(mv, data, emitter, blocks.get(i), cases);
        }
        mv.visitLabel(other);
        mv.visitVarInsn(ALOAD, 0);
        mv.visitVarInsn(ILOAD, INDEX);
        mv.visitVarInsn(ALOAD, CONTEXT);
        mv.visitMethodInsn(INVOKESPECIAL, BASE, "runBlock", RUN_BLOCK, false);
        mv.visitInsn(IRETURN);
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
            if (block.region() == null) {
                mv.visitInsn(ACONST_NULL);
            } else {
                data.load(mv, block.region());
            }
            if (value < 0) {
                mv.visitInsn(ACONST_NULL);
            } else {
                mv.visitVarInsn(ALOAD, value);
            }
            mv.visitMethodInsn(INVOKEVIRTUAL, BASE, "routeReturn",
                    "(" + Type.getDescriptor(TryRegion.class) + "Ljava/lang/Object;)I", false);
            mv.visitInsn(IRETURN);
        } else {
            // throw, break/continue of a lowered loop, entering and leaving finally: the
            // terminator's own run, on a constant receiver
            emitter.delegated.add("Terminator." + t.getClass().getSimpleName());
            data.load(mv, t);
            mv.visitVarInsn(ALOAD, 0);
            data.load(mv, block);
            mv.visitMethodInsn(INVOKEVIRTUAL, Type.getInternalName(Terminator.class), "run",
                    "(L" + BASE + ";" + BLOCK + ")I", false);
            mv.visitInsn(IRETURN);
        }
    }
}
