package dev.pollen.interpreter.jvm;

import static org.objectweb.asm.Opcodes.*;

import java.lang.invoke.MethodHandles;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Type;

/**
 * The objects a generated class uses as constants (nodes, locations, the run context, literal
 * values): handed over as the hidden class's class data and copied into {@code static final}
 * fields when the class initialises, so the JIT folds each one as a true constant and can inline
 * calls on it.
 */
final class ClassData {
    private final String owner;
    private final List<Object> values = new ArrayList<>();
    private final List<String> descriptors = new ArrayList<>();
    private final Map<Object, Integer> indexes = new IdentityHashMap<>();

    ClassData(String owner) {
        this.owner = owner;
    }

    /** Pushes the constant {@code value}, typed as its nearest public class. */
    void load(MethodVisitor mv, Object value) {
        Integer index = indexes.get(value);
        if (index == null) {
            index = values.size();
            values.add(value);
            descriptors.add(Type.getDescriptor(visibleType(value.getClass())));
            indexes.put(value, index);
        }
        mv.visitFieldInsn(GETSTATIC, owner, "K" + index, descriptors.get(index));
    }

    List<Object> values() {
        return List.copyOf(values);
    }

    /** The constant fields and the {@code <clinit>} that fills them from the class data. */
    void emitFields(ClassWriter cw) {
        for (int i = 0; i < values.size(); i++) {
            cw.visitField(ACC_STATIC | ACC_FINAL | ACC_PRIVATE, "K" + i, descriptors.get(i), null, null).visitEnd();
        }
        MethodVisitor mv = cw.visitMethod(ACC_STATIC, "<clinit>", "()V", null, null);
        mv.visitCode();
        if (!values.isEmpty()) {
            mv.visitMethodInsn(INVOKESTATIC, Type.getInternalName(MethodHandles.class), "lookup",
                    "()Ljava/lang/invoke/MethodHandles$Lookup;", false);
            mv.visitLdcInsn("_");
            mv.visitLdcInsn(Type.getType(List.class));
            mv.visitMethodInsn(INVOKESTATIC, Type.getInternalName(MethodHandles.class), "classData",
                    "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;Ljava/lang/Class;)Ljava/lang/Object;", false);
            mv.visitTypeInsn(CHECKCAST, "java/util/List");
            for (int i = 0; i < values.size(); i++) {
                mv.visitInsn(DUP);
                mv.visitLdcInsn(i);
                mv.visitMethodInsn(INVOKEINTERFACE, "java/util/List", "get", "(I)Ljava/lang/Object;", true);
                mv.visitTypeInsn(CHECKCAST, Type.getType(descriptors.get(i)).getInternalName());
                mv.visitFieldInsn(PUTSTATIC, owner, "K" + i, descriptors.get(i));
            }
            mv.visitInsn(POP);
        }
        mv.visitInsn(RETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
    }

    /** The nearest superclass the generated class may name (public, and public all the way out). */
    static Class<?> visibleType(Class<?> c) {
        Class<?> t = c;
        while (!isVisible(t)) {
            t = t.getSuperclass();
        }
        return t;
    }

    private static boolean isVisible(Class<?> c) {
        for (Class<?> k = c; k != null; k = k.getEnclosingClass()) {
            if (!Modifier.isPublic(k.getModifiers())) {
                return false;
            }
        }
        return !c.isHidden() && !c.isAnonymousClass();
    }
}
