package dev.pollen.cli;

import dev.pollen.interpreter.embed.Limits;
import dev.pollen.interpreter.embed.CompileTier;
import dev.pollen.interpreter.embed.PollenConfig;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/**
 * What the command line asked for: one {@link Mode} and the settings of the engine that carries it
 * out. Made only by {@link OptionParser}, which has already checked every value, so nothing here
 * can be out of range.
 *
 * @param mode        what to do
 * @param file        the script of {@code FILE}, {@code check} and {@code states}; else null
 * @param code        the code of {@code -e}; else null
 * @param function    the async fn {@code states} prints, or null for all of them
 * @param scriptArgs  what the script's {@code args()} returns
 * @param virtualClock true for {@code --clock=virtual}
 * @param seed        {@code --seed}
 * @param threads     0 for the single-threaded executor, else the worker count of the multi one
 * @param affinity    {@code --affinity}
 * @param trace       {@code --trace}
 * @param traceOut    {@code --trace-out}, or null
 * @param limits      {@code --max-*} and {@code --deadline} (LANGUAGE.md §11)
 * @param moduleRoot  {@code --module-root}, or null for the script's folder (the working
 *                    directory for {@code -e} and standard input)
 * @param compile     {@code --compile}: when sync functions become JVM bytecode
 * @param debug       {@code --debug}: show Java stack traces of internal errors
 * @param dot         {@code --format=dot}: {@code states} prints a Graphviz digraph, not text
 */
record Options(Mode mode, Path file, String code, String function, List<String> scriptArgs,
                      boolean virtualClock, long seed, int threads, boolean affinity, boolean trace,
                      Path traceOut, Limits limits, Path moduleRoot, CompileTier compile, boolean debug,
                      boolean dot) {

    /** The things the command can do. */
    public enum Mode {
        /** No FILE: the REPL when standard input is a terminal, else the script read from it. */
        INTERACTIVE,
        /** {@code pollen -}: the script read from standard input, even from a terminal. */
        STDIN,
        /** {@code pollen FILE [ARGS...]}. */
        FILE,
        /** {@code pollen -e CODE [ARGS...]}. */
        EVAL,
        /** {@code pollen check FILE}. */
        CHECK,
        /** {@code pollen states FILE [FN]}. */
        STATES,
        /** {@code pollen states --jvm FILE [FN]}. */
        JVM_STATES,
        /** {@code --help}. */
        HELP,
        /** {@code --version}. */
        VERSION
    }

    public Options {
        scriptArgs = List.copyOf(scriptArgs);
    }

    /** The engine settings these options describe, writing to the given streams. */
    public PollenConfig toConfig(PrintStream out, PrintStream err) {
        return PollenConfig.defaults()
                .withVirtualClock(virtualClock)
                .withSeed(seed)
                .withThreads(threads, affinity)
                .withTrace(trace, traceOut)
                .withLimits(limits)
                .withModuleRoot(effectiveModuleRoot())
                .withCompile(compile)
                .withStreams(out, err)
                .withArgs(scriptArgs);
    }

    /** Where {@code import} may read (LANGUAGE.md §8): the option, else the script's own folder. */
    Path effectiveModuleRoot() {
        if (moduleRoot != null) {
            return moduleRoot.toAbsolutePath().normalize();
        }
        Path base = file != null && mode != Mode.INTERACTIVE ? file.toAbsolutePath().getParent() : null;
        return base != null ? base : Path.of("").toAbsolutePath();
    }
}
