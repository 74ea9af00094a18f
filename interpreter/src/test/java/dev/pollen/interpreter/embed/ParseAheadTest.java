package dev.pollen.interpreter.embed;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pollen.interpreter.parse.ParseResult;
import dev.pollen.interpreter.parse.SourceParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A parse started ahead is taken up only by the same text, name and mode, and gives what a parse on the spot gives. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class ParseAheadTest {
    private static final String CODE = "fn f(x) { x * 2 }\nprint(f(21));\n";

    @Test
    void theParseStartedAhead_isTheOneTakenAndEqualsAParseOnTheSpot() {
        ParseAhead.start(CODE, "a.pln", false);
        ParseResult ahead = ParseAhead.take(CODE, "a.pln", false);
        assertThat(ahead).isNotNull();
        assertThat(ahead.program()).isEqualTo(SourceParser.parse(CODE, "a.pln", false).program());
        assertThat(ParseAhead.take(CODE, "a.pln", false)).as("taken once").isNull();
    }

    @Test
    void otherText_anotherName_orAnotherMode_parseOnTheSpot() {
        ParseAhead.start(CODE, "a.pln", false);
        assertThat(ParseAhead.take(CODE + " ", "a.pln", false)).isNull();
        assertThat(ParseAhead.take(CODE, "b.pln", false)).isNull();
        assertThat(ParseAhead.take(CODE, "a.pln", true)).isNull();
        assertThat(ParseAhead.take(CODE, "a.pln", false)).as("still there for the matching run").isNotNull();
    }

    @Test
    void aNewerParse_replacesOneNeverTaken() {
        ParseAhead.start(CODE, "old.pln", false);
        ParseAhead.start(CODE, "new.pln", false);
        assertThat(ParseAhead.take(CODE, "old.pln", false)).isNull();
        assertThat(ParseAhead.take(CODE, "new.pln", false)).isNotNull();
    }

    @Test
    void aFileParsedAhead_runsAndReportsItsErrorsAsAlways(@TempDir Path dir) throws IOException {
        Path good = Files.writeString(dir.resolve("good.pln"), CODE);
        Path bad = Files.writeString(dir.resolve("bad.pln"), "print(1 +);\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Pollen pollen = new Pollen(PollenConfig.defaults()
                .withStreams(new PrintStream(out, true, StandardCharsets.UTF_8), System.err))) {
            Pollen.parseFileAhead(CODE, "good.pln");
            pollen.runFile(good, "good.pln");
            assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("42\n");

            String onTheSpot = compileError(pollen, bad);
            Pollen.parseFileAhead(Files.readString(bad), "bad.pln");
            assertThat(compileError(pollen, bad)).isEqualTo(onTheSpot).contains("bad.pln:1:");
        }
    }

    private static String compileError(Pollen pollen, Path file) {
        try {
            pollen.runFile(file, "bad.pln");
        } catch (ScriptCompileException e) {
            return e.getMessage();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("expected a compile error");
    }
}
