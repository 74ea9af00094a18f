package dev.pollen.interpreter.embed;

/**
 * When the engine compiles a synchronous function's body to JVM bytecode ({@code --compile}).
 * Both ways run every program identically; only speed differs.
 */
public enum CompileTier {
    /** On its first call. */
    ALWAYS,
    /** Never: the node interpreter runs everything. */
    NEVER,
    /** After a function has been called a few times interpreted (the default). */
    AUTO
}
