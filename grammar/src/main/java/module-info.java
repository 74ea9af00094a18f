/** Pollen's grammar: the ANTLR lexer and parser generated at build time, for the interpreter only. */
module dev.pollen.grammar {
    requires transitive org.antlr.antlr4.runtime;

    exports dev.pollen.grammar to dev.pollen.interpreter;
}
