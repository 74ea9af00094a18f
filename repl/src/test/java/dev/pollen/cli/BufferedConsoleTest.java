package dev.pollen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 2, unit = TimeUnit.MINUTES)
class BufferedConsoleTest {
    /** What reached the real streams, in arrival order, tagged with the stream. */
    private final List<String> arrived = new ArrayList<>();

    private OutputStream target(String tag) {
        return new OutputStream() {
            @Override
            public void write(int b) {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) {
                synchronized (arrived) {
                    arrived.add(tag + ":" + new String(b, off, len, StandardCharsets.UTF_8));
                }
            }
        };
    }

    @Test
    void outputAndErrors_arriveInPrintOrder() {
        try (BufferedConsole console = new BufferedConsole(target("out"), target("err"))) {
            console.out().println("a");
            console.out().println("b");
            console.err().println("oops");
            console.out().println("c");
            console.flush();
        }
        assertThat(arrived).containsExactly("out:a\nb\n", "err:oops\n", "out:c\n");
    }

    @Test
    void smallWrites_areBuffered_untilFlushed() {
        try (BufferedConsole console = new BufferedConsole(target("out"), target("err"))) {
            console.out().print("x");
            synchronized (arrived) {
                assertThat(arrived).isEmpty();
            }
        }
        assertThat(arrived).containsExactly("out:x");  // close() flushes
    }

    @Test
    void aQuietConsole_isFlushedByTime() throws InterruptedException {
        try (BufferedConsole console = new BufferedConsole(target("out"), target("err"))) {
            console.out().println("soon");
            long deadline = System.currentTimeMillis() + 5_000;
            while (System.currentTimeMillis() < deadline) {
                synchronized (arrived) {
                    if (!arrived.isEmpty()) {
                        break;
                    }
                }
                Thread.sleep(BufferedConsole.FLUSH_MILLIS);
            }
            synchronized (arrived) {
                assertThat(arrived).containsExactly("out:soon\n");
            }
        }
    }
}
