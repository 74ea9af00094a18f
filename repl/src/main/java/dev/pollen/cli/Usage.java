package dev.pollen.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The texts of {@code --help} and {@code --version}, and the hint printed after a usage error. */
final class Usage {
    private Usage() {}

    /** Printed on the line after a usage error. */
    public static final String HINT = "hint: run 'pollen --help' to see the commands and options";

    public static final String HELP = """
            Usage: pollen [OPTIONS] [FILE.pln [ARGS...]]
                   pollen [OPTIONS] -e CODE [ARGS...]
                   pollen [OPTIONS] check FILE
                   pollen [OPTIONS] states [--jvm] FILE [FN]

            With no FILE, pollen starts the REPL when standard input is a terminal, and
            otherwise runs the script read from standard input ('-' reads it explicitly).

            Commands:
              FILE.pln [ARGS...]     run a script; args() returns ARGS
              -e CODE [ARGS...]      run CODE as a script
              check FILE             report every compile error of FILE; run nothing
              states FILE [FN]       print the state machine of each async fn (or of FN)
              states --jvm FILE [FN] print the JVM class generated for each fn (or FN;
                                     main is the top level)

            Options (before FILE):
              --clock=real|virtual   real waits in real time (default); virtual jumps to the
                                     next timer at once, with the same output every run
              --seed=N               seed of rand and of the simulated sensors (default 0)
              --executor=single|multi
                                     one thread (default), or work-stealing worker threads
              --threads=N            workers of the multi executor (default: the CPU count)
              --affinity             keep each task on the worker that first polled it
              --trace                print a line per poll, wake, timer and interrupt to stderr
              --trace-out=FILE.json  write a Chrome trace (chrome://tracing, Perfetto)
              --trace-out=FILE.html  write the timeline as one page that opens anywhere
              --trace-out=FILE.svg   write the timeline as a static picture
              --format=text|dot      how states prints: a table (default) or Graphviz
              --max-ops=N            end the run with LimitExceeded after N operations
              --max-depth=N          ... after N nested calls of one task
              --max-tasks=N          ... with more than N live tasks
              --max-string=N         ... on a string longer than N characters
              --max-collection=N     ... on a list or map of more than N elements
              --max-memory=MiB       ... when the heap in use after a GC exceeds MiB
              --deadline=MS          ... after MS milliseconds of wall-clock time
              --module-root=DIR      the folder import may read (default: the script's)
              --compile=always|never|auto
                                     when fns become JVM bytecode: on first call, never
                                     (the node interpreter runs all), or auto (default)
              --debug                show Java stack traces of internal errors
              --version              print the version
              -h, --help             print this help

            Exit status: 0 ok, 1 uncaught runtime error, 2 compile or usage error.
            In the REPL, :help lists its commands.
            """;

    /** {@code pollen 0.1.0}; the version comes from the build. */
    public static String version() {
        return "pollen " + versionNumber();
    }

    static String versionNumber() {
        Properties p = new Properties();
        try (InputStream in = Usage.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            // A jar without the resource still runs; it just cannot say its version.
        }
        String v = p.getProperty("version", "");
        return v.isEmpty() || v.startsWith("${") ? "(unknown version)" : v;
    }
}
