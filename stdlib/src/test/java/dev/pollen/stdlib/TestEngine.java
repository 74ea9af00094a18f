package dev.pollen.stdlib;

import dev.pollen.runtime.async.Executor;
import dev.pollen.runtime.async.Future;
import dev.pollen.runtime.async.SingleThreadExecutor;
import dev.pollen.runtime.value.BuiltinMethod;
import dev.pollen.runtime.value.Callable;
import dev.pollen.runtime.value.ModuleValue;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A stdlib installed into a map of globals, with captured output and a virtual-clock executor. */
final class TestEngine implements StdlibHost {
    final Map<String, Object> globals = new LinkedHashMap<>();
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    private final long seed;
    private final List<String> args;
    final SingleThreadExecutor executor = SingleThreadExecutor.withVirtualClock();

    TestEngine() {
        this(0, List.of());
    }

    TestEngine(long seed, List<String> args) {
        this.seed = seed;
        this.args = args;
        Stdlib.install(globals::put, this);
    }

    @Override
    public PrintStream out() {
        return out;
    }

    @Override
    public long seed() {
        return seed;
    }

    @Override
    public List<String> args() {
        return args;
    }

    @Override
    public Executor executor() {
        return executor;
    }

    String output() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /** Calls the global function {@code name}. */
    Object call(String name, Object... args) {
        return ((Callable) globals.get(name)).call(args);
    }

    /** Calls {@code module.name(args)}. */
    Object callIn(String module, String name, Object... args) {
        return ((Callable) ((ModuleValue) globals.get(module)).get(name)).call(args);
    }

    /** Calls the built-in method {@code receiver.name(args)}. */
    static Object method(Object receiver, String name, Object... args) {
        BuiltinMethod m = Methods.find(receiver, name);
        if (m == null) {
            throw new AssertionError("no method " + name);
        }
        return m.invoke(receiver, args);
    }

    /** Runs {@code future} as the main task to completion and returns its value. */
    Object run(Object future) {
        return executor.blockOn(Futures.toFuture(future), "main");
    }

    /** A future whose body runs on its first poll (for checks that need a running task). */
    static Future onPoll(java.util.function.Function<dev.pollen.runtime.async.Context, Object> body) {
        return new dev.pollen.runtime.async.PollFn(body::apply, "test");
    }
}
