package dev.pollen.interpreter.embed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleReader;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The door a host sees is whole: every type a public or protected signature of an exported
 * package names (a parameter, result, exception, field, supertype, record component or bound) is
 * itself exported to everyone, by Pollen or the JDK. A runtime or standard-library type there
 * would compile for Pollen's own modules and fail for every host.
 */
class ExportedSignaturesTest {
    private static final Module INTERPRETER = Pollen.class.getModule();

    @Test
    void noPublicSignatureOfAnExportedPackage_namesAnUnexportedType() throws Exception {
        List<Class<?>> types = exportedTypes();
        assertThat(types).as("the exported types found").contains(Pollen.class, ScriptValue.class,
                dev.pollen.interpreter.diagnostics.Diagnostic.class,
                dev.pollen.interpreter.jsr223.PollenScriptEngine.class);
        Set<String> leaks = new TreeSet<>();
        for (Class<?> type : types) {
            for (Type used : signatureTypes(type)) {
                for (Class<?> named : classesIn(used)) {
                    if (!isExportedToEveryone(named)) {
                        leaks.add(type.getName() + " names " + named.getName());
                    }
                }
            }
        }
        assertThat(leaks).as("types named in the public API that hosts cannot see").isEmpty();
    }

    @Test
    void theCheck_catchesATypeOfTheRuntime() {
        assertThat(isExportedToEveryone(dev.pollen.runtime.async.Task.class)).isFalse();
        assertThat(isExportedToEveryone(dev.pollen.interpreter.internal.EngineInternals.class)).isFalse();
        assertThat(isExportedToEveryone(java.util.List.class)).isTrue();
        assertThat(classesIn(listOfTasks())).contains(dev.pollen.runtime.async.Task.class);
    }

    @SuppressWarnings("unused")  // read by reflection: a generic type to take apart
    private static List<? extends dev.pollen.runtime.async.Task>[] tasks;

    private static Type listOfTasks() {
        try {
            return ExportedSignaturesTest.class.getDeclaredField("tasks").getGenericType();
        } catch (NoSuchFieldException e) {
            throw new AssertionError(e);
        }
    }

    /** The public and protected types of the packages the interpreter exports to everyone. */
    private static List<Class<?>> exportedTypes() throws IOException, ClassNotFoundException {
        Set<String> packages = INTERPRETER.getDescriptor().exports().stream()
                .filter(e -> !e.isQualified()).map(ModuleDescriptor.Exports::source).collect(Collectors.toSet());
        List<String> classFiles;
        try (ModuleReader reader = ModuleLayer.boot().configuration().findModule(INTERPRETER.getName())
                .orElseThrow().reference().open(); Stream<String> names = reader.list()) {
            classFiles = names.filter(n -> n.endsWith(".class") && !n.endsWith("module-info.class")).toList();
        }
        List<Class<?>> types = new ArrayList<>();
        for (String file : classFiles) {
            String name = file.substring(0, file.length() - ".class".length()).replace('/', '.');
            String pkg = name.substring(0, name.lastIndexOf('.'));
            if (packages.contains(pkg)) {
                Class<?> c = Class.forName(name, false, Pollen.class.getClassLoader());
                if (isVisible(c)) {
                    types.add(c);
                }
            }
        }
        return types;
    }

    /** Public, and so are the classes it is nested in (a protected nested class counts as seen). */
    private static boolean isVisible(Class<?> c) {
        for (Class<?> k = c; k != null; k = k.getDeclaringClass()) {
            int m = k.getModifiers();
            if (k.isAnonymousClass() || k.isLocalClass() || !(Modifier.isPublic(m) || Modifier.isProtected(m))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isSeen(int modifiers) {
        return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
    }

    /** Every type a host meets in {@code type}'s declaration and its public and protected members. */
    private static List<Type> signatureTypes(Class<?> type) {
        List<Type> used = new ArrayList<>();
        if (type.getGenericSuperclass() != null) {
            used.add(type.getGenericSuperclass());
        }
        used.addAll(List.of(type.getGenericInterfaces()));
        used.addAll(List.of(type.getTypeParameters()));
        for (Field f : type.getDeclaredFields()) {
            if (isSeen(f.getModifiers()) && !f.isSynthetic()) {
                used.add(f.getGenericType());
            }
        }
        List<Executable> members = new ArrayList<>(List.of(type.getDeclaredConstructors()));
        members.addAll(List.of(type.getDeclaredMethods()));
        for (Executable e : members) {
            if (!isSeen(e.getModifiers()) || e.isSynthetic() || (e instanceof Method m && m.isBridge())) {
                continue;
            }
            if (e instanceof Method m) {
                used.add(m.getGenericReturnType());
            }
            used.addAll(List.of(e.getGenericParameterTypes()));
            used.addAll(List.of(e.getGenericExceptionTypes()));
            used.addAll(List.of(e.getTypeParameters()));
        }
        return used;
    }

    /** The classes a type is made of: its raw class, type arguments, bounds, array elements. */
    private static Set<Class<?>> classesIn(Type type) {
        Set<Class<?>> found = new java.util.HashSet<>();
        collect(type, found, new java.util.HashSet<>());
        return found;
    }

    private static void collect(Type type, Set<Class<?>> found, Set<Type> seen) {
        if (!seen.add(type)) {
            return;  // a bound that names its own variable (T extends Comparable<T>)
        }
        if (type instanceof Class<?> c) {
            found.add(c.isArray() ? c.getComponentType() : c);
            if (c.isArray()) {
                collect(c.getComponentType(), found, seen);
            }
        } else if (type instanceof ParameterizedType p) {
            collect(p.getRawType(), found, seen);
            for (Type arg : p.getActualTypeArguments()) {
                collect(arg, found, seen);
            }
        } else if (type instanceof WildcardType w) {
            Stream.concat(Stream.of(w.getUpperBounds()), Stream.of(w.getLowerBounds())).forEach(b -> collect(b, found, seen));
        } else if (type instanceof GenericArrayType a) {
            collect(a.getGenericComponentType(), found, seen);
        } else if (type instanceof TypeVariable<?> v) {
            for (Type bound : v.getBounds()) {
                collect(bound, found, seen);
            }
        }
    }

    private static boolean isExportedToEveryone(Class<?> c) {
        while (c.isArray()) {
            c = c.getComponentType();
        }
        return c.isPrimitive() || c.getModule().isExported(c.getPackageName());
    }
}
