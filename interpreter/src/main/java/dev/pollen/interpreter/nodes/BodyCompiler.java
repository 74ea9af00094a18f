package dev.pollen.interpreter.nodes;

/**
 * Turns a function's node tree into bytecode (the JVM back end implements it). The engine's
 * {@link RunContext} holds one, with the number of interpreted calls a function makes before it
 * is compiled.
 */
public interface BodyCompiler {
    /** The compiled body of {@code code}, or null when it stays with the node interpreter. */
    CompiledBody compile(FunctionCode code);

    /**
     * A loop's body alone, whose {@code run(frame)} runs one iteration in the frame of the code
     * around the loop exactly as the node does (errors, {@code break}, {@code continue} and
     * {@code return} leave it as the node's would); null when it stays with the node interpreter.
     */
    CompiledBody compileLoopBody(ExprNode body);
}
