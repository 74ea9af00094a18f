package dev.pollen.interpreter.jsr223;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.util.List;
import javax.script.Bindings;
import javax.script.Compilable;
import javax.script.CompiledScript;
import javax.script.Invocable;
import javax.script.ScriptContext;
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

    @Test
    void invocable_callsFunctionsAndMethods_andImplementsInterfaces() throws Exception {
        ScriptEngine engine = engine();
        engine.eval("fn greet(name) { \"hello \" + name }\n"
                + "struct Counter { n }\nimpl Counter { fn add(self, k) { self.n + k } }\n"
                + "let c = Counter(40);");
        Invocable invocable = (Invocable) engine;
        assertThat(invocable.invokeFunction("greet", "ada")).isEqualTo("hello ada");
        assertThat(invocable.invokeMethod(engine.get("c"), "add", 2)).isEqualTo(42L);
        assertThatThrownBy(() -> invocable.invokeFunction("nope")).isInstanceOf(NoSuchMethodException.class);
        Greeter greeter = invocable.getInterface(Greeter.class);
        assertThat(greeter.greet("bob")).isEqualTo("hello bob");
    }

    @Test
    void invokeMethod_looksTheMethodUpOnTheValue_builtInAsyncOrMissing() throws Exception {
        ScriptEngine engine = engine();
        engine.eval("struct Box { v }\nimpl Box { async fn slow(self) { sleep(1).await; self.v } }\n"
                + "let b = Box(7);\nlet xs = [1, 2];");
        Invocable invocable = (Invocable) engine;
        assertThat(invocable.invokeMethod(engine.get("b"), "slow")).isEqualTo(7L);
        invocable.invokeMethod(engine.get("xs"), "push", 3);
        assertThat(invocable.invokeMethod(engine.get("xs"), "len")).isEqualTo(3L);
        assertThat(engine.eval("xs")).isEqualTo(List.of(1L, 2L, 3L));
        assertThatThrownBy(() -> invocable.invokeMethod(engine.get("b"), "nope"))
                .isInstanceOf(NoSuchMethodException.class).hasMessageContaining("Box has no method nope");
        assertThatThrownBy(() -> invocable.invokeMethod(engine.get("xs"), "push"))
                .isInstanceOf(ScriptException.class).hasMessageContaining("TypeError");
    }

    /** What a host wants a script to implement. */
    public interface Greeter {
        String greet(String name);
    }

    @Test
    void compilable_reRunsACompiledScript() throws Exception {
        ScriptEngine engine = engine();
        engine.eval("let mut runs = 0;");
        CompiledScript compiled = ((Compilable) engine).compile("runs = runs + 1; runs");
        assertThat(compiled.eval()).isEqualTo(1L);
        assertThat(compiled.eval()).isEqualTo(2L);
        assertThatThrownBy(() -> ((Compilable) engine).compile("let = ;")).isInstanceOf(ScriptException.class);
    }

    @Test
    void globals_areWrittenBackToEngineScope_andARemovedBindingIsNoLongerAGlobal() throws Exception {
        ScriptEngine engine = engine();
        engine.put("base", 10);
        engine.eval("let doubled = base * 2;");
        assertThat(engine.get("doubled")).isEqualTo(20L);
        engine.getBindings(ScriptContext.ENGINE_SCOPE).remove("base");
        assertThatThrownBy(() -> engine.eval("base")).isInstanceOf(ScriptException.class);
    }

    @Test
    void evalWithOtherBindings_isIsolatedFromTheDefaultContext() throws Exception {
        ScriptEngine engine = engine();
        engine.eval("let shared = 1;");
        Bindings other = engine.createBindings();
        other.put("x", 5);
        assertThat(engine.eval("let leaked = x + 1; leaked", other)).isEqualTo(6L);
        assertThat(other.get("leaked")).isEqualTo(6L);
        assertThat(engine.get("leaked")).isNull();
        assertThatThrownBy(() -> engine.eval("leaked")).isInstanceOf(ScriptException.class);
        assertThat(engine.eval("shared")).isEqualTo(1L);
    }

    @Test
    void changingTheWriter_keepsTheEngine_andWarningsGoToTheErrorWriter() throws Exception {
        ScriptEngine engine = engine();
        engine.eval("let kept = 42;");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        engine.getContext().setWriter(out);
        engine.getContext().setErrorWriter(err);
        engine.eval("print(kept); spawn(async { throw error(\"ValueError\", \"lost\") }); yield_now().await;");
        assertThat(out.toString()).isEqualTo("42\n");
        assertThat(err.toString()).contains("warning").contains("ValueError: lost");
    }

    @Test
    void theFactory_answersThreadingAndMimeTypes() {
        ScriptEngineManager manager = new ScriptEngineManager();
        assertThat(manager.getEngineByMimeType("application/x-pollen")).isNotNull();
        assertThat(manager.getEngineByMimeType("text/x-pollen")).isNotNull();
        assertThat(engine().getFactory().getParameter("THREADING")).isEqualTo("MULTITHREADED");
    }

    @Test
    @org.junit.jupiter.api.Timeout(30)
    void limits_comeFromEngineParameters_perEval() throws Exception {
        ScriptEngine engine = engine();
        engine.put("pollen.maxOps", 1000);
        assertThatThrownBy(() -> engine.eval("loop {}")).isInstanceOf(ScriptException.class)
                .hasMessageContaining("LimitExceeded");
        assertThat(engine.eval("1 + 1")).isEqualTo(2L);
        engine.put("pollen.deadlineMillis", 300);
        engine.put("pollen.maxOps", 0);
        assertThatThrownBy(() -> engine.eval("loop { try { loop {} } catch e {} }"))
                .hasMessageContaining("--deadline");
    }

    @Test
    void errors_carryThePollenExceptionAsCause() {
        ScriptEngine engine = engine();
        assertThatThrownBy(() -> engine.eval("let xs = [1];\nxs[3]"))
                .isInstanceOf(ScriptException.class)
                .hasCauseInstanceOf(dev.pollen.interpreter.embed.ScriptRuntimeException.class);
    }
}
