package dev.pollen.cli;

import dev.pollen.interpreter.embed.ScriptValue;
import dev.pollen.interpreter.embed.TaskInfo;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The REPL's {@code :commands} (LANGUAGE.md §10). Each runs on the engine thread between entries
 * and writes to the session's streams.
 */
final class ReplCommands {
    /** Every command with its one-line help, in the order {@code :help} lists them. */
    static final Map<String, String> HELP = orderedHelp();

    private final ReplSession session;

    ReplCommands(ReplSession session) {
        this.session = session;
    }

    /** The command names, for completion. */
    static List<String> names() {
        return HELP.keySet().stream().map(usage -> usage.split(" ")[0]).toList();
    }

    /** The one-line help of a command name such as {@code :states}, or null. */
    static String summary(String command) {
        for (Map.Entry<String, String> e : HELP.entrySet()) {
            if (e.getKey().split(" ")[0].equals(command)) {
                return e.getValue();
            }
        }
        return null;
    }

    /**
     * Runs one command line such as {@code :states fetch}.
     *
     * @return false for {@code :quit}
     */
    boolean run(String line) {
        String[] parts = line.split("\\s+", 2);
        String name = parts[0];
        String arg = parts.length > 1 ? parts[1].strip() : "";
        switch (name) {
            case ":help", ":h", ":?" -> help();
            case ":quit", ":q", ":exit" -> {
                return false;
            }
            case ":tasks" -> tasks();
            case ":states" -> states(arg);
            case ":trace" -> trace(arg);
            case ":clock" -> clock();
            case ":load" -> load(arg);
            case ":vars" -> vars();
            case ":reset" -> {
                session.reset();
                session.out().println("started a fresh engine: every definition and task is gone");
            }
            default -> session.err().println("error: unknown command " + name + " (:help lists the commands)");
        }
        return true;
    }

    private void help() {
        StringBuilder sb = new StringBuilder();
        sb.append("Type Pollen code to run it; the value of a final expression is shown and kept in _.\n")
          .append("An entry goes on over several lines while a bracket or string is open.\n")
          .append("Tab completes, Ctrl-C cancels the running entry (or clears the line), Ctrl-D exits.\n\n");
        HELP.forEach((cmd, text) -> sb.append(String.format("  %-14s %s%n", cmd, text)));
        sb.append("\nShared between parallel tasks (--executor=multi; see LANGUAGE.md 6.7):\n")
          .append("  atomic(v)      a.get() a.set(v) a.add(n) a.compare_and_set(old, new) a.update(f)\n")
          .append("  mutex(v)       m.lock().await gives a guard g: g.value, g.value = x, g.unlock();\n")
          .append("                 m.with(f).await locks, runs f(value), unlocks even on error\n");
        session.out().print(sb);
    }

    private void tasks() {
        List<TaskInfo> live = session.engine().tasks();
        if (live.isEmpty()) {
            session.out().println("no live tasks");
            return;
        }
        for (TaskInfo t : live) {
            String worker = t.lastWorker() > 0 ? ", last ran on worker " + t.lastWorker() : "";
            session.out().printf("  task %-4d %-16s %s%s%s%n", t.id(), t.name(),
                    t.cancelled() ? "cancelled, " : "", "waits on " + t.waitingOn(), worker);
        }
    }

    /**
     * Shows the state machine of an async fn from this session, as the newest entry that defined
     * it compiled it. Only shows: the engine kept the machines, nothing is compiled again.
     */
    private void states(String fn) {
        if (fn.isEmpty()) {
            session.err().println("usage: :states FN   (an async fn defined in this session)");
            return;
        }
        String text = session.engine().entryStates(fn);
        if (text.isEmpty()) {
            session.err().println("error: no async fn named " + fn + " was defined in this session");
            return;
        }
        session.out().print(text.endsWith("\n") ? text : text + "\n");
    }

    private void trace(String arg) {
        switch (arg) {
            case "on" -> {
                session.engine().traceTo(session.err());
                session.out().println("tracing polls, wakes, timers and interrupts to stderr");
            }
            case "off" -> {
                session.engine().traceTo(null);
                session.out().println("tracing off");
            }
            default -> session.err().println("usage: :trace on|off");
        }
    }

    private void clock() {
        String kind = session.options().virtualClock() ? "virtual clock" : "real clock";
        String threads = session.options().threads() > 0
                ? "multi-threaded executor (" + session.options().threads() + " workers)"
                : "single-threaded executor";
        session.out().println(kind + ", now() = " + session.engine().nowMillis() + " ms; " + threads);
    }

    private void load(String file) {
        if (file.isEmpty()) {
            session.err().println("usage: :load FILE");
            return;
        }
        Path path;
        String code;
        try {
            path = Path.of(file);
            code = Files.readString(path, StandardCharsets.UTF_8);
        } catch (InvalidPathException e) {
            session.err().println("error: cannot read " + file + ": not a valid file name");
            return;
        } catch (IOException e) {
            session.err().println("error: cannot read " + file + ": " + ErrorReporter.reason(e));
            return;
        }
        // Runs under the file's own name, so errors point into it and its imports resolve from it.
        session.runEntry(code, path.toString(), false);
    }

    private void vars() {
        Map<String, ScriptValue> globals = EngineGlobals.user(session.engine());
        if (globals.isEmpty()) {
            session.out().println("no variables defined yet");
            return;
        }
        globals.forEach((name, value) -> session.out().println(name + " = " + value.repr()));
    }

    private static Map<String, String> orderedHelp() {
        Map<String, String> help = new LinkedHashMap<>();
        help.put(":help", "show this help");
        help.put(":quit", "leave the REPL (Ctrl-D does too)");
        help.put(":tasks", "list the live tasks and what each waits on");
        help.put(":states FN", "show the state machine of the async fn FN");
        help.put(":trace on|off", "print a line per poll, wake and timer to stderr");
        help.put(":clock", "which clock runs, and now()");
        help.put(":load FILE", "run a file's definitions into this session");
        help.put(":vars", "list your globals and their values");
        help.put(":reset", "start over with a fresh engine");
        return Collections.unmodifiableMap(help);
    }
}
