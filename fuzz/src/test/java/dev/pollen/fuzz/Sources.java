package dev.pollen.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Inputs for the parser and checker: arbitrary bytes, arbitrary text, soups of Pollen's own
 * tokens (which reach deep into the grammar far more often than random text), and mutations of
 * the corpus (the conformance scripts, the examples and fuzz/corpus: every input a fuzzer ever
 * found), cut, spliced and repeated at random.
 */
final class Sources {
    private static final String[] TOKENS = {
        "let", "mut", "fn", "async", "await", "return", "if", "else", "while", "loop", "for", "in", "break",
        "continue", "true", "false", "nil", "struct", "impl", "self", "match", "try", "catch", "finally", "throw",
        "import", "as", "x", "y", "f", "g", "Point", "print", "spawn", "join", "select", "sleep", "channel",
        "0", "1", "42", "9223372036854775807", "1.5", "2e3", "0xff", "0b1010", "1_000",
        "\"s\"", "\"a${", "}\"", "\"\\n\"", "\"\\u{1F600}\"", "\"", "${", "'",
        "(", ")", "[", "]", "{", "}", "#{", ",", ";", ":", ".", "..", "..=", "=>", "|", "||", "&&",
        "+", "-", "*", "/", "%", "=", "==", "!=", "<", "<=", ">", ">=", "!", "+=", "-=", ".await",
        "// c\n", "/* c */", "/*", "*/", "\n", " ", "\t", "é", "\u0000", "@", "`", "\\",
    };

    private Sources() {}

    /** Every kind of input, mixed: mostly token soups and corpus mutations, some raw bytes and text. */
    static byte[] anyInput(Random r) {
        return switch (r.nextInt(10)) {
            case 0 -> randomBytes(r);
            case 1 -> utf8(randomText(r));
            case 2, 3, 4, 5 -> utf8(tokenSoup(r));
            default -> utf8(mutation(r));
        };
    }

    private static byte[] randomBytes(Random r) {
        byte[] bytes = new byte[r.nextInt(300)];
        r.nextBytes(bytes);
        return bytes;
    }

    /** Code points from all over Unicode, ASCII favoured. */
    private static String randomText(Random r) {
        StringBuilder out = new StringBuilder();
        int n = r.nextInt(300);
        for (int i = 0; i < n; i++) {
            int cp = r.nextInt(4) == 0 ? r.nextInt(Character.MAX_CODE_POINT + 1) : r.nextInt(128);
            if (Character.isValidCodePoint(cp) && !(cp >= 0xD800 && cp <= 0xDFFF)) {
                out.appendCodePoint(cp);
            }
        }
        return out.toString();
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static String tokenSoup(Random r) {
        StringBuilder out = new StringBuilder();
        int n = 1 + r.nextInt(r.nextInt(10) == 0 ? 3000 : 120);
        for (int i = 0; i < n; i++) {
            out.append(TOKENS[r.nextInt(TOKENS.length)]);
            if (r.nextInt(3) == 0) {
                out.append(' ');
            }
        }
        return out.toString();
    }

    /** A corpus file with a few random cuts, duplications and insertions of tokens. */
    static String mutation(Random r) {
        List<String> corpus = corpus();
        StringBuilder text = new StringBuilder(corpus.get(r.nextInt(corpus.size())));
        int edits = 1 + r.nextInt(4);
        for (int i = 0; i < edits && text.length() > 0; i++) {
            int at = r.nextInt(text.length());
            int to = Math.min(text.length(), at + r.nextInt(40));
            switch (r.nextInt(4)) {
                case 0 -> text.delete(at, to);
                case 1 -> text.insert(at, text.substring(at, to).repeat(1 + r.nextInt(r.nextInt(8) == 0 ? 500 : 3)));
                case 2 -> text.insert(at, TOKENS[r.nextInt(TOKENS.length)]);
                default -> {
                    String soup = tokenSoup(r);
                    text.replace(at, to, soup.substring(0, Math.min(soup.length(), to - at + 1)));
                }
            }
        }
        return text.toString();
    }

    private static List<String> cached;

    /** The scripts a mutation starts from. */
    static synchronized List<String> corpus() {
        if (cached == null) {
            List<String> texts = new ArrayList<>();
            for (Path root : List.of(Path.of("src/test/resources/corpus"),
                    Path.of("../interpreter/src/test/resources/conformance"), Path.of("../examples/scripts"))) {
                if (!Files.isDirectory(root)) {
                    continue;
                }
                try (Stream<Path> files = Files.walk(root)) {
                    for (Path p : files.filter(f -> f.toString().endsWith(".pln")).sorted().toList()) {
                        texts.add(Files.readString(p, StandardCharsets.UTF_8));
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            cached = texts.isEmpty() ? List.of("print(1);") : texts;
        }
        return cached;
    }
}
