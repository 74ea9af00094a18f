package dev.pollen.interpreter.nodes;

/**
 * The body of a loop the node interpreter runs. Compiling whole function bodies misses a hot loop
 * in code that runs once (a file's top level, a function called once or twice under the auto
 * tier): after {@value #HOT_ITERATIONS} iterations the body alone is compiled, when the engine's
 * tier compiles at all, and the iterations after that run its bytecode. The loop itself (its
 * test, its operation count, its binding and the signals it catches) stays the node's, and the
 * compiled body throws {@code break}, {@code continue} and {@code return} as the nodes do, so
 * nothing but speed changes.
 */
final class LoopBody {
    /** Iterations, over all runs of the loop, before its body is compiled. */
    static final int HOT_ITERATIONS = 1000;

    private final ExprNode body;
    private final RunContext context;
    /** Iterations so far; a plain count, read by whichever thread runs the loop (only a trigger). */
    private int iterations;
    private volatile boolean decided;
    private volatile CompiledBody compiled;

    LoopBody(ExprNode body, RunContext context) {
        this.body = body;
        this.context = context;
    }

    /** Runs one iteration of the body in {@code frame}. */
    void run(Frame frame) {
        CompiledBody c = compiled;
        if (c != null) {
            c.run(null, frame);
            return;
        }
        if (!decided && ++iterations >= HOT_ITERATIONS) {
            compile();
        }
        body.execute(frame);
    }

    private synchronized void compile() {
        if (decided) {
            return;
        }
        decided = true;
        BodyCompiler compiler = context.compiler();
        if (compiler != null && context.compileAfter() >= 0) {
            compiled = compiler.compileLoopBody(body);
        }
    }
}
