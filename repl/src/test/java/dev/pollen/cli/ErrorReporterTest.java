package dev.pollen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ErrorReporterTest {
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private ErrorReporter reporter(boolean debug) {
        return new ErrorReporter(new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8), debug);
    }

    @Test
    void anInternalError_isOneLineWithoutJavaNames_andExits1() {
        int status = reporter(false).internal(
                new IllegalStateException("state of dev.pollen.runtime.async.Task broke"));
        String text = err.toString(StandardCharsets.UTF_8);
        assertThat(status).isEqualTo(1);
        assertThat(text).startsWith("error: internal error: state of (internal) broke\n");
        assertThat(text).doesNotContain("dev.pollen").doesNotContain("IllegalStateException").doesNotContain("\tat ");
    }

    @Test
    void javaExceptionsWithJavaWordedMessages_getPlainWords() {
        assertThat(ErrorReporter.shortMessage(new NullPointerException("Cannot invoke \"java.lang.Object.toString()\"")))
                .isEqualTo("a value was missing");
        assertThat(ErrorReporter.shortMessage(new ClassCastException("class java.lang.Long cannot be cast")))
                .isEqualTo("a value had an unexpected type");
        assertThat(ErrorReporter.shortMessage(new RuntimeException())).isEqualTo("an unexpected failure");
    }

    @Test
    void debug_addsTheStackTrace() {
        reporter(true).internal(new IllegalStateException("boom"));
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("error: internal error: boom").contains("\tat ");
    }

    @Test
    void outOfMemory_saysSo() {
        reporter(false).internal(new OutOfMemoryError("Java heap space"));
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("error: out of memory\n")
                .contains("raise the heap", "-Xmx", "a limit").doesNotContain("bug", "internal", "Java heap space");
    }
}
