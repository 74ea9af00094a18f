package dev.pollen.cli;

import dev.pollen.interpreter.embed.Limits;
import dev.pollen.interpreter.embed.CompileTier;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Turns {@code pollen}'s arguments into {@link Options}, or a {@link UsageException} naming what
 * is wrong.
 *
 * <p>Grammar: {@code pollen [OPTION...] [check|states] [OPTION...] [FILE [ARG...]]}, or
 * {@code -e CODE [ARG...]}, or {@code - [ARG...]} for standard input. Options come before the
 * script; everything after the script (or after {@code -e CODE}) belongs to the script's
 * {@code args()}, even if it looks like an option, so a script can take its own flags. An option
 * that takes a value accepts {@code --opt=VALUE} and {@code --opt VALUE}; a later option overrides
 * an earlier one. {@code --threads} and {@code --affinity} imply {@code --executor=multi}; asking
 * for them together with {@code --executor=single} is an error.
 */
final class OptionParser {
    /** Every long option, for the "did you mean" suggestion. */
    private static final List<String> LONG_OPTIONS = List.of("--clock", "--seed", "--executor", "--threads",
            "--affinity", "--trace", "--trace-out", "--max-ops", "--max-depth", "--max-tasks",
            "--max-string", "--max-collection", "--max-memory", "--deadline", "--module-root", "--compile",
            "--version", "--help", "--debug", "--eval", "--format");

    private static final int MAX_THREADS = 1024;

    private final String[] args;
    private int next;

    private Options.Mode mode;
    private Path file;
    private String code;
    private String function;
    private List<String> scriptArgs = List.of();
    private boolean virtualClock;
    private long seed;
    private String executor;
    private Integer threads;
    private boolean affinity;
    private boolean trace;
    private Path traceOut;
    private Limits limits = Limits.none();
    private Path moduleRoot;
    private CompileTier compile = CompileTier.AUTO;
    private boolean debug;
    private boolean dot;

    private OptionParser(String[] args) {
        this.args = args.clone();
    }

    /** Parses a command line (without the program name). */
    public static Options parse(String... args) throws UsageException {
        return new OptionParser(args).parse();
    }

    private Options parse() throws UsageException {
        Options.Mode subcommand = null;
        while (next < args.length) {
            String arg = args[next++];
            if (arg.equals("--")) {
                operands(subcommand);
                break;
            } else if (arg.equals("-e") || arg.equals("--eval") || arg.startsWith("--eval=")) {
                if (subcommand != null) {
                    throw new UsageException("-e cannot be combined with " + subcommandName(subcommand));
                }
                code = arg.startsWith("--eval=") ? arg.substring("--eval=".length()) : value(arg, "CODE");
                mode = Options.Mode.EVAL;
                scriptArgs = rest();
                break;
            } else if (arg.equals("-")) {
                if (subcommand != null) {
                    throw new UsageException(subcommandName(subcommand) + " needs a FILE, not standard input");
                }
                mode = Options.Mode.STDIN;
                scriptArgs = rest();
                break;
            } else if (arg.equals("-h")) {
                return helpOrVersion(Options.Mode.HELP);
            } else if (arg.equals("--jvm") && subcommand == Options.Mode.STATES) {
                subcommand = Options.Mode.JVM_STATES;
            } else if (arg.startsWith("--")) {
                Options.Mode stop = longOption(arg);
                if (stop != null) {
                    return helpOrVersion(stop);
                }
            } else if (arg.startsWith("-")) {
                throw new UsageException("unknown option " + arg);
            } else if (subcommand == null && (arg.equals("check") || arg.equals("states"))) {
                subcommand = arg.equals("check") ? Options.Mode.CHECK : Options.Mode.STATES;
            } else {
                next--;
                operands(subcommand);
                break;
            }
        }
        if (mode == null) {
            if (subcommand != null) {
                throw new UsageException(subcommandName(subcommand) + " needs a FILE");
            }
            mode = Options.Mode.INTERACTIVE;
        }
        return build();
    }

