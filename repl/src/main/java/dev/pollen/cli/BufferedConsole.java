package dev.pollen.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Standard output and standard error, buffered for speed but kept in order and never lost.
 *
 * <p>Why: a script that prints a million lines must not pay a system call per line, so both
 * streams are buffered. Buffering each on its own would let an error message overtake the output
 * printed before it on a terminal, so the two share one lock and one rule: before bytes go to one
 * stream, whatever is buffered for the other is written out. A daemon thread flushes every
 * {@value #FLUSH_MILLIS} ms so output of a long-running (real-clock) script shows up while it
 * runs, including while the executor sleeps; and {@link #flush()} at exit — also from a shutdown
 * hook, for Ctrl-C — makes sure nothing printed is lost.
 */
final class BufferedConsole implements AutoCloseable {
    static final long FLUSH_MILLIS = 50;
    private static final int BUFFER_BYTES = 1 << 16;

    private final Object lock = new Object();
    private final Channel outChannel;
    private final Channel errChannel;
    private final PrintStream out;
    private final PrintStream err;
    private final Thread flusher;
    /** The channel written last; the other one is flushed before a switch. Guarded by lock. */
    private Channel last;
    private volatile boolean dirty;
    private volatile boolean closed;

    public BufferedConsole(OutputStream stdout, OutputStream stderr) {
        this.outChannel = new Channel(stdout);
        this.errChannel = new Channel(stderr);
        this.out = new PrintStream(outChannel, false, StandardCharsets.UTF_8);
        this.err = new PrintStream(errChannel, false, StandardCharsets.UTF_8);
        this.flusher = new Thread(this::flushPeriodically, "pollen-output-flusher");
        flusher.setDaemon(true);
        flusher.start();
    }

    public PrintStream out() {
        return out;
    }

    public PrintStream err() {
        return err;
    }

    /** Writes out everything buffered, in the order it was printed. */
    public void flush() {
        // PrintStreams hold their own encoder state: flushing them first pushes it into the channels.
        out.flush();
        err.flush();
        synchronized (lock) {
            outChannel.drain();
            errChannel.drain();
            dirty = false;
        }
    }

    /** Flushes and stops the flusher thread; the underlying streams stay open (they are the process's). */
    @Override
    public void close() {
        closed = true;
        flusher.interrupt();
        flush();
    }

    private void flushPeriodically() {
        while (!closed) {
            try {
                Thread.sleep(FLUSH_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
            if (dirty) {
                flush();
            }
        }
    }

    /** One of the two streams: a byte buffer in front of the real stream. */
    private final class Channel extends OutputStream {
        private final OutputStream target;
        private final byte[] buffer = new byte[BUFFER_BYTES];
        private int count;

        Channel(OutputStream target) {
            this.target = target;
        }

        @Override
        public void write(int b) {
            synchronized (lock) {
                switchTo();
                if (count == buffer.length) {
                    drain();
                }
                buffer[count++] = (byte) b;
                dirty = true;
            }
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            synchronized (lock) {
                switchTo();
                if (length > buffer.length - count) {
                    drain();
                }
                if (length >= buffer.length) {
                    writeThrough(bytes, offset, length);
                    return;
                }
                System.arraycopy(bytes, offset, buffer, count, length);
                count += length;
                dirty = true;
            }
        }

        @Override
        public void flush() {
            synchronized (lock) {
                drain();
            }
        }

        /** Keeps the two streams in print order: the other channel's bytes go out first. */
        private void switchTo() {
            if (last != this) {
                if (last != null) {
                    last.drain();
                }
                last = this;
            }
        }

        /** Called with lock held. */
        void drain() {
            if (count > 0) {
                writeThrough(buffer, 0, count);
                count = 0;
            }
        }

        private void writeThrough(byte[] bytes, int offset, int length) {
            try {
                target.write(bytes, offset, length);
                target.flush();
            } catch (IOException e) {
                // The reader went away (a closed pipe): like PrintStream, drop the output rather than
                // fail the script; the exit status still tells what happened.
            }
        }
    }
}
