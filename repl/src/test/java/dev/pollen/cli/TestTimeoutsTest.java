package dev.pollen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every test class of the build that starts a thread, runs a real clock or a multi-threaded
 * executor, or waits on another thread carries a JUnit {@code @Timeout}, so a hang fails that
 * test instead of holding the build (the surefire fork timeout in the parent pom is the last
 * resort).
 */
class TestTimeoutsTest {
    /** What makes a test wait on something other than its own thread. */
    private static final Pattern CONCURRENT = Pattern.compile(
            "new Thread\\(|Thread\\.sleep\\(|\\.join\\(\\)|CountDownLatch|CompletableFuture|new RealClock"
                    + "|new MultiThreadExecutor|EngineThread|CommandRun\\.|new ReplSession\\(|Main\\.run\\("
                    + "|onSpinWait|ExecutorService|withThreads\\(");
    private static final Pattern TEST = Pattern.compile("@(Test|TestFactory|ParameterizedTest)\\b");
    private static final Pattern TIMEOUT = Pattern.compile("@(org\\.junit\\.jupiter\\.api\\.)?Timeout\\b");

    @Test
    void everyConcurrentTestClassHasATimeout() throws IOException {
        Path root = Path.of("..").toAbsolutePath().normalize();
        assertThat(root.resolve("pom.xml")).exists();
        List<String> missing;
        try (Stream<Path> files = Files.walk(root)) {
            missing = files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> p.toString().contains("/src/test/java/"))
                    .filter(p -> !p.toString().contains("/target/"))
                    .filter(p -> !p.getFileName().toString().equals("TestTimeoutsTest.java"))  // names the patterns
                    .filter(TestTimeoutsTest::needsTimeout)
                    .map(p -> root.relativize(p).toString())
                    .sorted()
                    .toList();
        }
        assertThat(missing).as("test classes that may wait forever without a @Timeout").isEmpty();
    }

    private static boolean needsTimeout(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return TEST.matcher(text).find() && CONCURRENT.matcher(text).find() && !TIMEOUT.matcher(text).find();
    }
}
