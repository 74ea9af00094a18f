package dev.pollen.interpreter.jsr223;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.util.List;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineManager;
import javax.script.ScriptException;
import javax.script.SimpleScriptContext;
import org.junit.jupiter.api.Test;

/** Pollen through {@code javax.script}: found by name, evaluates, keeps definitions, reports errors. */
class PollenScriptEngineTest {

    private static ScriptEngine engine() {
        ScriptEngine engine = new ScriptEngineManager().getEngineByName("pollen");
        assertThat(engine).as("registered as a javax.script service").isNotNull();
        return engine;
    }

    @Test
    void evalReturnsTheValueOfTheLastExpression() throws ScriptException {
        assertThat(engine().eval("let x = 20; x * 2 + 2")).isEqualTo(42L);
    }

    @Test
    void definitionsPersistBetweenEvals_andAwaitWorksAtTheTop() throws ScriptException {
        ScriptEngine engine = engine();
        engine.eval("async fn twice(x) { sleep(1).await; x * 2 }");
        assertThat(engine.eval("twice(21).await")).isEqualTo(42L);
    }

    @Test
    void bindingsBecomeGlobals() throws ScriptException {
        ScriptEngine engine = engine();
        engine.put("items", List.of(1, 2, 3));
        assertThat(engine.eval("items.sum()")).isEqualTo(6L);
    }

    @Test
    void printWritesToTheContextWriter() throws ScriptException {
        ScriptEngine engine = engine();
        SimpleScriptContext ctx = new SimpleScriptContext();
        StringWriter out = new StringWriter();
        ctx.setWriter(out);
        engine.eval("print(\"hello\", 1 + 1)", ctx);
        assertThat(out.toString()).isEqualTo("hello 2\n");
    }

    @Test
    void errorsBecomeScriptExceptionsWithALocation() {
        ScriptEngine engine = engine();
        assertThatThrownBy(() -> engine.eval("let xs = [1];\nxs[3]"))
                .isInstanceOf(ScriptException.class)
                .hasMessageContaining("IndexError")
                .satisfies(e -> assertThat(((ScriptException) e).getLineNumber()).isEqualTo(2));
        assertThatThrownBy(() -> engine.eval("let = ;"))
                .isInstanceOf(ScriptException.class)
                .hasMessageContaining("expected");
    }
}
