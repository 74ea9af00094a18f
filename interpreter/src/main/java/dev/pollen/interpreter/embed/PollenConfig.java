package dev.pollen.interpreter.embed;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/**
 * How an engine runs: its clock, seed, executor, tracing, limits, streams, module root, the
 * script's arguments and the compile tier. Immutable; start from {@link #defaults()} and use the
 * {@code with...} methods.
 *
 * @param virtualClock true for the virtual clock (deadlines are jumped to at once)
 * @param threads      0 for the single-threaded executor, N for N work-stealing workers
 * @param traceOut     a Chrome trace-event JSON file to write, or null
 * @param limits       what each evaluation may use (LANGUAGE.md §11)
 * @param out          where {@code print} writes
 * @param err          where warnings (unobserved task failures) go
 * @param moduleRoot   the folder {@code import} may read from, or null: no {@code import} at all
 * @param args         what {@code args()} returns
 * @param compile      when sync functions are compiled to JVM bytecode ({@code --compile})
 */
public record PollenConfig(boolean virtualClock, long seed, int threads, boolean affinity, boolean trace,
                           Path traceOut, Limits limits, PrintStream out, PrintStream err, Path moduleRoot,
                           List<String> args, CompileTier compile) {

    /** Real clock, seed 0, one thread, no limits, the process's streams, no imports, automatic compiling. */
    public static PollenConfig defaults() {
        return new PollenConfig(false, 0, 0, false, false, null, Limits.none(), System.out, System.err, null, List.of(),
                CompileTier.AUTO);
    }

    public PollenConfig withVirtualClock(boolean virtual) {
        return new PollenConfig(virtual, seed, threads, affinity, trace, traceOut, limits, out, err, moduleRoot, args, compile);
    }

    public PollenConfig withSeed(long s) {
        return new PollenConfig(virtualClock, s, threads, affinity, trace, traceOut, limits, out, err, moduleRoot, args, compile);
    }

    public PollenConfig withThreads(int n, boolean keepAffinity) {
        return new PollenConfig(virtualClock, seed, n, keepAffinity, trace, traceOut, limits, out, err, moduleRoot, args, compile);
    }

    public PollenConfig withTrace(boolean on, Path chromeTraceFile) {
        return new PollenConfig(virtualClock, seed, threads, affinity, on, chromeTraceFile, limits, out, err, moduleRoot, args, compile);
    }

    public PollenConfig withLimits(Limits l) {
        return new PollenConfig(virtualClock, seed, threads, affinity, trace, traceOut, l, out, err, moduleRoot, args, compile);
    }

    /** Shorthand for {@code withLimits(limits().withMaxOps(n))}. */
    public PollenConfig withMaxOps(long n) {
        return withLimits(limits.withMaxOps(n));
    }

    public PollenConfig withStreams(PrintStream o, PrintStream e) {
        return new PollenConfig(virtualClock, seed, threads, affinity, trace, traceOut, limits, o, e, moduleRoot, args, compile);
    }

    /**
     * Lets {@code import} read {@code .pln} files inside {@code root} (and nowhere else); null
     * turns {@code import} off, which is the default for an embedding host.
     */
    public PollenConfig withModuleRoot(Path root) {
        return new PollenConfig(virtualClock, seed, threads, affinity, trace, traceOut, limits, out, err, root, args, compile);
    }

    public PollenConfig withCompile(CompileTier tier) {
        return new PollenConfig(virtualClock, seed, threads, affinity, trace, traceOut, limits, out, err, moduleRoot, args, tier);
    }

    public PollenConfig withArgs(List<String> a) {
        return new PollenConfig(virtualClock, seed, threads, affinity, trace, traceOut, limits, out, err, moduleRoot, List.copyOf(a), compile);
    }
}
