package dev.pollen.interpreter.jvm;

import dev.pollen.interpreter.nodes.BodyCompiler;
import dev.pollen.interpreter.nodes.CompiledBody;
import dev.pollen.interpreter.nodes.ExprNode;
import dev.pollen.interpreter.nodes.FunctionCode;
import dev.pollen.interpreter.lower.AsyncCode;
import dev.pollen.interpreter.lower.MachineTier;
import java.lang.invoke.MethodHandles;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.objectweb.asm.ClassTooLargeException;
import org.objectweb.asm.MethodTooLargeException;

/**
 * The bytecode back end: compiles a synchronous function's body into a hidden class defined in
 * this package (so module boundaries hold), whose constants are the function's nodes and
 * locations. A body it cannot compile stays with the node interpreter; the result is the same.
 */
public final class JvmBackend implements BodyCompiler, MachineTier.MachineCompiler {
    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    /** Node kinds compiled code has handed to the interpreter in this process (docs/internals.md). */
    private static final Set<String> DELEGATED = ConcurrentHashMap.newKeySet();
    /** Bodies refused for another reason than their size, in this process (see {@link #rejected}). */
    private static final Set<String> REJECTED = ConcurrentHashMap.newKeySet();

    @Override
    public CompiledBody compile(FunctionCode code) {
        try {
            SyncBodyClass.Generated g = generate(code);
            DELEGATED.addAll(g.delegated());
            return define(g);
        } catch (RuntimeException | LinkageError | ReflectiveOperationException e) {
            reject(e);
            return null; // e.g. a method over the JVM's 64 KiB limit: the interpreter runs it
        }
    }

    @Override
    public CompiledBody compileLoopBody(ExprNode body) {
        try {
            String name = JvmBackend.class.getPackageName().replace('.', '/') + "/LoopBody$" + SEQUENCE.incrementAndGet();
            SyncBodyClass.Generated g = SyncBodyClass.generateLoopBody(body, name);
            DELEGATED.addAll(g.delegated());
            return define(g);
        } catch (RuntimeException | LinkageError | ReflectiveOperationException e) {
            reject(e);
            return null;
        }
    }

    @Override
    public MachineTier.MachineMaker compile(AsyncCode code) {
        try {
            SyncBodyClass.Generated g = generate(code);
            DELEGATED.addAll(g.delegated());
            Class<?> defined = defineHidden(g);
            return (MachineTier.MachineMaker) defined.getDeclaredConstructor(AsyncCode.class, int.class)
                    .newInstance(code, 0);
        } catch (RuntimeException | LinkageError | ReflectiveOperationException e) {
            reject(e);
            return null;
        }
    }

    /**
     * Defines the generated class as a hidden class of this package with its constants as class
     * data. Its one instance is made through reflection rather than a method handle: a handle's
     * first invocation spins invoker classes, which cost more at start-up than the call saves.
     */
    private static Class<?> defineHidden(SyncBodyClass.Generated g) throws IllegalAccessException {
        return MethodHandles.lookup().defineHiddenClassWithClassData(g.bytes(), g.data().values(), true).lookupClass();
    }

    /** The class for an async body without defining it. */
    static SyncBodyClass.Generated generate(AsyncCode code) {
        String name = JvmBackend.class.getPackageName().replace('.', '/') + "/"
                + className(code.traceName()).replace("Fn_", "Async_") + "$" + SEQUENCE.incrementAndGet();
        return MachineClass.generate(code, name);
    }

    /**
     * Notes why a body stays interpreted unless it was too large for the JVM: any other reason
     * (a class the verifier refuses) is a fault of this back end that tests look for.
     */
    private static void reject(Throwable e) {
        if (!(e instanceof MethodTooLargeException || e instanceof ClassTooLargeException)) {
            REJECTED.add(e.toString());
        }
    }

    /** Why bodies were refused in this process for another reason than their size (empty when all is well). */
    public static Set<String> rejected() {
        return new TreeSet<>(REJECTED);
    }

    /** The node kinds that compiled code so far runs through the node interpreter. */
    public static Set<String> delegatedKinds() {
        return new TreeSet<>(DELEGATED);
    }

    /** The class for {@code code} without defining it (for {@code pollen states --jvm}). */
    static SyncBodyClass.Generated generate(FunctionCode code) {
        String name = JvmBackend.class.getPackageName().replace('.', '/') + "/" + className(code.traceName())
                + "$" + SEQUENCE.incrementAndGet();
        return SyncBodyClass.generate(code, name);
    }

    private static CompiledBody define(SyncBodyClass.Generated g) throws ReflectiveOperationException {
        return (CompiledBody) defineHidden(g).getDeclaredConstructor().newInstance();
    }

    /** A Java identifier from a script function's name ("Point.len" becomes "Point_len"). */
    static String className(String name) {
        StringBuilder sb = new StringBuilder("Fn_");
        for (char ch : (name == null ? "closure" : name).toCharArray()) {
            sb.append(Character.isJavaIdentifierPart(ch) ? ch : '_');
        }
        return sb.toString();
    }
}
