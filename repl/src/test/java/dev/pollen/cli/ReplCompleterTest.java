package dev.pollen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pollen.interpreter.embed.Pollen;
import dev.pollen.interpreter.embed.PollenConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ReplCompleterTest {
    private final Pollen pollen = new Pollen(PollenConfig.defaults().withVirtualClock(true));
    private final ReplCompleter completer = new ReplCompleter(() -> pollen);

    @AfterEach
    void close() {
        pollen.close();
    }

    private Iterable<String> at(String text) {
        String word = text.replaceAll(".*?([A-Za-z0-9_]*)$", "$1");
        return completer.namesAt(text, text.length() - word.length());
    }

    @Test
    void aBareWord_completesKeywordsBuiltinsAndUserGlobals() {
        pollen.eval("let my_total = 1;");
        assertThat(at("my_")).contains("my_total", "match", "print", "math");
    }

    @Test
    void afterADot_aListCompletesItsMethods() {
        pollen.eval("let xs = [1];");
        assertThat(at("xs.pu")).contains("push", "pop", "map");
    }

    @Test
    void afterADot_aModuleCompletesItsFields() {
        assertThat(at("math.")).contains("sqrt", "pi");
    }

    @Test
    void afterADot_aStructInstanceCompletesFieldsAndMethods() {
        pollen.eval("struct P { x, y }\nimpl P { fn norm(self) { self.x } }\nlet p = P(1, 2);");
        assertThat(at("p.")).contains("x", "y", "norm");
    }

    @Test
    void insideAString_nothingIsCompleted() {
        assertThat(at("print(\"pri")).isEmpty();
    }

    @Test
    void aCallResult_isNeverEvaluatedToComplete() {
        assertThat(ReplCompleter.receiverChain("f().x", 3)).isEmpty();
        assertThat(ReplCompleter.receiverChain("a.b.", 3)).containsExactly("a", "b");
    }
}
