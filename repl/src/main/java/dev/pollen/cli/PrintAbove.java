package dev.pollen.cli;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.jline.reader.LineReader;

/**
 * The REPL's terminal as an output stream: whole lines go above the line being edited (JLine's
 * {@code printAbove}), so a background task that prints while the user types does not garble the
 * prompt. A trailing partial line is held back until its newline arrives; Pollen's own output
 * (print, diagnostics, warnings, trace lines) always ends its lines.
 *
 * <p>Used as a target of {@link BufferedConsole}, which serialises writes and flushes it, so this
 * class needs no lock of its own.
 */
final class PrintAbove extends OutputStream {
    private final LineReader reader;
    private final ByteArrayOutputStream partial = new ByteArrayOutputStream();

    PrintAbove(LineReader reader) {
        this.reader = reader;
    }

    @Override
    public void write(int b) {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) {
        int lastNewline = -1;
        for (int i = offset + length - 1; i >= offset; i--) {
            if (bytes[i] == '\n') {
                lastNewline = i;
                break;
            }
        }
        if (lastNewline < 0) {
            partial.write(bytes, offset, length);
            return;
        }
        partial.write(bytes, offset, lastNewline - offset);  // up to, not including, the newline
        String lines = partial.toString(StandardCharsets.UTF_8);
        partial.reset();
        partial.write(bytes, lastNewline + 1, offset + length - lastNewline - 1);
        reader.printAbove(lines);
    }
}
