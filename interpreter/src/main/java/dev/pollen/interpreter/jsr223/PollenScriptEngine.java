package dev.pollen.interpreter.jsr223;

import dev.pollen.interpreter.embed.Limits;
import dev.pollen.interpreter.embed.Pollen;
import dev.pollen.interpreter.embed.PollenConfig;
import dev.pollen.interpreter.embed.PreparedScript;
import dev.pollen.interpreter.embed.ScriptCompileException;
import dev.pollen.interpreter.embed.ScriptRuntimeException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.io.StringWriter;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.stream.Collectors;
import javax.script.AbstractScriptEngine;
import javax.script.Bindings;
import javax.script.Compilable;
import javax.script.CompiledScript;
import javax.script.Invocable;
import javax.script.ScriptContext;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineFactory;
import javax.script.ScriptException;
import javax.script.SimpleBindings;

/**
 * Pollen behind {@code javax.script}, set up the way Nashorn and Rhino are.
 *
 * <ul>
 *   <li>Each set of ENGINE_SCOPE bindings has its own Pollen engine (real clock): the default
 *       context's keeps its definitions from one {@code eval} to the next, while
 *       {@code eval(script, bindings)} runs in the engine of those bindings and leaks nothing into
 *       the default context. Bindings (global scope, then engine scope) are defined as script
 *       globals before each eval; the script's globals are written back to ENGINE_SCOPE after it;
 *       a binding removed from ENGINE_SCOPE is no longer a global.</li>
 *   <li>{@code print} writes to the context's writer and warnings to its error writer, whichever
 *       writers the context has at the time: changing them keeps the engine.</li>
 *   <li>Limits (LANGUAGE.md §11) come from engine-scope attributes {@code pollen.maxOps},
 *       {@code pollen.maxDepth}, {@code pollen.maxTasks}, {@code pollen.maxString},
 *       {@code pollen.maxCollection}, {@code pollen.maxMemoryMiB}, {@code pollen.deadlineMillis}
 *       (numbers), or a {@link Limits} under {@code pollen.limits}; they apply per eval.</li>
 *   <li>{@link Invocable} calls script functions and methods; {@link Compilable} compiles once.</li>
 *   <li>Errors are {@link ScriptException}s with the file, line and column, the rendered
 *       diagnostic as message, and the Pollen exception as cause.</li>
 *   <li>Threads: calls from several threads are run one at a time on the engine's own thread
 *       ({@code THREADING} is {@code "MULTITHREADED"}).</li>
 * </ul>
 */
public final class PollenScriptEngine extends AbstractScriptEngine implements Invocable, Compilable {
    /** The engine-scope attribute holding a {@link Limits} for every eval. */
    public static final String LIMITS = "pollen.limits";

    private final ScriptEngineFactory factory;
    /** One Pollen engine per ENGINE_SCOPE bindings (weakly held: dropped bindings drop theirs). */
    private final Map<Bindings, Session> sessions = new WeakHashMap<>();

    PollenScriptEngine(ScriptEngineFactory factory) {
        this.factory = factory;
    }

    /** A Pollen engine and what it knows of its bindings; its streams follow the current context. */
    private static final class Session {
        final ContextWriters writers = new ContextWriters();
        final Pollen pollen;
        /** The globals that came from bindings or went back to them, to notice a removed binding. */
        final Set<String> bound = new HashSet<>();

        Session() {
            pollen = new Pollen(PollenConfig.defaults().withStreams(
                    new PrintStream(writers.out, true, StandardCharsets.UTF_8),
                    new PrintStream(writers.err, true, StandardCharsets.UTF_8)));
        }
    }

    private synchronized Session session(ScriptContext ctx) {
        Bindings engineScope = ctx.getBindings(ScriptContext.ENGINE_SCOPE);
        return sessions.computeIfAbsent(engineScope, b -> new Session());
    }

    @Override
    public Object eval(String script, ScriptContext ctx) throws ScriptException {
        Object name = ctx.getAttribute(FILENAME);
        return run(ctx, session -> name == null ? session.pollen.eval(script) : session.pollen.eval(script, name.toString()));
    }

    @Override
    public Object eval(Reader reader, ScriptContext ctx) throws ScriptException {
        return eval(read(reader), ctx);
    }

    /** What one evaluation does with the session's engine. */
    private interface Work {
        Object run(Session session);
    }

