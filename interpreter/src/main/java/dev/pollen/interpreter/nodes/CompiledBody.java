package dev.pollen.interpreter.nodes;

/**
 * What a call runs for a function: its body compiled to JVM bytecode, or (until then) the node
 * interpreter, or for an async function the making of its state machine. {@link #run} takes a
 * frame whose parameters are bound, exactly as {@link FunctionValue} runs the interpreted body (a
 * {@code return} gives its value; an error leaving the body names the function in the script
 * stack trace).
 *
 * <p>The {@code callN} methods are the entries compiled call sites use for a call with N
 * arguments that the callee takes directly ({@link FunctionValue#takesDirectly}), after the call
 * was counted and its depth checked ({@link CallNodes#enterBody}). Here they make the frame and
 * {@link #run} it; a compiled body whose frame never escapes overrides the one of its arity and
 * keeps its slots in JVM locals, so the call allocates nothing. Each call site calls them on the
 * body it found, so the JIT sees, per call site, the one class it meets there.
 */
public abstract class CompiledBody {
    /** The most arguments a {@code callN} entry takes. */
    public static final int MAX_DIRECT_ARGS = 4;

    /**
     * Runs the body for {@code f} (null for a loop's body, which belongs to no function) in
     * {@code frame}, whose parameters and captured Cells are in their slots.
     */
    public abstract Object run(FunctionValue f, Frame frame);

    public Object call0(FunctionValue f, int depth) {
        return run(f, f.frameAt(depth));
    }

    public Object call1(FunctionValue f, int depth, Object a0) {
        Frame frame = f.frameAt(depth);
        int[] params = f.code().paramSlots;
        frame.set(params[0], a0);
        return run(f, frame);
    }

    public Object call2(FunctionValue f, int depth, Object a0, Object a1) {
        Frame frame = f.frameAt(depth);
        int[] params = f.code().paramSlots;
        frame.set(params[0], a0);
        frame.set(params[1], a1);
        return run(f, frame);
    }

    public Object call3(FunctionValue f, int depth, Object a0, Object a1, Object a2) {
        Frame frame = f.frameAt(depth);
        int[] params = f.code().paramSlots;
        frame.set(params[0], a0);
        frame.set(params[1], a1);
        frame.set(params[2], a2);
        return run(f, frame);
    }

    public Object call4(FunctionValue f, int depth, Object a0, Object a1, Object a2, Object a3) {
        Frame frame = f.frameAt(depth);
        int[] params = f.code().paramSlots;
        frame.set(params[0], a0);
        frame.set(params[1], a1);
        frame.set(params[2], a2);
        frame.set(params[3], a3);
        return run(f, frame);
    }
}
