package dev.pollen.interpreter.jvm;

import static org.objectweb.asm.Opcodes.*;

import dev.pollen.interpreter.nodes.CompiledBody;
import dev.pollen.interpreter.nodes.ControlSignal;
import dev.pollen.interpreter.nodes.Frame;
import dev.pollen.interpreter.nodes.FunctionCode;
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

    /** The locals of {@code run}: this, the frame (its parameter), the frame's slots. */
    private static final int FRAME = 1;
    private static final int SLOTS = 2;

    private SyncBodyClass() {}

    static Generated generate(FunctionCode code, String className) {
        ClassWriter cw = new ObjectMergingWriter();
        ClassData data = new ClassData(className);
        cw.visit(V17, ACC_FINAL | ACC_SUPER, className, null, "java/lang/Object",
                new String[] {Type.getInternalName(CompiledBody.class)});
        constructor(cw);
        MethodVisitor mv = cw.visitMethod(ACC_PUBLIC, "run",
                "(" + Type.getDescriptor(Frame.class) + ")Ljava/lang/Object;", null, null);
        mv.visitCode();
        Label start = new Label();
        Label end = new Label();
        Label onReturn = new Label();
        Label onError = new Label();
        String returnType = Type.getInternalName(ControlSignal.Return.class);
        mv.visitVarInsn(ALOAD, FRAME);
        mv.visitFieldInsn(GETFIELD, Type.getInternalName(Frame.class), "slots", "[Ljava/lang/Object;");
        mv.visitVarInsn(ASTORE, SLOTS);
        mv.visitLabel(start);
        NodeEmitter emitter = new NodeEmitter(mv, data, FRAME, SLOTS, true, SLOTS + 1);
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
        data.emitFields(cw);
        cw.visitEnd();
        return new Generated(className, cw.toByteArray(), data, emitter.delegated);
    }

    static void constructor(ClassWriter cw) {
        MethodVisitor mv = cw.visitMethod(ACC_PUBLIC, "<init>", "()V", null, null);
        mv.visitCode();
        mv.visitVarInsn(ALOAD, 0);
        mv.visitMethodInsn(INVOKESPECIAL, "java/lang/Object", "<init>", "()V", false);
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