    /** The script file and what follows it. */
    private void operands(Options.Mode subcommand) throws UsageException {
        if (next >= args.length) {
            return;  // `pollen --` alone: the REPL, as with no arguments
        }
        file = path(args[next++], "FILE");
        if (subcommand == Options.Mode.CHECK) {
            mode = Options.Mode.CHECK;
            if (next < args.length) {
                throw new UsageException("check takes one FILE, but also got '" + args[next] + "'");
            }
        } else if (subcommand == Options.Mode.STATES || subcommand == Options.Mode.JVM_STATES) {
            mode = subcommand;
            if (next < args.length) {
                function = args[next++];
            }
            if (next < args.length) {
                throw new UsageException("states takes a FILE and one FN, but also got '" + args[next] + "'");
            }
        } else {
            mode = Options.Mode.FILE;
            scriptArgs = rest();
        }
    }

    /** Handles one {@code --option}; returns HELP or VERSION when parsing should stop there. */
    private Options.Mode longOption(String arg) throws UsageException {
        int eq = arg.indexOf('=');
        String name = eq < 0 ? arg : arg.substring(0, eq);
        String inline = eq < 0 ? null : arg.substring(eq + 1);
        switch (name) {
            case "--help" -> {
                noValue(name, inline);
                return Options.Mode.HELP;
            }
            case "--version" -> {
                noValue(name, inline);
                return Options.Mode.VERSION;
            }
            case "--affinity" -> {
                noValue(name, inline);
                affinity = true;
            }
            case "--trace" -> {
                noValue(name, inline);
                trace = true;
            }
            case "--debug" -> {
                noValue(name, inline);
                debug = true;
            }
            case "--clock" -> {
                String v = inline != null ? inline : value(name, "real or virtual");
                virtualClock = switch (v) {
                    case "real" -> false;
                    case "virtual" -> true;
                    default -> throw invalid(name, v, "real or virtual");
                };
            }
            case "--executor" -> {
                String v = inline != null ? inline : value(name, "single or multi");
                if (!v.equals("single") && !v.equals("multi")) {
                    throw invalid(name, v, "single or multi");
                }
                executor = v;
            }
            case "--seed" -> {
                String v = inline != null ? inline : value(name, "an integer");
                seed = parseLong(name, v, Long.MIN_VALUE, "an integer");
            }
            case "--threads" -> {
                String v = inline != null ? inline : value(name, "a number of threads");
                threads = (int) parseLong(name, v, 1, "a whole number from 1 to " + MAX_THREADS, MAX_THREADS);
            }
            case "--max-ops" -> limits = limits.withMaxOps(positive(name, inline, "a number of operations"));
            case "--max-depth" -> limits = limits.withMaxDepth((int) positive(name, inline, "a number of nested calls",
                    Integer.MAX_VALUE));
            case "--max-tasks" -> limits = limits.withMaxTasks((int) positive(name, inline, "a number of tasks",
                    Integer.MAX_VALUE));
            case "--max-string" -> limits = limits.withMaxString(positive(name, inline, "a number of characters"));
            case "--max-collection" -> limits = limits.withMaxCollection(positive(name, inline, "a number of elements"));
            case "--max-memory" -> limits = limits.withMaxMemoryMiB(positive(name, inline, "a number of MiB"));
            case "--deadline" -> limits = limits.withDeadlineMillis(positive(name, inline, "milliseconds"));
            case "--module-root" -> {
                String v = inline != null ? inline : value(name, "DIR");
                if (v.isBlank()) {
                    throw invalid(name, v, "a folder");
                }
                moduleRoot = path(v, name);
            }
            case "--compile" -> {
                String v = inline != null ? inline : value(name, "always, never or auto");
                compile = switch (v) {
                    case "always" -> CompileTier.ALWAYS;
                    case "never" -> CompileTier.NEVER;
                    case "auto" -> CompileTier.AUTO;
                    default -> throw invalid(name, v, "always, never or auto");
                };
            }
            case "--format" -> {
                String v = inline != null ? inline : value(name, "text or dot");
                dot = switch (v) {
                    case "text" -> false;
                    case "dot" -> true;
                    default -> throw invalid(name, v, "text or dot");
                };
            }
            case "--trace-out" -> {
                String v = inline != null ? inline : value(name, "FILE.json");
                if (v.isBlank()) {
                    throw invalid(name, v, "a file name such as trace.json");
                }
                traceOut = path(v, name);
            }
            default -> throw new UsageException("unknown option " + name + suggestion(name));
        }
        return null;
    }

