package dev.pollen.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A conformance script and what it expects, read from its annotations: {@code // expect: TEXT}
 * (the next stdout line), {@code // expect-stderr: TEXT} (stderr contains it, in order),
 * {@code // exit: N}, {@code // flags: ...} (default {@code --clock=virtual --seed=0}) and
 * {@code // stdin: TEXT} (a line fed on standard input): the format of the shared acceptance scripts.
 */
record ScriptCase(Path file, List<String> stdout, List<String> stderr, int exit, List<String> flags, String stdin) {
    private static final Pattern ANNOTATION =
            Pattern.compile("//\\s*(expect|expect-stderr|exit|flags|stdin):\\s?(.*)$");

    static ScriptCase read(Path file) throws IOException {
        List<String> out = new ArrayList<>();
        List<String> err = new ArrayList<>();
        int exit = 0;
        List<String> flags = List.of("--clock=virtual", "--seed=0");
        StringBuilder stdin = new StringBuilder();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            Matcher m = ANNOTATION.matcher(line);
            if (!m.find()) {
                continue;
            }
            String value = m.group(2);
            switch (m.group(1)) {
                case "expect" -> out.add(value);
                case "expect-stderr" -> err.add(value);
                case "exit" -> exit = Integer.parseInt(value.trim());
                case "flags" -> flags = List.of(value.trim().split("\\s+"));
                default -> stdin.append(value).append('\n');
            }
        }
        return new ScriptCase(file, out, err, exit, flags, stdin.toString());
    }
}