    /** Bindings in, limits set, the work done, globals back out, errors as ScriptExceptions. */
    private Object run(ScriptContext ctx, Work work) throws ScriptException {
        Session session = session(ctx);
        session.writers.use(ctx);
        try {
            Bindings engineScope = ctx.getBindings(ScriptContext.ENGINE_SCOPE);
            bindIn(session, ctx.getBindings(ScriptContext.GLOBAL_SCOPE), engineScope);
            session.pollen.setLimits(limits(ctx));
            try {
                return work.run(session);
            } finally {
                bindOut(session, engineScope);
            }
        } catch (ScriptCompileException e) {
            var first = e.diagnostics().isEmpty() ? null : e.diagnostics().get(0);
            throw scriptException(e, e.rendered(), first == null ? null : first.file(),
                    first == null ? -1 : first.span().line(), first == null ? -1 : first.span().column());
        } catch (ScriptRuntimeException e) {
            var d = e.diagnostic();
            throw scriptException(e, e.rendered(), d.file(), d.span().line() > 0 ? d.span().line() : -1,
                    d.span().column() > 0 ? d.span().column() : -1);
        } finally {
            session.writers.flush();
        }
    }

    private static ScriptException scriptException(RuntimeException cause, String message, String file, int line,
                                                   int column) {
        ScriptException e = new ScriptException(message, file, line, column);
        e.initCause(cause);
        return e;
    }

    private static void bindIn(Session session, Bindings global, Bindings engine) {
        Set<String> present = new HashSet<>();
        for (Bindings b : new Bindings[] {global, engine}) {
            if (b == null) {
                continue;
            }
            for (Map.Entry<String, Object> e : b.entrySet()) {
                if (isName(e.getKey())) {
                    session.pollen.define(e.getKey(), e.getValue());
                    present.add(e.getKey());
                }
            }
        }
        for (String name : session.bound) {
            if (!present.contains(name)) {
                session.pollen.remove(name);  // the host removed the binding: no longer a global
            }
        }
        session.bound.retainAll(present);
        session.bound.addAll(present);
    }

    /** The script's globals, written back to ENGINE_SCOPE as Java values. */
    private static void bindOut(Session session, Bindings engine) {
        if (engine == null) {
            return;
        }
        for (String name : session.pollen.globals().keySet()) {
            if (isName(name)) {
                engine.put(name, session.pollen.get(name));
                session.bound.add(name);
            }
        }
    }

    private static boolean isName(String key) {
        return key != null && key.matches("[A-Za-z_][A-Za-z0-9_]*");
    }

    private static Limits limits(ScriptContext ctx) {
        if (ctx.getAttribute(LIMITS) instanceof Limits given) {
            return given;
        }
        Limits l = Limits.none();
        l = l.withMaxOps(number(ctx, "pollen.maxOps"));
        l = l.withMaxDepth((int) number(ctx, "pollen.maxDepth"));
        l = l.withMaxTasks((int) number(ctx, "pollen.maxTasks"));
        l = l.withMaxString(number(ctx, "pollen.maxString"));
        l = l.withMaxCollection(number(ctx, "pollen.maxCollection"));
        l = l.withMaxMemoryMiB(number(ctx, "pollen.maxMemoryMiB"));
        return l.withDeadlineMillis(number(ctx, "pollen.deadlineMillis"));
    }

