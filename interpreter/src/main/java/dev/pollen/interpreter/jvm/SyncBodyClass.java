package dev.pollen.interpreter.jvm;

import static org.objectweb.asm.Opcodes.*;

import dev.pollen.interpreter.nodes.Cell;
import dev.pollen.interpreter.nodes.CompiledBody;
import dev.pollen.interpreter.nodes.ControlSignal;
import dev.pollen.interpreter.nodes.ExprNode;
import dev.pollen.interpreter.nodes.Frame;
import dev.pollen.interpreter.nodes.FunctionCode;
import dev.pollen.interpreter.nodes.FunctionValue;
import dev.pollen.runtime.value.PollenException;
import java.util.Set;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Type;

/**
 * The class generated for one synchronous function: a {@link CompiledBody} whose {@code run}
 * is the body in bytecode. As {@code FunctionValue} does for the interpreted body, a
 * {@code return} signal thrown from code the interpreter runs gives the result, and an error
 * leaving the body names the function in the script stack trace.
 */
final class SyncBodyClass {
    /** The class file, its constants, and the node kinds it hands to the interpreter. */
    record Generated(String name, byte[] bytes, ClassData data, Set<String> delegated) {}

    /** The locals of {@code run} and of a {@code callN} entry: this, the function, then the frame or the depth. */
    private static final int FUNCTION = 1;
    /** The locals of {@code run}: then the frame, and the frame's slots. */
    private static final int FRAME = 2;
    private static final int SLOTS = 3;
    /** The locals of a {@code callN} entry: then the depth, and the arguments. */
    private static final int DEPTH = 2;
    private static final int FIRST_ARG = 3;
    private static final String RUN = "(" + Type.getDescriptor(FunctionValue.class) + Type.getDescriptor(Frame.class)
            + ")Ljava/lang/Object;";

    private static final String BODY = Type.getInternalName(CompiledBody.class);
    private static final String FRAME_TYPE = Type.getInternalName(Frame.class);

    private SyncBodyClass() {}

    /**
     * The class for {@code code}: its body in the {@code callN} entry of its arity with the slots
     * in JVM locals (the captured Cells loaded from the function) when nothing needs the frame (no
     * parameter in a Cell, no node the interpreter runs, no pattern bound through the frame),
     * else in {@code run} on the frame.
     */
    static Generated generate(FunctionCode code, String className) {
        if (code.hasPlainParams() && code.paramSlots().length <= CompiledBody.MAX_DIRECT_ARGS) {
            try {
                return generate(code, className, false);
            } catch (NodeEmitter.FrameNeeded e) {
                // some node reads or writes the frame: the body runs on one
            }
        }
        return generate(code, className, true);
    }

    private static Generated generate(FunctionCode code, String className, boolean withFrame) {
        ClassWriter cw = new ObjectMergingWriter();
        ClassData data = new ClassData(className);
        cw.visit(V17, ACC_FINAL | ACC_SUPER, className, null, BODY, null);
        constructor(cw);
        NodeEmitter emitter;
        if (withFrame) {
            MethodVisitor mv = cw.visitMethod(ACC_PUBLIC, "run", RUN, null, null);
            mv.visitCode();
            mv.visitVarInsn(ALOAD, FRAME);
            mv.visitFieldInsn(GETFIELD, FRAME_TYPE, "slots", "[Ljava/lang/Object;");
            mv.visitVarInsn(ASTORE, SLOTS);
            emitter = new NodeEmitter(mv, data, FRAME, SLOTS, true, SLOTS + 1);
            body(mv, emitter, code);
        } else {
            int[] params = code.paramSlots();
            String entry = "call" + params.length;
            String descriptor = entryDescriptor(params.length);
            MethodVisitor mv = cw.visitMethod(ACC_PUBLIC, entry, descriptor, null, null);
            mv.visitCode();
            int slotBase = FIRST_ARG + params.length;
            emitter = NodeEmitter.withoutFrame(mv, data, slotBase, code.slotCount(), DEPTH);
            for (int slot = 0; slot < code.slotCount(); slot++) {
                mv.visitInsn(ACONST_NULL);
                mv.visitVarInsn(ASTORE, slotBase + slot);
            }
            for (int i = 0; i < params.length; i++) {
                mv.visitVarInsn(ALOAD, FIRST_ARG + i);
                mv.visitVarInsn(ASTORE, slotBase + params[i]);
            }
            int[] captures = code.captureSlots();
            for (int i = 0; i < captures.length; i++) {
                mv.visitVarInsn(ALOAD, FUNCTION);
                emitter.pushInt(i);
                mv.visitMethodInsn(INVOKEVIRTUAL, Type.getInternalName(FunctionValue.class), "captured",
                        "(I)" + Type.getDescriptor(Cell.class), false);
                mv.visitVarInsn(ASTORE, slotBase + captures[i]);
            }
            body(mv, emitter, code);
            runThroughEntry(cw, className, entry, descriptor, params);
        }
        data.emitFields(cw);
        cw.visitEnd();
        return new Generated(className, cw.toByteArray(), data, emitter.delegated);
    }

