package dev.pollen.tools;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;

/**
 * Rewrites the class files of a jar that are older than Java 6 as Java 8 class files with stack
 * map frames, in place. The JVM's class-data archive (the one {@code bin/pollen} makes) refuses
 * class files without stack maps, and ASM, which the bytecode back end runs to make its first
 * class, ships as Java 5 class files: loaded from the jar and verified by the old verifier, it
 * cost that first class about 25 ms of every run that compiles anything. Nothing else changes:
 * the instructions are copied as they are, and entries keep their order and times.
 *
 * <p>Usage: {@code ModernizeClassFiles JAR}.
 */
public final class ModernizeClassFiles {
    /** The first class-file version with the stack maps the archive needs (Java 6 is 50). */
    private static final int FIRST_WITH_STACK_MAPS = Opcodes.V1_6;

    private ModernizeClassFiles() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: ModernizeClassFiles JAR");
            System.exit(2);
        }
        rewrite(Path.of(args[0]));  // quietly, as the rest of a quiet build
    }

    /** Rewrites {@code jar} in place; returns how many class files changed. */
    public static int rewrite(Path jar) throws IOException {
        // beside the jar, so the move is a rename; made with the umask's permissions, as the jar was
        Path temporary = jar.resolveSibling(jar.getFileName() + ".modernizing");
        int rewritten = 0;
        try (URLClassLoader classes = new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
             InputStream in = Files.newInputStream(jar);
             ZipInputStream entries = new ZipInputStream(in);
             OutputStream out = Files.newOutputStream(temporary);
             ZipOutputStream copy = new ZipOutputStream(out)) {
            for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                byte[] bytes = entries.readAllBytes();
                if (entry.getName().endsWith(".class") && isOld(bytes)) {
                    bytes = modernize(bytes, classes);
                    rewritten++;
                }
                ZipEntry written = new ZipEntry(entry.getName());
                written.setTime(entry.getTime());
                copy.putNextEntry(written);
                copy.write(bytes);
                copy.closeEntry();
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temporary);
            throw e;
        }
        Files.move(temporary, jar, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return rewritten;
    }

    /** True for a class file older than Java 6 (its major version is in bytes 6 and 7). */
    static boolean isOld(byte[] classFile) {
        return classFile.length > 8 && (((classFile[6] & 0xff) << 8) | (classFile[7] & 0xff)) < FIRST_WITH_STACK_MAPS;
    }

    /**
     * The same class as a Java 8 class file, its stack map frames computed; the frames' common
     * superclasses are looked up among {@code classes} (the jar's own, linked but not initialised).
     */
    static byte[] modernize(byte[] classFile, ClassLoader classes) {
        ClassReader reader = new ClassReader(classFile);
        ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_FRAMES) {
            @Override
            protected ClassLoader getClassLoader() {
                return classes;
            }
        };
        reader.accept(new ClassVisitor(Opcodes.ASM9, writer) {
            @Override
            public void visit(int version, int access, String name, String signature, String superName,
                              String[] interfaces) {
                super.visit(Opcodes.V1_8, access, name, signature, superName, interfaces);
            }
        }, ClassReader.SKIP_FRAMES);
        return writer.toByteArray();
    }
}
