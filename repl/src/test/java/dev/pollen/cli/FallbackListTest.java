package dev.pollen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pollen.interpreter.jvm.JvmBackend;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Keeps the list of constructs the bytecode back end leaves to the node interpreter true and
 * short: every node kind compiled code hands to the interpreter while the conformance suite runs
 * under {@code --compile=always} (and whatever else ran in this JVM) is listed in
 * docs/internals.md, every kind listed there is still met, and the list stays small.
 */
class FallbackListTest {
    private static final int MAX_FALLBACKS = 12;

    @Test
    @Timeout(300)
    void theFallbacksTheSuiteMeetsAreDocumented() throws Exception {
        Path root = Path.of("../interpreter/src/test/resources/conformance");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(p -> p.toString().endsWith(".pln"))
                    .filter(p -> !p.getFileName().toString().startsWith("_")).sorted().toList();
        }
        for (Path file : files) {
            List<String> args = new ArrayList<>(List.of("--compile=always"));
            args.addAll(ScriptCase.read(file).flags());
            args.add(file.toAbsolutePath().normalize().toString());
            CommandRun.of(args.toArray(new String[0]));
        }
        Set<String> documented = documentedFallbacks();
        assertThat(JvmBackend.delegatedKinds()).as("node kinds compiled code leaves to the interpreter").isNotEmpty();
        assertThat(documented).as("node kinds met in compiled code but run by the interpreter")
                .containsAll(JvmBackend.delegatedKinds());
        assertThat(JvmBackend.delegatedKinds()).as("documented fallbacks the suite still meets (a kind compiled now leaves the list)")
                .containsAll(documented);
        assertThat(documented).hasSizeLessThanOrEqualTo(MAX_FALLBACKS);
        assertThat(JvmBackend.rejected()).as("bodies the JVM refused while the suite ran").isEmpty();
    }

    /** The backquoted node kinds between the fallback markers of docs/internals.md. */
    private static Set<String> documentedFallbacks() throws Exception {
        String doc = Files.readString(Path.of("../docs/internals.md"));
        int start = doc.indexOf("<!-- fallbacks -->");
        int end = doc.indexOf("<!-- /fallbacks -->");
        assertThat(start).as("docs/internals.md marks its fallback list").isGreaterThanOrEqualTo(0);
        Set<String> kinds = new TreeSet<>();
        Matcher m = Pattern.compile("`([A-Z][A-Za-z]*(?:\\.[A-Z][A-Za-z]*)?)`").matcher(doc.substring(start, end));
        while (m.find()) {
            kinds.add(m.group(1));
        }
        return kinds;
    }
}
