package dev.pollen.interpreter.embed;

import dev.pollen.interpreter.diagnostics.Span;
import dev.pollen.interpreter.compile.ModuleEnv;
import dev.pollen.interpreter.compile.ProgramCompiler;
import dev.pollen.interpreter.diagnostics.Diagnostic;
import dev.pollen.interpreter.diagnostics.DiagnosticRenderer;
import dev.pollen.interpreter.lower.AsyncCode;
import dev.pollen.interpreter.lower.StatesPrinter;
import dev.pollen.interpreter.nodes.GlobalCell;
import dev.pollen.interpreter.nodes.Globals;
import dev.pollen.interpreter.jvm.JvmBackend;
import dev.pollen.interpreter.jvm.JvmPrinter;
import dev.pollen.interpreter.internal.EngineInternals;
import dev.pollen.interpreter.nodes.HostMethodCall;
import dev.pollen.interpreter.nodes.RunContext;
import dev.pollen.interpreter.nodes.TryNode;
import dev.pollen.interpreter.parse.SourceParser;
import dev.pollen.interpreter.resolve.Resolution;
import dev.pollen.interpreter.resolve.Resolver;
import dev.pollen.runtime.async.DeadlockException;
import dev.pollen.runtime.async.Executor;
import dev.pollen.runtime.async.Future;
import dev.pollen.runtime.async.Task;
import dev.pollen.runtime.value.ErrorKind;
import dev.pollen.runtime.value.Callable;
import dev.pollen.runtime.value.ErrorValue;
import dev.pollen.runtime.value.Location;
import dev.pollen.runtime.value.PollenException;
import dev.pollen.runtime.value.Printer;
import dev.pollen.runtime.value.SizeLimits;
import dev.pollen.runtime.value.TraceFrame;
import dev.pollen.stdlib.NativeModule;
import dev.pollen.stdlib.Stdlib;
import dev.pollen.stdlib.StdlibHost;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * A Pollen engine: compiles and runs scripts with its own globals, executor and limits. This is
 * the embedding API, and what the {@code pollen} command and the REPL are built on.
 *
 * <pre>{@code
 * try (Pollen pollen = new Pollen(PollenConfig.defaults().withLimits(Limits.untrusted()))) {
 *     pollen.define("twice", (Function<Long, Long>) n -> n * 2);      // a Java function
 *     pollen.eval("fn area(w, h) { w * h }");
 *     Object a = pollen.call("area", 6, 7);                          // 42L
 *     Object v = pollen.eval("sleep(10).await; twice(21)");          // 42L
 * }
 * }</pre>
 *
 * <h2>Values</h2>
 * Values cross between Java and scripts by this table, both ways:
 * <table>
 *   <caption>Conversions</caption>
 *   <tr><th>Java</th><th>script</th><th>back to Java</th></tr>
 *   <tr><td>null</td><td>{@code nil}</td><td>null</td></tr>
 *   <tr><td>Boolean</td><td>bool</td><td>Boolean</td></tr>
 *   <tr><td>Integer, Short, Byte, Long</td><td>int</td><td>Long</td></tr>
 *   <tr><td>BigInteger (in 64 bits; else IllegalArgumentException)</td><td>int</td><td>Long</td></tr>
 *   <tr><td>Float, Double</td><td>float</td><td>Double</td></tr>
 *   <tr><td>CharSequence, Character</td><td>string</td><td>String</td></tr>
 *   <tr><td>List, any Collection, array</td><td>list (a copy)</td><td>a live {@code java.util.List} view</td></tr>
 *   <tr><td>Map</td><td>map (a copy)</td><td>a live {@code java.util.Map} view</td></tr>
 *   <tr><td>{@code Function}, {@code BiFunction}, {@code Supplier}, {@code Runnable}, {@link HostFunction}</td>
 *       <td>function (a Java exception becomes a catchable {@code HostError})</td>
 *       <td>the same function</td></tr>
 *   <tr><td>CompletableFuture, CompletionStage</td><td>future (awaitable; any thread may complete it)</td>
 *       <td>CompletableFuture</td></tr>
 *   <tr><td>a script function</td><td></td><td>{@link ScriptFunction} (call it from Java)</td></tr>
 *   <tr><td>a script future, task</td><td></td><td>CompletableFuture (the engine drives it)</td></tr>
 *   <tr><td>any other object</td><td>opaque {@code object}: held and passed back, never entered</td><td>itself</td></tr>
 * </table>
 * A view handed to Java and given back is the script's own list or map again.
 *
 * <h2>Errors</h2>
 * {@link ScriptCompileException}: the code did not compile, nothing ran. {@link ScriptRuntimeException}:
 * it failed while running (an uncaught error, a deadlock, a limit, {@link #interrupt()}, out of
 * memory), with the rendered diagnostic, location and script stack. {@code IllegalArgumentException}:
 * a value that cannot be converted, or no function of the name called. The failures of tasks
 * nobody awaited go to {@link #onTaskFailure} (by default a warning on the error stream).
 *
 * <h2>Limits and sandbox</h2>
 * The {@link Limits} of the config apply afresh to every evaluation ({@code eval}, {@code run},
 * {@code call}, a prepared script): past one, the evaluation ends with {@code LimitExceeded}, which
 * no script {@code catch} sees and which runs no {@code finally}, its tasks are cancelled, and the
 * engine answers the next evaluation as before. A script reaches nothing of Java, the files, the
 * network, the environment or processes but what the host defines; {@code import} is off unless
 * the config names a module root.
 *
 * <h2>Threads</h2>
 * Scripts run on the engine's own thread, whose 1 GiB stack lets recursion meet the interpreter's
 * depth limit rather than the JVM's. Every public method may be called from any thread: calls
 * are run one at a time in the order they arrive (a caller waits for the calls before it), and
 * {@link #evalAsync}, {@link #callAsync} and {@link ScriptFunction#callAsync} return at once.
 * {@link #interrupt()} acts at once. Engines share nothing: several may run side by side.
 * With {@code --executor=multi} ({@link PollenConfig#threads()} &gt; 0) the tasks of a program run
 * on several worker threads at once, and a host function given to {@link #define} may be called
 * from several workers at the same time: it must be thread-safe. Give a function that is not to
 * {@link #defineConfined} instead, and every call runs on one thread of its own. On the default
 * single-threaded executor every call comes from the engine's one thread.
 *
 * <h2>Tools</h2>
 * What the {@code pollen} command's REPL uses is public here, for any host that offers one:
 * {@link #startEntry} runs an entry that another thread may cancel; {@link #globals()} and
 * {@link #builtins()} give the values as {@link ScriptValue}s (to show with {@code repr()}, to
 * complete with {@code memberNames()}); {@link #tasks()} lists the live tasks;
 * {@link #runTasks} lets spawned tasks go on between entries; {@link #traceTo} switches the
 * text trace; {@link SourceScanner} tokenizes input for highlighting and tells when it is complete.
 */
public final class Pollen implements AutoCloseable {
    static {
        EngineInternals.install(new InternalAccess());
    }

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
    private final Conversions conversions = new Conversions(this);
    private volatile Consumer<ScriptRuntimeException> taskFailures;
    /** The tasks whose unobserved failure was reported already (each is reported once). */
    private final Set<Task> warned = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    private final EngineDriver driver = new EngineDriver("pollen-engine");
    private volatile Limits limits;
    /** True while an evaluation runs (on the driver thread only). */
    private boolean evaluating;
    /** The main task of the evaluation running now, which a limit or an interrupt wakes. */
    private volatile Task runningMain;
    /** The async bodies of each REPL entry, oldest first. */
    private final List<List<AsyncCode>> entryBodies = new ArrayList<>();
    /** What the standard library asked to close with the engine (sensor hardware threads). */
    private final List<AutoCloseable> resources = new ArrayList<>();

    /** An engine configured by {@code config}; its thread and executor start on first use. */
    public Pollen(PollenConfig config) {
        this(config, List.of());
    }

    /** An engine with extra native modules (a benchmark's device, say): reached through {@link EngineInternals}. */
    Pollen(PollenConfig config, List<? extends NativeModule> extraModules) {
        ParseAhead.warmUp();  // meanwhile the standard library is set up
        this.config = config;
        this.limits = config.limits();
        this.context = new RunContext(limits.bounds(), config.threads() > 0);
        this.context.useCompiler(new JvmBackend(), compileAfter(config.compile()));
        this.tracing = new Tracing(config);
        StdlibHost host = new Host();
        Stdlib.install(builtins::put, host, extraModules);
        this.builtinNames = Stdlib.globalNames(extraModules);
        this.loader = new ModuleLoader(builtins, builtinNames, context, sources, ModuleRoot.of(config.moduleRoot()));
    }

    /**
     * Starts parsing a file's {@code text} on a background daemon thread, for a {@link
     * #runFile(Path, String)} of the same text and {@code displayName} to take up: a host that
     * has the text before it makes the engine overlaps the parse with the engine's set-up.
     * Nothing changes but speed; a parse no run takes up is dropped by the next one.
     */
    public static void parseFileAhead(String text, String displayName) {
        ParseAhead.start(text, displayName, false);
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

    /** The configuration the engine was made from. */
    public PollenConfig config() {
        return config;
    }

    /**
     * The engine's executor, made on first use: its clock starts then, so the time spent compiling
     * the first program does not count in {@code now()}. A host drives scripts through
     * {@code eval}, {@code call} and friends, which run it on the engine's thread.
     */
    synchronized Executor executor() {
        if (executor == null) {
            executor = Executors.create(config);
            tracing.attachTo(executor);
        }
        return executor;
    }

    /**
     * The globals defined so far (by scripts, REPL entries and {@link #define}), in order of
     * definition, as they are now (for tools such as the REPL's {@code :vars}); {@link #get} gives
     * one converted to Java. A snapshot that may be taken from any thread, even while a script
     * runs (a REPL's completion does): a global being changed at that moment may be seen a
     * moment early.
     */
    public Map<String, ScriptValue> globals() {
        return asScriptValues(scriptGlobals());
    }

    /** {@link #globals()} as the scripts hold them, for the engine's own tools. */
    Map<String, Object> scriptGlobals() {
        Map<String, Object> values = new LinkedHashMap<>();
        globals.cells().forEach((name, cell) -> {
            if (cell.isDefined()) {
                values.put(name, cell.get());
            }
        });
        return values;
    }

    /**
     * The standard library's globals: functions such as {@code print} and modules such as
     * {@code math}, by name in the order the library defines them. Scripts may shadow them.
     */
    public Map<String, ScriptValue> builtins() {
        return asScriptValues(builtins);
    }

    private Map<String, ScriptValue> asScriptValues(Map<String, Object> scriptValues) {
        Map<String, ScriptValue> values = new LinkedHashMap<>();
        scriptValues.forEach((name, value) -> values.put(name, new ScriptValue(value, this)));
        return java.util.Collections.unmodifiableMap(values);
    }

    /**
     * The tasks alive now (spawned and not finished), in spawn order: a snapshot for listing
     * them, as the REPL's {@code :tasks} does. Waits for the evaluation running now, if any.
     */
    public List<TaskInfo> tasks() {
        return onDriver(() -> executor().liveTasks().stream()
                .map(t -> new TaskInfo(t.id(), t.name(), t.isCancelled(), t.waitingOn(), t.lastWorker()))
                .toList());
    }

    /**
     * Lets the live tasks run while no evaluation is running: what keeps spawned tasks and timers
     * going between REPL entries. With {@link Duration#ZERO} it runs every task that is ready and
     * every timer that is due, and returns without waiting (after each entry); with a longer
     * {@code slice} it goes on for that much of the engine's clock (while the user types; the
     * virtual clock moves on by the slice). A task's failure is not thrown here;
     * {@link #warnUnobservedFailures()} reports those nobody awaited.
     *
     * @return false, at once, when no task is live: the caller may then wait for its user
     */
    public boolean runTasks(Duration slice) {
        long nanos = slice.toNanos();
        return onDriver(() -> {
            if (executor().liveTasks().isEmpty()) {
                return false;
            }
            try {
                if (nanos <= 0) {
                    executor().runUntilIdle();
                } else {
                    executor().runFor(nanos);
                }
            } catch (PollenException | DeadlockException e) {
                // Nobody awaits here: a task's own failure is reported as unobserved.
            }
            return true;
        });
    }

    /** What a script's {@code now()} would answer at this moment: milliseconds on the engine's clock. */
    public long nowMillis() {
        return executor().nowMillis();
    }

    /**
     * Turns the text trace (a line per poll, wake, timer and interrupt, as {@code --trace} prints
     * them) on, written to {@code out}, or off with null. A trace file the config asked for
     * ({@link PollenConfig#traceOut()}) goes on being written either way.
     */
    public void traceTo(PrintStream out) {
        tracing.textTo(out, executor());
    }

    /**
     * Stops the evaluation running now, even where it never awaits (a REPL's Ctrl-C): it fails
     * with {@code Cancelled: interrupted}, which no script {@code catch} sees and which runs no
     * {@code finally}. When no evaluation runs it does nothing: it never reaches a later one.
     * Callable from any thread.
     */
    public void interrupt() {
        context.interrupt();
    }

    /** The limits each evaluation starts with. */
    public Limits limits() {
        return limits;
    }

    /** Changes the limits of the evaluations that start from now on (not of one running now). */
    public void setLimits(Limits newLimits) {
        this.limits = java.util.Objects.requireNonNull(newLimits, "limits");
    }

    /**
     * Defines (or replaces) a global visible to scripts run by this engine, converting the Java
     * value (see the table above): a {@code Function}, {@code BiFunction}, {@code Supplier} or
     * {@link HostFunction} becomes a script function named {@code name}.
     *
     * Under the multi-threaded executor a function may be called from several worker threads at
     * once: see the class comment, and {@link #defineConfined}.
     *
     * @throws IllegalArgumentException when the value cannot be converted (a BigInteger too big)
     */
    public void define(String name, Object value) {
        Object converted = conversions.toScript(value, name);
        onDriver(() -> {
            globals.cell(name).define(converted);
            replGlobals.put(name, true);
            return null;
        });
    }

    /** Shorthand for {@link #define}: writes a global. */
    public void set(String name, Object value) {
        define(name, value);
    }

    /**
     * The global {@code name} converted to Java (a list as a live {@code List} view, a function as a
     * {@link ScriptFunction}), or null when no such global is defined.
     */
    public Object get(String name) {
        return onDriver(() -> {
            var cell = globals.cells().get(name);
            return cell != null && cell.isDefined() ? conversions.toJava(cell.get()) : null;
        });
    }

    /** Removes the global {@code name} (a later script referring to it fails to compile). */
    public void remove(String name) {
        onDriver(() -> {
            GlobalCell cell = globals.find(name);
            if (cell != null) {
                cell.undefine();
            }
            replGlobals.remove(name);
            return null;
        });
    }

    /**
     * Calls the script function {@code name} (a global) with arguments converted from Java, under
     * the engine's limits; an async fn is run to completion. Its result converted to Java.
     *
     * @throws IllegalArgumentException when no function of that name is defined
     * @throws ScriptRuntimeException   when the call fails
     */
    public Object call(String name, Object... args) {
        return callFunction(function(name), args);
    }

    /** {@link #call} on the engine's thread: the caller never blocks; the future has the result. */
    public CompletableFuture<Object> callAsync(String name, Object... args) {
        return callFunctionAsync(function(name), args);
    }

    /**
     * Evaluates {@code code} like {@link #eval(String)} on the engine's own thread; the caller never
     * blocks, and the future completes with the converted value or the script's exception.
     */
    public CompletableFuture<Object> evalAsync(String code) {
        String name = "<eval:" + (++replEntries) + ">";
        return driver.submit(() -> eval(code, name));
    }

    /**
     * Where the failures of tasks nobody awaited go (LANGUAGE.md §6.3), each once: by default a
     * warning line on the error stream.
     */
    public void onTaskFailure(Consumer<ScriptRuntimeException> handler) {
        this.taskFailures = handler;
    }

    private Callable function(String name) {
        Object value = onDriver(() -> {
            var cell = globals.cells().get(name);
            return cell != null && cell.isDefined() ? cell.get() : builtins.get(name);
        });
        if (value instanceof Callable c) {
            return c;
        }
        throw new IllegalArgumentException(value == null ? "no function named " + name + " is defined"
                : name + " is a " + dev.pollen.runtime.value.Values.typeOf(value) + ", not a function");
    }

    Conversions conversions() {
        return conversions;
    }

    Object callFunction(Callable fn, Object[] args) {
        Object[] scriptArgs = new Object[args == null ? 0 : args.length];
        for (int i = 0; i < scriptArgs.length; i++) {
            scriptArgs[i] = conversions.toScript(args[i]);
        }
        return onDriver(() -> {
            if (evaluating) {
                // Called back from a host function while a script runs: no second evaluation.
                return conversions.toJava(fn.call(scriptArgs));
            }
            return evaluation(() -> {
                Task main = executor().spawn(new FunctionCall(fn, scriptArgs), fn.name() == null ? "call" : fn.name());
                Object value = awaitMain(main);
                warnUnobservedFailures();
                return conversions.toJava(value);
            });
        });
    }

    CompletableFuture<Object> callFunctionAsync(Callable fn, Object[] args) {
        return driver.submit(() -> callFunction(fn, args));
    }

    /**
     * A script future as a Java {@code CompletableFuture}: a task awaits it and completes the Java
     * future; the engine's thread drives it when no evaluation is running.
     */
    CompletableFuture<Object> completion(Future future) {
        CompletableFuture<Object> result = new CompletableFuture<>();
        Callable awaitIt = args -> future;
        if (evaluating && driver.onDriverThread()) {
            // Made while a script runs (its value, or an argument to a host function): the task
            // runs with the evaluation, and after it the engine's thread drives it to the end.
            Task task = executor().spawn(new Completing(future, result, conversions::toJava, this::runtimeFailure),
                    "future");
            driver.submit(() -> task.isFinished() ? null : evaluation(() -> awaitMain(task)));
        } else {
            driver.submit(() -> {
                try {
                    result.complete(callFunction(awaitIt, new Object[0]));
                } catch (RuntimeException e) {
                    result.completeExceptionally(e);
                }
                return null;
            });
        }
        return result;
    }

    /**
     * Defines a host function that always runs on one thread of its own, however many workers
     * call it: calls run one at a time, in arrival order, while the calling worker waits. For
     * Java code that is not thread-safe. The thread stops when the engine closes.
     *
     * @param function a {@code Function}, {@code BiFunction}, {@code Supplier}, {@code Runnable}
     *                 or {@link HostFunction}, converted as {@link #define} converts it
     * @throws IllegalArgumentException when {@code function} is not a function
     */
    public void defineConfined(String name, Object function) {
        if (!(conversions.toScript(function, name) instanceof Callable body)) {
            throw new IllegalArgumentException(name + " must be given a Java function, not "
                    + (function == null ? "null" : function.getClass().getSimpleName()));
        }
        ConfinedFunction confined = new ConfinedFunction(name, body);
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
        String text = read(file);
        return onDriver(() -> {
            try {
                compile(text, displayName, file, false);
                return List.of();
            } catch (ScriptCompileException e) {
                return e.diagnostics();
            }
        });
    }

    /**
     * The state machines of a file's async functions and of those of the modules it imports (all
     * of them, or those named {@code fn}).
     */
    public String states(Path file, String fn) throws IOException {
        return StatesPrinter.print(fileBodies(file), fn);
    }

    /** The async bodies of a file and of the modules it imports, compiled on the engine's thread. */
    private List<AsyncCode> fileBodies(Path file) throws IOException {
        String text = read(file);
        return onDriver(() -> {
            var program = compile(text, file.toString(), file, false);
            List<AsyncCode> bodies = new ArrayList<>(program.asyncBodies());
            loader.compiledModules().forEach(module -> bodies.addAll(module.asyncBodies()));
            return bodies;
        });
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
        String text = read(file);
        var program = onDriver(() -> compile(text, file.toString(), file, false));
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
        var ahead = ParseAhead.take(text, display, entry);
        var parsed = ahead != null ? ahead : SourceParser.parse(text, display, entry);
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
        return onDriver(() -> evaluation(() -> {
            var program = compile(source, name, where, false, entry);
            Object value;
            try {
                value = runMain(program.main(), "main");
            } finally {
                finish();
            }
            PollenException stop = context.stopError();
            if (stop != null && stop.isKind(ErrorKind.LIMIT_EXCEEDED)) {
                // Met while main exit cancelled the other tasks: a limit ends the run all the same
                // (§11). An interrupt there only cut the clean-up short: main's value stands.
                throw failed(stop);
            }
            return conversions.toJava(value);
        }));
    }

    /**
     * Evaluates a REPL entry (or any snippet) in this engine's persistent globals: the value of a
     * final expression without {@code ;} is returned. Spawned tasks live on between entries.
     */
    public Object eval(String code) {
        return eval(code, "<repl:" + (++replEntries) + ">");
    }

    /**
     * {@link #eval(String)} naming the snippet {@code name} in diagnostics.
     *
     * @return the value converted to Java (see the table above)
     * @throws ScriptCompileException when it does not compile (nothing ran)
     * @throws ScriptRuntimeException when it fails while running, a limit included
     */
    public Object eval(String code, String name) {
        return onDriver(() -> evaluation(() -> {
            var program = compileEntry(code, name);
            Object value = runMain(program.main(), "main");
            warnUnobservedFailures();
            return conversions.toJava(value);
        }));
    }

    /**
     * Compiles {@code code} once, for running many times ({@link PreparedScript#run}) without
     * parsing it again.
     *
     * @throws ScriptCompileException when it does not compile
     */
    public PreparedScript prepare(String code, String name) {
        return onDriver(() -> new PreparedScript(this, compile(code, name, Path.of(name), true), name));
    }

    Object runPrepared(PreparedScript script) {
        if (script.engine() != this) {
            throw new IllegalArgumentException("the script was prepared by another engine");
        }
        var program = (ProgramCompiler.CompiledProgram) script.program();
        return onDriver(() -> evaluation(() -> {
            Object value = runMain(program.main(), "main");
            warnUnobservedFailures();
            return conversions.toJava(value);
        }));
    }

    CompletableFuture<Object> runPreparedAsync(PreparedScript script) {
        return driver.submit(() -> runPrepared(script));
    }

    /**
     * Calls the method {@code method} of a script value (a struct instance, a module, a list...)
     * as the script would write {@code receiver.method(args)}, under the engine's limits; an
     * async method is run to completion. The method is looked up on the receiver as a script's
     * call finds it: nothing is compiled.
     *
     * @throws IllegalArgumentException when {@code method} is not a name
     * @throws ScriptRuntimeException   when there is no such method or the call fails
     */
    public Object callMethod(Object receiver, String method, Object... args) {
        if (!method.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            throw new IllegalArgumentException("not a method name: " + method);
        }
        return callFunction(new HostMethodCall(conversions.toScript(receiver), method, context), args);
    }

    /**
     * The script value a Java value stands for (see the table above), to inspect without running
     * anything: a value the engine handed out, such as a struct instance or a list view, is
     * itself again.
     */
    public ScriptValue valueOf(Object javaValue) {
        return new ScriptValue(conversions.toScript(javaValue), this);
    }

    /**
     * Compiles a REPL entry (or any snippet) in the engine's persistent globals and starts it as a
     * task, to be run by {@link Entry#await()} while another thread may cancel it (Ctrl-C).
     * Definitions it makes persist; so do the tasks it spawns.
     *
     * @throws ScriptCompileException when it does not compile (nothing ran, nothing is defined)
     */
    public Entry startEntry(String code, String name) {
        return onDriver(() -> {
            var program = compileEntry(code, name);
            return new Entry(this, executor().spawn((Future) program.main().newStateMachine(null, 0), "main"), name);
        });
    }

    /**
     * {@link Entry#await()}: runs the executor until the entry's task finishes. A limit met by
     * any task (or an interrupt) ends the run with that error, whatever else happened.
     */
    ScriptValue awaitEntry(Entry entry) {
        Task task = entry.task();
        try {
            return new ScriptValue(onDriver(() -> evaluation(() -> awaitMain(task))), this);
        } catch (ScriptRuntimeException e) {
            // Aborted by a cancel; a limit also wakes the entry by aborting it, but is an error.
            if (task.isCancelled() && !ErrorKind.LIMIT_EXCEEDED.equals(e.kind())) {
                entry.markCancelled();
            }
            throw e;
        } finally {
            if (!task.isFinished()) {
                // A deadlocked entry is still waiting: end it so it does not linger in tasks().
                task.abort();
            }
        }
    }

    /** Runs {@code job} on the engine's own thread (its deep stack), as one call at a time. */
    private <T> T onDriver(java.util.concurrent.Callable<T> job) {
        try {
            return driver.call(job);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Exception e) {
            throw new java.io.UncheckedIOException(e instanceof IOException io ? io : new IOException(e));
        }
    }

    /**
     * One evaluation under the engine's limits (LANGUAGE.md §11): a fresh budget and deadline, the
     * size bounds in force on this thread, and a JVM out of memory reported as a script failure.
     */
    private <T> T evaluation(java.util.function.Supplier<T> body) {
        if (evaluating) {
            return body.get();  // a nested step of the evaluation running now (run's finish, say)
        }
        evaluating = true;
        context.setBounds(limits.bounds());
        context.begin(this::stopWaitingTasks);
        SizeLimits previous = SizeLimits.install(context);
        try {
            return body.get();
        } catch (OutOfMemoryError e) {
            runningMain = null;
            throw outOfMemory();
        } finally {
            SizeLimits.restore(previous);
            context.end();
            evaluating = false;
        }
    }

    /**
     * Reports, once per task, each task that failed with nobody awaiting it (LANGUAGE §6.3): to
     * the host's {@link #onTaskFailure} handler, else as a warning on the error stream. A
     * LimitExceeded is not reported here: it is the run's own error.
     */
    public void warnUnobservedFailures() {
        onDriver(() -> {
            reportEachUnobservedFailure();
            return null;
        });
    }

    private void reportEachUnobservedFailure() {
        for (Task t : executor().unobservedFailures()) {
            PollenException e = t.failure();
            if (!TryNode.isCatchable(e) || !warned.add(t)) {
                continue;
            }
            Consumer<ScriptRuntimeException> handler = taskFailures;
            if (handler != null) {
                handler.accept(runtimeFailure(e));
            } else {
                String where = e.location() == null ? "" : " (at " + e.location() + ")";
                config.out().flush();  // the warning follows what the script printed before it
                config.err().println("warning: task " + t.id() + " (" + t.name() + ") failed: " + describe(e.value()) + where);
            }
        }
    }

    /** A limit was met or the host interrupted: wake the main task so a waiting run stops too. */
    private void stopWaitingTasks() {
        Task main = runningMain;
        if (main != null) {
            main.abort();
        }
    }

    private Object awaitMain(Task task) {
        runningMain = task;
        Object value;
        try {
            value = executor().runUntilFinished(task);
        } catch (PollenException e) {
            throw failed(stopOr(e));
        } catch (DeadlockException e) {
            if (context.stopError() != null) {
                throw failed(context.stopError());
            }
            throw deadlock(e);
        } finally {
            runningMain = null;
        }
        if (context.stopError() != null) {
            throw failed(context.stopError());  // met by another task: it still ends the run
        }
        return value;
    }

    /**
     * A run-ending failure leaves no task of the evaluation behind: they are cancelled while the
     * stop is still in force, so their loops and calls end at once.
     */
    private ScriptRuntimeException failed(PollenException e) {
        if (e.endsRun()) {
            for (Task t : executor().liveTasks()) {
                t.abort();
            }
            try {
                executor().runUntilIdle();
            } catch (PollenException | DeadlockException ignored) {
                // Tasks ending while cancelled change nothing: the evaluation has failed already.
            }
        }
        return runtimeFailure(e);
    }

    private Object runMain(AsyncCode main, String name) {
        return awaitMain(executor().spawn((Future) main.newStateMachine(null, 0), name));
    }

    /** A run that met a limit (or was interrupted) fails with that, whatever else went wrong after. */
    private PollenException stopOr(PollenException e) {
        PollenException stop = context.stopError();
        return stop != null ? stop : e;
    }

    /**
     * Main exit: cancels every other live task (their finally blocks run), reports the failures of
     * tasks nobody awaited, and closes the trace file. The engine can still be used afterwards.
     */
    public void finish() {
        onDriver(() -> evaluation(() -> {
            try {
                executor().shutdown();
            } catch (PollenException | DeadlockException ignored) {
                // Main has ended; a task failing while being cancelled changes nothing.
            }
            warnUnobservedFailures();
            tracing.close();  // completes the trace file at main exit
            return null;
        }));
    }

    @Override
    public void close() {
        driver.close();
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
        return new ScriptRuntimeException(d, renderer.render(d), e.value() instanceof ErrorValue ev ? ev.kind() : null,
                at == null ? null : at.toString(), e.getCause());
    }

    private ScriptRuntimeException outOfMemory() {
        Diagnostic d = new Diagnostic(OutOfMemory.MESSAGE, null, Span.NONE, null, List.of("note: " + OutOfMemory.ADVICE));
        return new ScriptRuntimeException(d, renderer.render(d), null, null, null);
    }

    private ScriptRuntimeException deadlock(DeadlockException e) {
        Diagnostic d = new Diagnostic("deadlock: " + e.getMessage(), null, Span.NONE, null, List.of());
        return new ScriptRuntimeException(d, renderer.render(d), null, null, null);
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

        /** Live tasks at the last count, plus those spawned since: never fewer than are live. */
        private int liveAtMost;

        @Override
        public void beforeSpawn() {
            int max = context.bounds().maxTasks();
            if (max <= 0) {
                return;
            }
            // Counting the live tasks costs a pass over them: only when the bound may be reached.
            if (liveAtMost + 1 >= max) {
                liveAtMost = Pollen.this.executor().liveTasks().size();
                context.checkTasks(liveAtMost);
            }
            liveAtMost++;
        }

        @Override
        public void closeWithEngine(AutoCloseable resource) {
            synchronized (Pollen.this) {
                resources.add(resource);
            }
        }
    }
}
