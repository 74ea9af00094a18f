package dev.pollen.stdlib;

import dev.pollen.runtime.async.Channel;
import dev.pollen.runtime.async.Executor;
import dev.pollen.runtime.async.Future;
import dev.pollen.runtime.async.Interval;
import dev.pollen.runtime.async.Join;
import dev.pollen.runtime.async.Mutex;
import dev.pollen.runtime.async.PendingFuture;
import dev.pollen.runtime.async.PollFn;
import dev.pollen.runtime.async.ReadyFuture;
import dev.pollen.runtime.async.Select;
import dev.pollen.runtime.async.Semaphore;
import dev.pollen.runtime.async.Sleep;
import dev.pollen.runtime.async.Timeout;
import dev.pollen.runtime.async.YieldNow;
import dev.pollen.runtime.value.AtomicValue;
import dev.pollen.runtime.value.Callable;
import dev.pollen.runtime.value.PList;
import dev.pollen.runtime.value.PollValue;
import dev.pollen.runtime.value.PollenException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * The async globals of LANGUAGE.md §6.5, each a thin script-facing wrapper over
 * {@code dev.pollen.runtime.async}: argument checks here, behaviour there. Every future-taking
 * argument goes through {@link Futures#toFuture}, so user futures (structs with {@code poll}) work
 * everywhere a builtin future does. Durations are milliseconds, int or float.
 */
final class AsyncBuiltins {
    private AsyncBuiltins() {}

    static final Set<String> NAMES = Set.of("Ready", "Pending", "sleep", "yield_now", "now", "spawn",
            "join", "join_all", "select", "select_all", "timeout", "interval", "channel", "semaphore",
            "ready", "pending", "poll_fn", "atomic", "mutex");

    static void install(BiConsumer<String, Object> define, StdlibHost host) {
        define.accept("Ready", NativeFunction.neverRunningScript("Ready", args -> {
            Args.exactly("Ready", args, 1);
            return PollValue.ready(args[0]);
        }));
        define.accept("Pending", PollValue.PENDING);
        define.accept("sleep", NativeFunction.neverRunningScript("sleep", args -> {
            Args.exactly("sleep", args, 1);
            return Sleep.millis(host.executor(), (Number) Args.number("sleep", args, 0));
        }));
        define.accept("yield_now", NativeFunction.neverRunningScript("yield_now", args -> {
            Args.exactly("yield_now", args, 0);
            return new YieldNow();
        }));
        define.accept("now", NativeFunction.neverRunningScript("now", args -> {
            Args.exactly("now", args, 0);
            return host.executor().nowMillis();
        }));
        define.accept("spawn", NativeFunction.neverRunningScript("spawn", args -> {
            host.beforeSpawn();
            return spawn(host.executor(), args);
        }));
        define.accept("join", new NativeFunction("join", args -> new Join(futures(Arrays.asList(args)))));
        define.accept("join_all", new NativeFunction("join_all", args -> {
            Args.exactly("join_all", args, 1);
            return new Join(futures(Args.list("join_all", args, 0).items()));
        }));
        define.accept("select", new NativeFunction("select", args -> select("select", Arrays.asList(args))));
        define.accept("select_all", new NativeFunction("select_all", args -> {
            Args.exactly("select_all", args, 1);
            return select("select_all", Args.list("select_all", args, 0).items());
        }));
        define.accept("timeout", new NativeFunction("timeout", args -> {
            Args.exactly("timeout", args, 2);
            Future inner = Futures.toFuture(args[0]);
            return Timeout.millis(host.executor(), inner, (Number) Args.number("timeout", args, 1));
        }));
        define.accept("interval", new NativeFunction("interval", args -> {
            Args.exactly("interval", args, 1);
            return Interval.millis(host.executor(), (Number) Args.number("interval", args, 0));
        }));
        define.accept("channel", NativeFunction.neverRunningScript("channel", args -> {
            Args.exactly("channel", args, 1);
            Channel ch = new Channel(Args.toLong("channel", args, 0));
            return PList.of(ch.sender(), ch.receiver());
        }));
        define.accept("semaphore", NativeFunction.neverRunningScript("semaphore", args -> {
            Args.exactly("semaphore", args, 1);
            return new Semaphore(Args.toLong("semaphore", args, 0));
        }));
        define.accept("atomic", new NativeFunction("atomic", args -> {
            Args.exactly("atomic", args, 1);
            return new AtomicValue(args[0]);
        }));
        define.accept("mutex", new NativeFunction("mutex", args -> {
            Args.exactly("mutex", args, 1);
            return new Mutex(args[0]);
        }));
        define.accept("ready", NativeFunction.neverRunningScript("ready", args -> {
            Args.exactly("ready", args, 1);
            return new ReadyFuture(args[0]);
        }));
        define.accept("pending", NativeFunction.neverRunningScript("pending", args -> {
            Args.exactly("pending", args, 0);
            return new PendingFuture();
        }));
        define.accept("poll_fn", new NativeFunction("poll_fn", args -> {
            Args.exactly("poll_fn", args, 1);
            Callable closure = Args.callable("poll_fn", args, 0);
            return new PollFn(cx -> Futures.fromPollValue(closure.call(new Object[] {cx}), "poll_fn closure"));
        }));
    }

    private static Object spawn(Executor executor, Object[] args) {
        Args.between("spawn", args, 1, 2);
        Future root = Futures.toFuture(args[0]);
        String name = args.length == 2 ? Args.string("spawn", args, 1) : null;
        return executor.spawn(root, name);
    }

    private static List<Future> futures(List<Object> values) {
        List<Future> out = new ArrayList<>(values.size());
        for (Object v : values) {
            out.add(Futures.toFuture(v));
        }
        return out;
    }

    /** A select over nothing could never complete; say so now rather than deadlock later. */
    private static Future select(String fn, List<Object> values) {
        if (values.isEmpty()) {
            throw PollenException.valueError(fn + "() needs at least one future");
        }
        return new Select(futures(values));
    }
}