    private static long number(ScriptContext ctx, String key) {
        Object v = ctx.getAttribute(key);
        if (v == null) {
            return 0;
        }
        if (v instanceof Number n) {
            return n.longValue();
        }
        try {
            return Long.parseLong(v.toString().trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be a whole number, not '" + v + "'");
        }
    }

    private static String read(Reader reader) throws ScriptException {
        try (BufferedReader in = new BufferedReader(reader)) {
            return in.lines().collect(Collectors.joining("\n"));
        } catch (IOException e) {
            throw new ScriptException(e);
        }
    }

    @Override
    public Bindings createBindings() {
        return new SimpleBindings();
    }

    @Override
    public ScriptEngineFactory getFactory() {
        return factory;
    }

    /** Stops the engine's interpreters: the evaluation running now ends with Cancelled. */
    public synchronized void interrupt() {
        sessions.values().forEach(s -> s.pollen.interrupt());
    }

    // ---- Invocable ----------------------------------------------------------------------------

    @Override
    public Object invokeFunction(String name, Object... args) throws ScriptException, NoSuchMethodException {
        Session session = session(context);
        if (!(session.pollen.get(name) instanceof dev.pollen.interpreter.embed.ScriptFunction)) {
            throw new NoSuchMethodException("no Pollen function named " + name);
        }
        return run(context, s -> s.pollen.call(name, args));
    }

    /**
     * Calls {@code thiz.name(args)}: the method is looked up on the script value as a script's own
     * call would find it (a struct's method, a module's function, a built-in method of a list...),
     * and called directly; nothing is compiled.
     *
     * @throws NoSuchMethodException when the value has no member of that name
     */
    @Override
    public Object invokeMethod(Object thiz, String name, Object... args) throws ScriptException, NoSuchMethodException {
        if (thiz == null) {
            throw new IllegalArgumentException("invokeMethod needs an object");
        }
        Session session = session(context);
        var receiver = session.pollen.valueOf(thiz);
        if (!receiver.memberNames().contains(name)) {
            throw new NoSuchMethodException(receiver.typeName() + " has no method " + name);
        }
        return run(context, s -> s.pollen.callMethod(thiz, name, args));
    }

    @Override
    public <T> T getInterface(Class<T> type) {
        return proxy(type, null);
    }

    @Override
    public <T> T getInterface(Object thiz, Class<T> type) {
        if (thiz == null) {
            throw new IllegalArgumentException("getInterface needs an object");
        }
        return proxy(type, thiz);
    }

    /** An implementation of {@code type} whose methods call the script functions (or methods) of the same names. */
    private <T> T proxy(Class<T> type, Object thiz) {
        if (type == null || !type.isInterface()) {
            throw new IllegalArgumentException("getInterface needs an interface, not " + type);
        }
        Object impl = Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (p, method, args) -> {
            if (method.getDeclaringClass() == Object.class) {
                return switch (method.getName()) {
                    case "toString" -> "Pollen implementation of " + type.getName();
                    case "hashCode" -> System.identityHashCode(p);
                    case "equals" -> p == args[0];
                    default -> throw new UnsupportedOperationException(method.getName());
                };
            }
            Object[] given = args == null ? new Object[0] : args;
            return thiz == null ? invokeFunction(method.getName(), given) : invokeMethod(thiz, method.getName(), given);
        });
        return type.cast(impl);
    }

    // ---- Compilable ---------------------------------------------------------------------------

    @Override
    public CompiledScript compile(String script) throws ScriptException {
        Object name = context.getAttribute(FILENAME);
        String display = name == null ? "<compiled>" : name.toString();
        PreparedScript[] prepared = new PreparedScript[1];
        run(context, s -> prepared[0] = s.pollen.prepare(script, display));
        Session owner = session(context);
        return new CompiledScript() {
            @Override
            public Object eval(ScriptContext ctx) throws ScriptException {
                if (session(ctx) != owner) {
                    // Other bindings, another engine: compile there (a CompiledScript is bound to one).
                    return PollenScriptEngine.this.eval(script, ctx);
                }
                return run(ctx, s -> prepared[0].run());
            }

            @Override
            public ScriptEngine getEngine() {
                return PollenScriptEngine.this;
            }
        };
    }

    @Override
    public CompiledScript compile(Reader script) throws ScriptException {
        return compile(read(script));
    }

    /** Streams whose bytes go to the writers of the context of the eval running now. */
    private static final class ContextWriters {
        final WriterStream out = new WriterStream();
        final WriterStream err = new WriterStream();

        void use(ScriptContext ctx) {
            out.target = ctx.getWriter();
            err.target = ctx.getErrorWriter();
        }

        void flush() {
            try {
                out.flush();
                err.flush();
            } catch (IOException ignored) {
                // A writer that cannot flush has nothing more for us to do.
            }
        }
    }

    /** Bytes printed by the script, decoded as UTF-8 into a writer. */
    private static final class WriterStream extends java.io.OutputStream {
        private volatile java.io.Writer target = new StringWriter();
        private final java.io.ByteArrayOutputStream pending = new java.io.ByteArrayOutputStream();

        @Override
        public synchronized void write(int b) {
            pending.write(b);
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) {
            pending.write(b, off, len);
        }

        @Override
        public synchronized void flush() throws IOException {
            java.io.Writer w = target;
            if (w != null) {
                w.write(pending.toString(StandardCharsets.UTF_8));
                w.flush();
            }
            pending.reset();
        }
    }
}
