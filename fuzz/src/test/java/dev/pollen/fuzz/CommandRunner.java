package dev.pollen.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pollen.cli.Main;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * Runs the {@code pollen} command in-process through its entry point ({@link Main#run}: the same
 * option parsing, engine thread, stack and error reporting as the real command), under a
 * watchdog, and checks what every run owes its user whatever the input: an exit status of 0, 1
 * or 2, and no Java exception, class name or stack trace on either stream.
 */
final class CommandRunner {
    /** A Java name or stack frame: {@code java.lang.Foo}, {@code dev.pollen.x.Y}, "\tat ...". */
    private static final Pattern JAVA_LEAK = Pattern.compile(
            "\\b(?:java|javax|jdk|sun|org\\.antlr|dev\\.pollen)\\.[a-z]\\w*\\.|\tat [\\w$.]+\\(|Exception\\b"
                    + "|internal error|bug in pollen");

    private CommandRunner() {}

    /** What one run printed and its exit status. */
    record Outcome(int status, String out, String err) {}

    /** {@code pollen ARGS}, failing the property if it does not end within {@code limitMillis}. */
    static Outcome run(long limitMillis, String... args) throws InterruptedException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        AtomicInteger status = new AtomicInteger(-1);
        Thread runner = new Thread(() -> status.set(Main.run(args, new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))),
                "fuzz-run");
        runner.setDaemon(true);
        runner.start();
        runner.join(limitMillis);
        if (runner.isAlive()) {
            runner.interrupt();
            throw new AssertionError("pollen " + String.join(" ", args) + " did not end within " + limitMillis + " ms");
        }
        return new Outcome(status.get(), out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Asserts the invariants of every run: an allowed status and no Java leaking to the user. */
    static Outcome checked(Outcome o, Set<Integer> allowed, String input) {
        assertThat(o.status()).as("exit status for input:%n%s%nstderr:%n%s", input, o.err()).isIn(allowed);
        assertThat(leaksJava(o.err(), input)).as("stderr leaks Java for input:%n%s%nstderr:%n%s", input, o.err())
                .isFalse();
        assertThat(leaksJava(o.out(), input)).as("stdout leaks Java for input:%n%s%nstdout:%n%s", input, o.out())
                .isFalse();
        return o;
    }

    /**
     * Whether {@code shown} names Java where the input did not: a diagnostic quotes its source
     * line, so words of the input ("internal error", {@code java.lang.}) may come back in it.
     */
    private static boolean leaksJava(String shown, String input) {
        return JAVA_LEAK.matcher(shown).results().anyMatch(m -> !input.contains(m.group()));
    }

    /** Writes {@code bytes} to a fresh file ending in {@code .pln} under {@code dir}. */
    static Path write(Path dir, byte[] bytes) throws IOException {
        Path file = Files.createTempFile(dir, "fuzz", ".pln");
        Files.write(file, bytes);
        return file;
    }
}