    private Options build() throws UsageException {
        boolean multi = "multi".equals(executor) || (executor == null && (threads != null || affinity));
        if ("single".equals(executor) && threads != null) {
            throw new UsageException("--threads needs --executor=multi, not --executor=single");
        }
        if ("single".equals(executor) && affinity) {
            throw new UsageException("--affinity needs --executor=multi, not --executor=single");
        }
        if (dot && mode != Options.Mode.STATES) {
            throw new UsageException("--format=dot is for states: pollen states --format=dot FILE [FN]");
        }
        int workers = !multi ? 0 : threads != null ? threads : Runtime.getRuntime().availableProcessors();
        return new Options(mode, file, code, function, scriptArgs, virtualClock, seed, workers, affinity,
                trace, traceOut, limits, moduleRoot, compile, debug, dot);
    }

    private Options helpOrVersion(Options.Mode which) {
        return new Options(which, null, null, null, List.of(), false, 0, 0, false, false, null, Limits.none(), null,
                CompileTier.AUTO, debug, false);
    }

    private String value(String option, String expected) throws UsageException {
        if (next >= args.length) {
            throw new UsageException(option + " needs a value (" + expected + ")");
        }
        return args[next++];
    }

    private List<String> rest() {
        List<String> rest = new ArrayList<>(Arrays.asList(args).subList(next, args.length));
        next = args.length;
        return rest;
    }

    private static void noValue(String option, String inline) throws UsageException {
        if (inline != null) {
            throw new UsageException(option + " takes no value, but got '" + inline + "'");
        }
    }

    /** The value of a {@code --max-*} option: a whole number from 1 up. */
    private long positive(String option, String inline, String what) throws UsageException {
        return positive(option, inline, what, Long.MAX_VALUE);
    }

    private long positive(String option, String inline, String what, long max) throws UsageException {
        String v = inline != null ? inline : value(option, what);
        return parseLong(option, v, 1, "a positive whole number", max);
    }

    private static long parseLong(String option, String v, long min, String expected) throws UsageException {
        return parseLong(option, v, min, expected, Long.MAX_VALUE);
    }

    private static long parseLong(String option, String v, long min, String expected, long max)
            throws UsageException {
        long n;
        try {
            n = Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw invalid(option, v, expected);
        }
        if (n < min || n > max) {
            throw invalid(option, v, expected);
        }
        return n;
    }

    private static Path path(String text, String what) throws UsageException {
        try {
            return Path.of(text);
        } catch (InvalidPathException e) {
            throw new UsageException("'" + text + "' is not a valid file name for " + what);
        }
    }

    private static UsageException invalid(String option, String value, String expected) {
        return new UsageException("invalid value '" + value + "' for " + option + " (expected " + expected + ")");
    }

    private static String subcommandName(Options.Mode subcommand) {
        return subcommand == Options.Mode.CHECK ? "check" : "states";
    }

    /** " (did you mean --trace?)" for a near miss, else "". */
    private static String suggestion(String name) {
        String best = null;
        int bestDistance = 3;
        for (String known : LONG_OPTIONS) {
            int d = editDistance(name, known);
            if (d < bestDistance) {
                best = known;
                bestDistance = d;
            }
        }
        return best == null ? "" : " (did you mean " + best + "?)";
    }

    private static int editDistance(String a, String b) {
        int[] row = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            row[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            int diagonal = row[0];
            row[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int above = row[j];
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                row[j] = Math.min(Math.min(row[j] + 1, row[j - 1] + 1), diagonal + cost);
                diagonal = above;
            }
        }
        return row[b.length()];
    }
}
