package dev.pollen.interpreter.nodes;

/**
 * A synchronous function's body compiled to JVM bytecode: runs it in a frame whose parameters
 * are bound, exactly as {@link FunctionValue} runs the interpreted body (a {@code return} gives
 * its value; an error leaving the body names the function in the script stack trace).
 */
public interface CompiledBody {
    Object run(Frame frame);
}
