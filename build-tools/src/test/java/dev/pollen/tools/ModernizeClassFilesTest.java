package dev.pollen.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.invoke.MethodHandles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/** A Java 5 class in a jar comes out as a Java 8 class with stack maps that still loads and runs the same; the rest is untouched. */
@Timeout(60)
class ModernizeClassFilesTest {
    @TempDir
    Path dir;

    @Test
    void anOldClassBecomesAJava8ClassThatLoadsAndRunsTheSame() throws Exception {
        Path jar = dir.resolve("lib.jar");
        byte[] old = oldClass();
        try (OutputStream out = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(out)) {
            put(zip, "META-INF/MANIFEST.MF", "Manifest-Version: 1.0\n".getBytes());
            put(zip, "dev/pollen/tools/Old.class", old);
            put(zip, "notes.txt", "left alone".getBytes());
        }

        assertThat(ModernizeClassFiles.rewrite(jar)).isEqualTo(1);
        assertThat(ModernizeClassFiles.rewrite(jar)).as("a second pass finds nothing old").isZero();

        try (ZipFile zip = new ZipFile(jar.toFile())) {
            assertThat(zip.stream().map(ZipEntry::getName)).containsExactly("META-INF/MANIFEST.MF",
                    "dev/pollen/tools/Old.class", "notes.txt");
            assertThat(new String(zip.getInputStream(zip.getEntry("notes.txt")).readAllBytes())).isEqualTo("left alone");
            byte[] modern = zip.getInputStream(zip.getEntry("dev/pollen/tools/Old.class")).readAllBytes();
            assertThat((int) new ClassReader(modern).readShort(6)).isEqualTo(Opcodes.V1_8);
            // the verifier of a Java 8 class insists on stack maps at the branch target
            Class<?> loaded = MethodHandles.lookup().defineHiddenClass(modern, true).lookupClass();
            var abs = loaded.getMethod("abs", int.class);
            assertThat(abs.invoke(null, -7)).isEqualTo(7);
            assertThat(abs.invoke(null, 5)).isEqualTo(5);
        }
    }

    private static void put(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(bytes);
        zip.closeEntry();
    }

    /** {@code public static int abs(int x)} with a branch, as a Java 5 class file (no stack maps). */
    private static byte[] oldClass() {
        ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_MAXS);
        cw.visit(Opcodes.V1_5, Opcodes.ACC_PUBLIC | Opcodes.ACC_SUPER, "dev/pollen/tools/Old", null, "java/lang/Object", null);
        MethodVisitor mv = cw.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC, "abs", "(I)I", null, null);
        mv.visitCode();
        Label positive = new Label();
        mv.visitVarInsn(Opcodes.ILOAD, 0);
        mv.visitJumpInsn(Opcodes.IFGE, positive);
        mv.visitVarInsn(Opcodes.ILOAD, 0);
        mv.visitInsn(Opcodes.INEG);
        mv.visitInsn(Opcodes.IRETURN);
        mv.visitLabel(positive);
        mv.visitVarInsn(Opcodes.ILOAD, 0);
        mv.visitInsn(Opcodes.IRETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
        cw.visitEnd();
        return cw.toByteArray();
    }
}
