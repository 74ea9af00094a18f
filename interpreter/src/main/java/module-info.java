/**
 * The Pollen interpreter and its embedding API. A host touches {@code dev.pollen.interpreter.embed}
 * (the engine, its config, limits, values and errors), {@code dev.pollen.interpreter.diagnostics}
 * (what an error says) and, through {@code javax.script}, the engine registered below; the
 * compiler, the lowering and the node tree stay inside.
 */
module dev.pollen.interpreter {
    requires transitive dev.pollen.runtime;
    requires transitive dev.pollen.stdlib;
    requires dev.pollen.grammar;
    requires org.antlr.antlr4.runtime;
    requires java.management;
    requires org.objectweb.asm;
    requires org.objectweb.asm.util;
    requires transitive java.scripting;

    exports dev.pollen.interpreter.embed;
    exports dev.pollen.interpreter.diagnostics;
    exports dev.pollen.interpreter.jsr223;

    provides javax.script.ScriptEngineFactory with dev.pollen.interpreter.jsr223.PollenScriptEngineFactory;
}
