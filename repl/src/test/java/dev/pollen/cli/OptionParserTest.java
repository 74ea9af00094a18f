package dev.pollen.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OptionParserTest {
    @Test
    void noArguments_isInteractive() throws UsageException {
        assertThat(OptionParser.parse().mode()).isEqualTo(Options.Mode.INTERACTIVE);
    }

    @Test
    void file_takesTheRestAsScriptArguments_evenOptionLookalikes() throws UsageException {
        Options o = OptionParser.parse("--clock=virtual", "app.pln", "--clock=real", "x");
        assertThat(o.mode()).isEqualTo(Options.Mode.FILE);
        assertThat(o.file()).isEqualTo(Path.of("app.pln"));
        assertThat(o.virtualClock()).isTrue();
        assertThat(o.scriptArgs()).containsExactly("--clock=real", "x");
    }

    @Test
    void defaults_areRealClockSeedZeroSingleThreaded() throws UsageException {
        Options o = OptionParser.parse("app.pln");
        assertThat(o.virtualClock()).isFalse();
        assertThat(o.seed()).isZero();
        assertThat(o.threads()).isZero();
        assertThat(o.limits().maxOps()).isZero();
        assertThat(o.trace()).isFalse();
        assertThat(o.debug()).isFalse();
    }

    @Test
    void everyOption_isRead() throws UsageException {
        Options o = OptionParser.parse("--clock", "virtual", "--seed=-7", "--executor=multi", "--threads=3",
                "--affinity", "--trace", "--trace-out=t.json", "--max-ops=1000", "--debug", "a.pln");
        assertThat(o.virtualClock()).isTrue();
        assertThat(o.seed()).isEqualTo(-7);
        assertThat(o.threads()).isEqualTo(3);
        assertThat(o.affinity()).isTrue();
        assertThat(o.trace()).isTrue();
        assertThat(o.traceOut()).isEqualTo(Path.of("t.json"));
        assertThat(o.limits().maxOps()).isEqualTo(1000);
        assertThat(o.debug()).isTrue();
    }

    @Test
    void multiExecutor_defaultsToOneWorkerPerCore() throws UsageException {
        assertThat(OptionParser.parse("--executor=multi", "a.pln").threads())
                .isEqualTo(Runtime.getRuntime().availableProcessors());
    }

    @Test
    void threadsAlone_impliesTheMultiExecutor() throws UsageException {
        assertThat(OptionParser.parse("--threads=2", "a.pln").threads()).isEqualTo(2);
    }

    @Test
    void eval_takesCodeThenScriptArguments() throws UsageException {
        Options o = OptionParser.parse("-e", "print(1)", "a", "b");
        assertThat(o.mode()).isEqualTo(Options.Mode.EVAL);
        assertThat(o.code()).isEqualTo("print(1)");
        assertThat(o.scriptArgs()).containsExactly("a", "b");
    }

    @Test
    void dash_readsStandardInput() throws UsageException {
        Options o = OptionParser.parse("-", "arg");
        assertThat(o.mode()).isEqualTo(Options.Mode.STDIN);
        assertThat(o.scriptArgs()).containsExactly("arg");
    }

    @Test
    void check_takesOneFile_andOptionsMayFollowTheSubcommand() throws UsageException {
        Options o = OptionParser.parse("check", "--clock=virtual", "a.pln");
        assertThat(o.mode()).isEqualTo(Options.Mode.CHECK);
        assertThat(o.file()).isEqualTo(Path.of("a.pln"));
    }

    @Test
    void states_takesAFileAndAnOptionalFunction() throws UsageException {
        Options all = OptionParser.parse("states", "a.pln");
        Options one = OptionParser.parse("states", "a.pln", "fetch");
        assertThat(all.mode()).isEqualTo(Options.Mode.STATES);
        assertThat(all.function()).isNull();
        assertThat(one.function()).isEqualTo("fetch");
    }

    @Test
    void formatDot_isForStatesOnly() throws UsageException {
        assertThat(OptionParser.parse("states", "a.pln").dot()).isFalse();
        assertThat(OptionParser.parse("states", "--format=dot", "a.pln").dot()).isTrue();
        assertThat(OptionParser.parse("--format", "text", "states", "a.pln").dot()).isFalse();
        assertThatThrownBy(() -> OptionParser.parse("--format=svg", "states", "a.pln"))
                .hasMessageContaining("invalid value 'svg' for --format (expected text or dot)");
        assertThatThrownBy(() -> OptionParser.parse("--format=dot", "a.pln"))
                .hasMessageContaining("--format=dot is for states");
    }

    @Test
    void helpAndVersion_stopParsing() throws UsageException {
        assertThat(OptionParser.parse("--help", "--bogus").mode()).isEqualTo(Options.Mode.HELP);
        assertThat(OptionParser.parse("-h").mode()).isEqualTo(Options.Mode.HELP);
        assertThat(OptionParser.parse("--version").mode()).isEqualTo(Options.Mode.VERSION);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "--clock=sideways          | invalid value 'sideways' for --clock (expected real or virtual)",
        "--clock=                  | invalid value '' for --clock",
        "--seed=ten                | invalid value 'ten' for --seed (expected an integer)",
        "--seed=99999999999999999999 | invalid value '99999999999999999999' for --seed",
        "--executor=many           | invalid value 'many' for --executor (expected single or multi)",
        "--threads=0               | invalid value '0' for --threads (expected a whole number from 1 to 1024)",
        "--threads=-2              | invalid value '-2' for --threads",
        "--threads=lots            | invalid value 'lots' for --threads",
        "--threads=5000            | invalid value '5000' for --threads",
        "--max-ops=0               | invalid value '0' for --max-ops (expected a positive whole number)",
        "--max-ops=x               | invalid value 'x' for --max-ops",
        "--trace-out=              | invalid value '' for --trace-out",
        "--trace=yes               | --trace takes no value, but got 'yes'",
        "--affinity=1              | --affinity takes no value",
        "--version=2               | --version takes no value",
        "--frobnicate              | unknown option --frobnicate",
        "--tracee                  | unknown option --tracee (did you mean --trace?)",
        "-x                        | unknown option -x",
        "--clock                   | --clock needs a value (real or virtual)",
        "-e                        | -e needs a value (CODE)",
        "check                     | check needs a FILE",
        "states                    | states needs a FILE",
    })
    void badCommandLines_areUsageErrorsNamingTheCulprit(String args, String message) {
        assertThatThrownBy(() -> OptionParser.parse(args.split(" ")))
                .isInstanceOf(UsageException.class)
                .hasMessageStartingWith(message);
    }

    @Test
    void checkWithTwoFiles_isAUsageError() {
        assertThatThrownBy(() -> OptionParser.parse("check", "a.pln", "b.pln"))
                .isInstanceOf(UsageException.class)
                .hasMessageContaining("'b.pln'");
    }

    @Test
    void statesWithTwoFunctions_isAUsageError() {
        assertThatThrownBy(() -> OptionParser.parse("states", "a.pln", "f", "g"))
                .isInstanceOf(UsageException.class)
                .hasMessageContaining("'g'");
    }

    @Test
    void threadsWithTheSingleExecutor_isAUsageError() {
        assertThatThrownBy(() -> OptionParser.parse("--executor=single", "--threads=2", "a.pln"))
                .isInstanceOf(UsageException.class)
                .hasMessageContaining("--threads");
        assertThatThrownBy(() -> OptionParser.parse("--executor=single", "--affinity", "a.pln"))
                .isInstanceOf(UsageException.class)
                .hasMessageContaining("--affinity");
    }

    @Test
    void laterOptions_overrideEarlierOnes() throws UsageException {
        assertThat(OptionParser.parse("--clock=virtual", "--clock=real", "a.pln").virtualClock()).isFalse();
    }

    @Test
    void scriptArguments_areCopied() throws UsageException {
        assertThat(OptionParser.parse("a.pln", "1").scriptArgs()).isEqualTo(List.of("1"));
    }
}
