package dev.pollen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.DumbTerminal;
import org.junit.jupiter.api.Test;

/** The whole REPL on a dumb terminal over piped streams: what a user would see, minus the colours. */
class ReplTest {
    private static String session(String input) throws IOException, UsageException {
        ByteArrayOutputStream screen = new ByteArrayOutputStream();
        // A plain dumb terminal: it reports the end of the piped input as the end of input.
        try (Terminal terminal = new DumbTerminal("test", Terminal.TYPE_DUMB,
                new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), screen, StandardCharsets.UTF_8)) {
            int status = new Repl(OptionParser.parse("--clock=virtual"), terminal, null).run();
            assertThat(status).isZero();
        }
        return screen.toString(StandardCharsets.UTF_8).replace("\r", "");
    }

    @Test
    void entriesAreRead_evaluated_andTheirValuesShown() throws Exception {
        String screen = session("1 + 2\n\"hi\"\n:quit\n");
        assertThat(screen).contains(Repl.PROMPT).contains("3\n").contains("\"hi\"\n");
    }

    @Test
    void anOpenBracket_continuesTheEntryOnTheNextLine() throws Exception {
        String screen = session("let xs = [1,\n2,\n3];\nxs\n");
        // Four lines, two entries: a prompt for each and one for the end of input. (A dumb terminal
        // does not draw the continuation prompt, so only the count of entries shows.)
        assertThat(screen.split(java.util.regex.Pattern.quote(Repl.PROMPT), -1)).hasSize(4);
        assertThat(screen).contains("[1, 2, 3]\n");
    }

    @Test
    void errors_doNotEndTheRepl() throws Exception {
        String screen = session("nope\n40 + 2\n");
        assertThat(screen).contains("<repl:1>:1:1").contains("42\n");
    }

    @Test
    void theEndOfInput_endsTheRepl() throws Exception {
        assertThat(session("")).contains("Pollen");
    }
}
