package dev.pollen.interpreter.nodes;

import dev.pollen.runtime.value.PollenException;

/**
 * Everything about a compiled function that does not change between closures made from it:
 * its name, parameters (slots and defaults), frame size, which slots hold captured Cells, and its
 * body — an executable node for a sync function, or an {@link AsyncBody} that makes the state
 * machine for an async one.
 */
public final class FunctionCode {
    /** Makes the frame of an async function: a state machine that is also its Future. */
    public interface AsyncBody {
        Frame newStateMachine(FunctionValue function, int depth);
    }

    final String name;
    final String traceName;
    final int[] paramSlots;
    final boolean[] paramIsCell;
    final ExprNode[] defaults;
    final int required;
    final int slotCount;
    final int[] captureSlots;
    /** No parameter lives in a Cell: a call with every argument given can fill the slots directly. */
    final boolean plainParams;
    /** The engine's limits: its depth bound applies to every call of this function. */
    final RunContext context;
    ExprNode body;
    AsyncBody asyncBody;
    /** Decides when the body is compiled (null: always interpreted). */
    private TierCounter tier;
    /** The bytecode of the body once compiled; {@link #body} serves until then. */
    private volatile CompiledBody compiled;
    /** What a direct call runs while there is no compiled body: the node interpreter, or the making of a state machine. */
    private final CompiledBody uncompiled = new Uncompiled();

    /**
     * @param name        shown as {@code <fn name>}; null for closures
     * @param traceName   shown in stack traces ("closure" for anonymous ones)
     * @param defaults    one entry per parameter; null where the parameter is required
     * @param captureSlots the slots that receive the captured Cells, in capture order
     * @param context     the engine's run context (its depth limit)
     */
    public FunctionCode(String name, String traceName, int[] paramSlots, boolean[] paramIsCell, ExprNode[] defaults,
                        int slotCount, int[] captureSlots, RunContext context) {
        this.context = context;
        this.name = name;
        this.traceName = traceName;
        this.paramSlots = paramSlots;
        this.paramIsCell = paramIsCell;
        this.defaults = defaults;
        this.slotCount = slotCount;
        this.captureSlots = captureSlots;
        int req = 0;
        while (req < defaults.length && defaults[req] == null) {
            req++;
        }
        this.required = req;
        boolean plain = true;
        for (boolean cell : paramIsCell) {
            plain &= !cell;
        }
        this.plainParams = plain;
    }

    /** Set once compiled (after construction, so recursive functions can refer to themselves). */
    public void setBody(ExprNode body) {
        this.body = body;
    }

    /** A body that may be compiled to bytecode, as the tier of {@code runContext} says. */
    public void setBody(ExprNode body, RunContext runContext) {
        this.body = body;
        this.tier = new TierCounter(runContext);
    }

    /** The node tree of a sync function's body (what the back end compiles). */
    public ExprNode body() {
        return body;
    }

    /**
     * The compiled body, or null while this function runs interpreted. Counts the call and
     * compiles when the tier says so; a body the back end cannot compile stays interpreted.
     */
    public CompiledBody compiled() {
        CompiledBody c = compiled;
        if (c == null && tier != null && asyncBody == null && tier.due()) {
            c = tier.compiler().compile(this);
            compiled = c;
        }
        return c;
    }

    /**
     * What a direct call of this function runs: the compiled body once there is one, else the
     * node interpreter (or, for an async function, the making of its state machine). Counts the
     * call as {@link #compiled} does.
     */
    public CompiledBody entry() {
        CompiledBody c = compiled();
        return c != null ? c : uncompiled;
    }

    /** Runs the node tree of a sync body in a frame whose parameters are bound. */
    Object interpret(Frame frame) {
        try {
            return body.execute(frame);
        } catch (ControlSignal.Return r) {
            return r.value;
        } catch (PollenException e) {
            e.leaveFunction(traceName);
            throw e;
        }
    }

    /** The entry of a function without compiled code: an async function's frame is its result. */
    private final class Uncompiled extends CompiledBody {
        @Override
        public Object run(FunctionValue f, Frame frame) {
            return asyncBody != null ? frame : interpret(frame);
        }
    }

    /** True when no parameter lives in a Cell. */
    public boolean hasPlainParams() {
        return plainParams;
    }

    /** The slots that receive the captured Cells, in capture order. */
    public int[] captureSlots() {
        return captureSlots;
    }

    public int[] paramSlots() {
        return paramSlots;
    }

    public void setAsyncBody(AsyncBody asyncBody) {
        this.asyncBody = asyncBody;
    }

    public String name() {
        return name;
    }

    public String traceName() {
        return traceName;
    }

    public int slotCount() {
        return slotCount;
    }
}