    /**
     * The class for a loop's body alone: {@code run(frame)} runs one iteration on the frame of
     * the code around the loop, leaving by error or signal exactly as the nodes do (no function
     * is left here, so nothing is added to a stack trace).
     */
    static Generated generateLoopBody(ExprNode body, String className) {
        ClassWriter cw = new ObjectMergingWriter();
        ClassData data = new ClassData(className);
        cw.visit(V17, ACC_FINAL | ACC_SUPER, className, null, BODY, null);
        constructor(cw);
        MethodVisitor mv = cw.visitMethod(ACC_PUBLIC, "run", RUN, null, null);
        mv.visitCode();
        mv.visitVarInsn(ALOAD, FRAME);
        mv.visitFieldInsn(GETFIELD, FRAME_TYPE, "slots", "[Ljava/lang/Object;");
        mv.visitVarInsn(ASTORE, SLOTS);
        NodeEmitter emitter = new NodeEmitter(mv, data, FRAME, SLOTS, false, SLOTS + 1);
        emitter.expr(body);
        mv.visitInsn(ARETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
        data.emitFields(cw);
        cw.visitEnd();
        return new Generated(className, cw.toByteArray(), data, emitter.delegated);
    }

    /** {@code (FunctionValue, int depth, Object...)Object}: a {@code callN} entry's descriptor. */
    private static String entryDescriptor(int argc) {
        return "(" + Type.getDescriptor(FunctionValue.class) + "I" + "Ljava/lang/Object;".repeat(argc) + ")Ljava/lang/Object;";
    }

    /** The body, then what leaves it: a {@code return} signal's value, an error naming the function. */
    private static void body(MethodVisitor mv, NodeEmitter emitter, FunctionCode code) {
        Label start = new Label();
        Label end = new Label();
        Label onReturn = new Label();
        Label onError = new Label();
        String returnType = Type.getInternalName(ControlSignal.Return.class);
        mv.visitLabel(start);
        emitter.expr(code.body());
        mv.visitInsn(ARETURN);
        mv.visitLabel(end);
        mv.visitTryCatchBlock(start, end, onReturn, returnType);
        mv.visitTryCatchBlock(start, end, onError, Type.getInternalName(PollenException.class));
        mv.visitLabel(onReturn);
        mv.visitFieldInsn(GETFIELD, returnType, "value", "Ljava/lang/Object;");
        mv.visitInsn(ARETURN);
        mv.visitLabel(onError);
        mv.visitInsn(DUP);
        emitter.push(code.traceName(), String.class);
        mv.visitMethodInsn(INVOKEVIRTUAL, Type.getInternalName(PollenException.class), "leaveFunction",
                "(Ljava/lang/String;)V", false);
        mv.visitInsn(ATHROW);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
    }

    /** {@code run(frame)} of a body kept in its entry: the parameters from their slots, then the entry. */
    private static void runThroughEntry(ClassWriter cw, String className, String entry, String descriptor,
                                        int[] params) {
        MethodVisitor mv = cw.visitMethod(ACC_PUBLIC, "run", RUN, null, null);
        mv.visitCode();
        mv.visitVarInsn(ALOAD, 0);
        mv.visitVarInsn(ALOAD, FUNCTION);
        mv.visitVarInsn(ALOAD, FRAME);
        mv.visitFieldInsn(GETFIELD, FRAME_TYPE, "depth", "I");
        for (int slot : params) {
            mv.visitVarInsn(ALOAD, FRAME);
            mv.visitFieldInsn(GETFIELD, FRAME_TYPE, "slots", "[Ljava/lang/Object;");
            mv.visitLdcInsn(slot);
            mv.visitInsn(AALOAD);
        }
        mv.visitMethodInsn(INVOKEVIRTUAL, className, entry, descriptor, false);
        mv.visitInsn(ARETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
    }

    static void constructor(ClassWriter cw) {
        MethodVisitor mv = cw.visitMethod(ACC_PUBLIC, "<init>", "()V", null, null);
        mv.visitCode();
        mv.visitVarInsn(ALOAD, 0);
        mv.visitMethodInsn(INVOKESPECIAL, BODY, "<init>", "()V", false);
        mv.visitInsn(RETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
    }

    /**
     * Computes stack map frames without loading classes: generated code keeps every value typed
     * Object and casts before each use, so two different types always merge to Object.
     */
    static final class ObjectMergingWriter extends ClassWriter {
        ObjectMergingWriter() {
            super(COMPUTE_FRAMES | COMPUTE_MAXS);
        }

        @Override
        protected String getCommonSuperClass(String type1, String type2) {
            return "java/lang/Object";
        }
    }
}
