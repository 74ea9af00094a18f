/**
 * The Pollen interpreter and its embedding API. A host touches {@code dev.pollen.interpreter.embed}
 * (the engine, its config, limits, values, errors and the tools a REPL needs),
 * {@code dev.pollen.interpreter.diagnostics} (what an error says) and, through
 * {@code javax.script}, the engine registered below. No public signature there names a type of the
 * runtime, the standard library or the grammar, so a host needs to read no other Pollen module;
 * the compiler, the lowering, the node tree and {@code dev.pollen.interpreter.internal} (what
 * Pollen's own benchmarks and tests reach) stay inside.
 */
module dev.pollen.interpreter {
    requires dev.pollen.runtime;
    requires dev.pollen.stdlib;
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
