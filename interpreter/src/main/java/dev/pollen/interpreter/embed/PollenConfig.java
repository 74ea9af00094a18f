package dev.pollen.interpreter.embed;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/**
 * How an engine runs: its clock, seed, executor, tracing, operation budget, streams and the
 * script's arguments. Immutable; use {@link #defaults()} and the {@code with...} methods.
 *
 * @param virtualClock true for the virtual clock (deadlines are jumped to at once)
 * @param threads      0 for the single-threaded executor, N for N work-stealing workers
 * @param traceOut     a Chrome trace-event JSON file to write, or null
 * @param maxOps       the operation budget ({@code --max-ops}); 0 for none
 * @param compile      when sync functions are compiled to JVM bytecode ({@code --compile})
 */
public record PollenConfig(boolean virtualClock, long seed, int threads, boolean affinity, boolean trace,
                           Path traceOut, long maxOps, PrintStream out, PrintStream err, List<String> args,
                           CompileTier compile) {

    public static PollenConfig defaults() {
        return new PollenConfig(false, 0, 0, false, false, null, 0, System.out, System.err, List.of(),
                CompileTier.AUTO);
    }

    public PollenConfig withVirtualClock(boolean virtual) {
        return new PollenConfig(virtual, seed, threads, affinity, trace, traceOut, maxOps, out, err, args, compile);
    }

    public PollenConfig withSeed(long s) {
        return new PollenConfig(virtualClock, s, threads, affinity, trace, traceOut, maxOps, out, err, args, compile);
    }

    public PollenConfig withThreads(int n, boolean keepAffinity) {
        return new PollenConfig(virtualClock, seed, n, keepAffinity, trace, traceOut, maxOps, out, err, args, compile);
    }

    public PollenConfig withTrace(boolean on, Path chromeTraceFile) {
        return new PollenConfig(virtualClock, seed, threads, affinity, on, chromeTraceFile, maxOps, out, err, args, compile);
    }

    public PollenConfig withMaxOps(long n) {
        return new PollenConfig(virtualClock, seed, threads, affinity, trace, traceOut, n, out, err, args, compile);
    }

    public PollenConfig withStreams(PrintStream o, PrintStream e) {
        return new PollenConfig(virtualClock, seed, threads, affinity, trace, traceOut, maxOps, o, e, args, compile);
    }

    public PollenConfig withCompile(CompileTier tier) {
        return new PollenConfig(virtualClock, seed, threads, affinity, trace, traceOut, maxOps, out, err, args, tier);
    }

    public PollenConfig withArgs(List<String> a) {
        return new PollenConfig(virtualClock, seed, threads, affinity, trace, traceOut, maxOps, out, err, List.copyOf(a), compile);
    }
}
