package dev.pollen.interpreter.embed;

import dev.pollen.interpreter.ast.Span;
import dev.pollen.interpreter.compile.ModuleEnv;
import dev.pollen.interpreter.compile.ProgramCompiler;
import dev.pollen.interpreter.diagnostics.Diagnostic;
import dev.pollen.interpreter.diagnostics.DiagnosticRenderer;
import dev.pollen.interpreter.lower.AsyncCode;
import dev.pollen.interpreter.lower.StatesPrinter;
import dev.pollen.interpreter.nodes.Globals;
import dev.pollen.interpreter.jvm.JvmBackend;
import dev.pollen.interpreter.jvm.JvmPrinter;
import dev.pollen.interpreter.nodes.RunContext;
import dev.pollen.interpreter.nodes.TryNode;
import dev.pollen.interpreter.parse.SourceParser;
import dev.pollen.interpreter.resolve.Resolution;
import dev.pollen.interpreter.resolve.Resolver;
import dev.pollen.runtime.async.DeadlockException;
import dev.pollen.runtime.async.Executor;
import dev.pollen.runtime.async.Future;
import dev.pollen.runtime.async.Task;
import dev.pollen.runtime.value.Callable;
import dev.pollen.runtime.value.ErrorValue;
import dev.pollen.runtime.value.Location;
import dev.pollen.runtime.value.PollenException;
import dev.pollen.runtime.value.Printer;
import dev.pollen.runtime.value.TraceFrame;
import dev.pollen.stdlib.NativeModule;
import dev.pollen.stdlib.Stdlib;
import dev.pollen.stdlib.StdlibHost;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A Pollen engine: compiles and runs scripts on its own executor, with its own globals. This is
 * the embedding API, and what the {@code pollen} command and the REPL are built on.
 *
 * <pre>{@code
 * try (Pollen pollen = new Pollen(PollenConfig.defaults().withVirtualClock(true))) {
 *     Object v = pollen.eval("sleep(1000).await; 6 * 7");   // 42, after a virtual second
 * }
 * }</pre>
 *
 * Engines share nothing: several may run side by side. One engine runs one program at a time.
 *
 * <p><b>Threads.</b> With {@code --executor=multi} ({@link PollenConfig#threads()} &gt; 0) the
 * tasks of a program run on several worker threads at once, and a host function given to {@link
 * #define} may be called from several workers at the same time: it must be thread-safe. Give a
 * function that is not to {@link #defineConfined} instead, and every call runs on one thread of
 * its own. On the default single-threaded executor every call comes from the engine's one thread.
 */
public final class Pollen implements AutoCloseable {
    private final PollenConfig config;
    private Executor executor;
    private final RunContext context;
    private final Map<String, Object> builtins = new LinkedHashMap<>();
    private final Set<String> builtinNames;
    private final Map<String, String> sources = new ConcurrentHashMap<>();
    private final ModuleLoader loader;
    private final Globals globals = new Globals();
    private final Map<String, Boolean> replGlobals = new HashMap<>();
    private final DiagnosticRenderer renderer = new DiagnosticRenderer(sources::get);
    private final Tracing tracing;
    private int replEntries;
    /** The tasks whose unobserved failure was warned of already. */
    private final Set<Task> warned = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    /** The async bodies of each REPL entry, oldest first. */
    private final List<List<AsyncCode>> entryBodies = new ArrayList<>();
    /** What the standard library asked to close with the engine (sensor hardware threads). */
    private final List<AutoCloseable> resources = new ArrayList<>();

    public Pollen(PollenConfig config) {
        this(config, List.of());
    }

    /** An engine with extra native modules (for example the sensors module, or a host's own). */
    public Pollen(PollenConfig config, List<? extends NativeModule> extraModules) {
        this.config = config;
        this.context = new RunContext(config.maxOps(), config.threads() > 0);
        this.context.useCompiler(new JvmBackend(), compileAfter(config.compile()));
        this.tracing = new Tracing(config);
        StdlibHost host = new Host();
        Stdlib.install(builtins::put, host, extraModules);
        this.builtinNames = Stdlib.globalNames(extraModules);
        this.loader = new ModuleLoader(builtins, builtinNames, context, sources);
    }

    /** Interpreted calls before a function is compiled, for each tier (see docs/decisions.md). */
    static int compileAfter(CompileTier tier) {
        return switch (tier) {
            case ALWAYS -> 0;
            case NEVER -> -1;
            case AUTO -> AUTO_COMPILE_AFTER;
        };
    }

    /** The auto tier's threshold, measured on bench/pollen (docs/decisions.md). */
    static final int AUTO_COMPILE_AFTER = 2;

    public PollenConfig config() {
        return config;
    }

    /**
     * The engine's executor, made on first use: its clock starts then, so the time spent compiling
     * the first program does not count in {@code now()}.
     */
    public synchronized Executor executor() {
        if (executor == null) {
            executor = Executors.create(config);
            tracing.attachTo(executor);
        }
        return executor;
    }

    /** The globals defined so far (by scripts, REPL entries and {@link #define}), in order of definition. */
    public Map<String, Object> globals() {
        Map<String, Object> values = new LinkedHashMap<>();
        globals.cells().forEach((name, cell) -> {
            if (cell.isDefined()) {
                values.put(name, cell.get());
            }
        });
        return values;
    }

    /** The standard library's globals: functions and modules such as {@code math} and {@code sensors}. */
    public Map<String, Object> builtins() {
        return java.util.Collections.unmodifiableMap(builtins);
    }

    /**
     * Asks the running program to stop at its next loop iteration or call, even where it never
     * awaits (a REPL's Ctrl-C): it throws Cancelled there. Callable from any thread.
     */
    public void interrupt() {
        context.interrupt();
    }

    /**
     * Defines (or replaces) a global visible to scripts run by this engine. A {@code Callable} may
     * be called from several worker threads at once under the multi-threaded executor: see the
     * class comment, and {@link #defineConfined}.
     */
    public void define(String name, Object value) {
        globals.cell(name).define(value);
        replGlobals.put(name, true);
    }

    /**
     * Defines a host function that always runs on one thread of its own, however many workers
     * call it: calls run one at a time, in arrival order, while the calling worker waits. For
     * Java code that is not thread-safe. The thread stops when the engine closes.
     */
    public void defineConfined(String name, Callable function) {
        ConfinedFunction confined = new ConfinedFunction(name, function);
        synchronized (this) {
            resources.add(confined);
        }
        define(name, confined);
    }

    // ---- compiling ----------------------------------------------------------------------------

    /** Every compile error of a file and its imports; an empty list when it is valid. Runs nothing. */
    public List<Diagnostic> check(Path file) throws IOException {
        return check(file, file.toString());
    }

    /** {@link #check(Path)}, naming the file {@code displayName} in diagnostics. */
    public List<Diagnostic> check(Path file, String displayName) throws IOException {
        try {
            compile(read(file), displayName, file, false);
            return List.of();
        } catch (ScriptCompileException e) {
            return e.diagnostics();
        }
    }

    /**
     * The state machines of a file's async functions and of those of the modules it imports (all
     * of them, or those named {@code fn}).
     */
    public String states(Path file, String fn) throws IOException {
        return StatesPrinter.print(fileBodies(file), fn);
    }

    /** The async bodies of a file and of the modules it imports. */
    private List<AsyncCode> fileBodies(Path file) throws IOException {
        var program = compile(read(file), file.toString(), file, false);
        List<AsyncCode> bodies = new ArrayList<>(program.asyncBodies());
        loader.compiledModules().forEach(module -> bodies.addAll(module.asyncBodies()));
        return bodies;
    }

    /** {@link #states(Path, String)} as a Graphviz digraph ({@code pollen states --format=dot}). */
    public String statesDot(Path file, String fn) throws IOException {
        return StatesPrinter.dot(fileBodies(file), fn);
    }

    /**
     * {@code pollen states --jvm FILE [FN]}: the JVM class the back end generates for each
     * function of the file (or for FN; {@code main} is the top level), as text; "" when none.
     */
    public String jvmStates(Path file, String fn) throws IOException {
        var program = compile(read(file), file.toString(), file, false);
        StringBuilder out = new StringBuilder();
        for (var sync : program.syncFunctions()) {
            if (fn == null || fn.equals(sync.code().name()) || fn.equals(sync.code().traceName())) {
                out.append(JvmPrinter.print(sync.code(), sync.signature())).append('\n');
            }
        }
        List<AsyncCode> bodies = new ArrayList<>(program.asyncBodies());
        bodies.add(program.main());
        for (AsyncCode body : bodies) {
            if (fn == null || fn.equals(body.futureName()) || fn.equals(body.traceName())) {
                out.append(JvmPrinter.print(body)).append('\n');
            }
        }
        return out.toString();
    }

    /**
     * The state machines of the async fn {@code fn} as the newest REPL entry that defined it
     * compiled them; "" when no entry did. Compiles nothing, so it cannot change the program.
     */
    public String entryStates(String fn) {
        for (int i = entryBodies.size() - 1; i >= 0; i--) {
            String text = StatesPrinter.print(entryBodies.get(i), fn);
            if (!text.isEmpty()) {
                return text;
            }
        }
        return "";
    }

    /** A REPL entry: compiled in the engine's persistent globals, its async bodies kept for {@link #entryStates}. */
    private ProgramCompiler.CompiledProgram compileEntry(String code, String name) {
        var program = compile(code, name, Path.of(name), true);
        entryBodies.add(program.asyncBodies());
        return program;
    }

    private ProgramCompiler.CompiledProgram compile(String text, String display, Path where, boolean repl) {
        return compile(text, display, where, repl, repl);
    }

    private ProgramCompiler.CompiledProgram compile(String text, String display, Path where, boolean repl,
                                                    boolean entry) {
        sources.put(display, text);
        loader.registerRoot(display, where);
        List<Diagnostic> errors = new ArrayList<>();
        var parsed = SourceParser.parse(text, display, entry);
        ProgramCompiler.CompiledProgram compiled = null;
        // With syntax errors the statements that parsed cleanly are still resolved, so every
        // compile error of the file is reported at once (LANGUAGE.md §3); nothing is compiled then.
        var checkable = parsed.checkable();
        List<Diagnostic> own = new ArrayList<>(parsed.errors());
        if (checkable != null) {
            try {
                loader.compileRootImports(checkable, display, errors);
                Resolution resolution = Resolver.resolve(checkable, display,
                        ModuleLoader.known(builtinNames, parsed), replGlobals);
                own.addAll(resolution.errors());
                if (own.isEmpty() && errors.isEmpty()) {
                    ModuleEnv env = new ModuleEnv(display, text, globals, builtins, context, loader);
                    compiled = ProgramCompiler.compile(resolution, env, repl);
                    replGlobals.putAll(resolution.globalMutability());
                }
            } catch (StackOverflowError deep) {
                // Within the parser's nesting limit, yet too deep for this thread's stack (the
                // command's engine thread has room for it; a host's small thread may not).
                compiled = null;
                own.add(new Diagnostic("nesting too deep to compile on this thread's stack", display, Span.NONE,
                        "run it on a thread with a larger stack, or split the deepest expression", List.of()));
            }
        }
        errors.addAll(ModuleLoader.inSourceOrder(own));
        if (!errors.isEmpty()) {
            StringBuilder rendered = new StringBuilder();
            for (Diagnostic d : errors) {
                rendered.append(renderer.render(d));
            }
            throw new ScriptCompileException(errors, rendered.toString());
        }
        return compiled;
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    // ---- running ------------------------------------------------------------------------------

    /**
     * Runs a script file as the main task and returns its value. Afterwards the other tasks are
     * cancelled (main exit) and unobserved task failures are reported on the error stream.
     *
     * @throws ScriptCompileException when it does not compile (nothing ran)
     * @throws ScriptRuntimeException when it fails while running
     */
    public Object runFile(Path file) throws IOException {
        return run(read(file), file.toString(), file);
    }

    /** Runs a script file that diagnostics call {@code displayName} (imports still resolve from its folder). */
    public Object runFile(Path file, String displayName) throws IOException {
        return run(read(file), displayName, file);
    }

    /** Runs source text as a program named {@code name} (imports resolve from the working directory). */
    public Object run(String source, String name) {
        return run(source, name, Path.of(name), true);
    }

    private Object run(String source, String name, Path where) {
        return run(source, name, where, false);
    }

    /** @param entry code typed rather than a file ({@code -e}): its final {@code ;} may be left out */
    private Object run(String source, String name, Path where, boolean entry) {
        var program = compile(source, name, where, false, entry);
        Object value;
        try {
            value = runMain(program.main(), "main");
        } finally {
            finish();
        }
        if (context.limitError() != null) {
            // Met while main exit cancelled the other tasks: a limit ends the run all the same (§11).
            throw runtimeFailure(context.limitError());
        }
        return value;
    }

    /**
     * Evaluates a REPL entry (or any snippet) in this engine's persistent globals: the value of a
     * final expression without {@code ;} is returned. Spawned tasks live on between entries.
     */
    public Object eval(String code) {
        return eval(code, "<repl:" + (++replEntries) + ">");
    }

    public Object eval(String code, String name) {
        var program = compileEntry(code, name);
        return runMain(program.main(), "main");
    }

    /** Compiles a REPL entry into the task that will run it (so a host can abort it, e.g. on Ctrl-C). */
    public Task spawnEntry(String code, String name) {
        var program = compileEntry(code, name);
        return executor().spawn((Future) program.main().newStateMachine(null, 0), "main");
    }

    /**
     * Runs the executor until {@code task} finishes; its value, or a ScriptRuntimeException. An
     * operation budget exceeded by any task ends the run with LimitExceeded, whatever else happened.
     */
    public Object await(Task task) {
        Object value;
        try {
            value = executor().runUntilFinished(task);
        } catch (PollenException e) {
            throw runtimeFailure(limitOr(e));
        } catch (DeadlockException e) {
            if (context.limitError() != null) {
                throw runtimeFailure(context.limitError());
            }
            throw deadlock(e);
        }
        if (context.limitError() != null) {
            throw runtimeFailure(context.limitError());  // met by another task: it still ends the run
        }
        return value;
    }

    private Object runMain(AsyncCode main, String name) {
        return await(executor().spawn((Future) main.newStateMachine(null, 0), name));
    }

    /** A run that exceeded its operation budget fails with that, whatever else went wrong after. */
    private PollenException limitOr(PollenException e) {
        PollenException limit = context.limitError();
        return limit != null ? limit : e;
    }

    /**
     * Main exit: cancels every other live task (their finally blocks run), reports the failures of
     * tasks nobody awaited, and closes the trace file. The engine can still be used afterwards.
     */
    public void finish() {
        try {
            executor().shutdown();
        } catch (PollenException | DeadlockException ignored) {
            // Main has ended; a task failing while being cancelled changes nothing.
        }
        warnUnobservedFailures();
        tracing.close();  // completes the trace file at main exit
    }

    /**
     * Warns on the error stream, once per task, of each task that failed with nobody awaiting it
     * (LANGUAGE §6.3). A LimitExceeded is not warned of: it is reported as the run's error.
     */
    public void warnUnobservedFailures() {
        for (Task t : executor().unobservedFailures()) {
            PollenException e = t.failure();
            if (!TryNode.isCatchable(e) || !warned.add(t)) {
                continue;
            }
            String where = e.location() == null ? "" : " (at " + e.location() + ")";
            config.out().flush();  // the warning follows what the script printed before it
            config.err().println("warning: task " + t.id() + " (" + t.name() + ") failed: " + describe(e.value()) + where);
        }
    }

    @Override
    public void close() {
        tracing.close();
        Executor made;
        List<AutoCloseable> owned;
        synchronized (this) {
            made = executor;
            owned = new ArrayList<>(resources);
            resources.clear();
        }
        for (AutoCloseable resource : owned) {
            try {
                resource.close();
            } catch (Exception e) {
                throw new IllegalStateException("a resource of the engine did not close", e);
            }
        }
        if (made instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception e) {
                throw new IllegalStateException("the executor did not stop", e);
            }
        }
    }

    /** Renders a diagnostic in the style of rustc, with the source line it points at. */
    public String render(Diagnostic d) {
        return renderer.render(d);
    }

    // ---- errors -------------------------------------------------------------------------------

    private ScriptRuntimeException runtimeFailure(PollenException e) {
        Location at = e.location();
        Span span = at == null ? Span.NONE : new Span(at.line(), at.column(), at.line(), at.endColumn());
        Diagnostic d = new Diagnostic(describe(e.value()), at == null ? null : at.file(), span, null, traceNotes(e));
        return new ScriptRuntimeException(d, renderer.render(d), e);
    }

    private ScriptRuntimeException deadlock(DeadlockException e) {
        Diagnostic d = new Diagnostic("deadlock: " + e.getMessage(), null, Span.NONE, null, List.of());
        return new ScriptRuntimeException(d, renderer.render(d), null);
    }

    private static String describe(Object thrown) {
        return thrown instanceof ErrorValue ev ? ev.kind() + ": " + ev.message() : "uncaught throw: " + Printer.repr(thrown);
    }

    /** The script trace, innermost first, with runs of one repeated frame (deep recursion) folded. */
    private static List<String> traceNotes(PollenException e) {
        List<String> notes = new ArrayList<>();
        List<TraceFrame> frames = e.trace();
        for (int i = 0; i < frames.size(); i++) {
            TraceFrame f = frames.get(i);
            int repeats = 0;
            while (i + 1 < frames.size() && sameFrame(frames.get(i + 1), f)) {
                i++;
                repeats++;
            }
            String how = notes.isEmpty() ? "in " : f.awaited() ? "awaited by " : "called by ";
            notes.add(how + f.function() + " (" + f.at() + ")"
                    + (repeats > 0 ? " [and " + repeats + " more calls like it]" : ""));
            if (notes.size() > 40) {
                notes.add("... " + (frames.size() - i - 1) + " more frames");
                break;
            }
        }
        return notes;
    }

    private static boolean sameFrame(TraceFrame a, TraceFrame b) {
        return a.function().equals(b.function()) && a.awaited() == b.awaited()
                && java.util.Objects.equals(a.at(), b.at());
    }

    /** The standard library's view of this engine. */
    private final class Host implements StdlibHost {
        @Override
        public PrintStream out() {
            return config.out();
        }

        @Override
        public long seed() {
            return config.seed();
        }

        @Override
        public List<String> args() {
            return config.args();
        }

        @Override
        public Executor executor() {
            return Pollen.this.executor();
        }

        @Override
        public void closeWithEngine(AutoCloseable resource) {
            synchronized (Pollen.this) {
                resources.add(resource);
            }
        }
    }
}
