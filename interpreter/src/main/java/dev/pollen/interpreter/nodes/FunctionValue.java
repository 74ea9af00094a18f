package dev.pollen.interpreter.nodes;

import dev.pollen.runtime.value.Arity;
import dev.pollen.runtime.value.Callable;
import dev.pollen.runtime.value.PollenException;

/**
 * A script function or closure: its code plus the Cells it captured. Calling a sync function runs
 * its body in a new frame; calling an async function only makes its state machine (futures are
 * lazy), binding the arguments into it.
 */
public final class FunctionValue implements Callable {
    private final FunctionCode code;
    private final Cell[] captured;

    public FunctionValue(FunctionCode code, Cell[] captured) {
        this.code = code;
        this.captured = captured;
    }

    public FunctionCode code() {
        return code;
    }

    /** The {@code i}-th Cell this closure captured (compiled bodies load their captures from here). */
    public Cell captured(int i) {
        return captured[i];
    }

    @Override
    public String name() {
        return code.name;
    }

    /** A call from native code (a callback): one deeper than the script code that called the native. */
    @Override
    public Object call(Object[] args) {
        return invoke(args, CallbackDepth.current() + 1);
    }

    /** Calls with the given arguments; {@code depth} is the new activation's call depth. */
    public Object invoke(Object[] args, int depth) {
        FunctionCode c = code;
        int n = args.length;
        if (n < c.required || n > c.paramSlots.length) {
            throw PollenException.typeError(Arity.message(displayName(), c.required, c.paramSlots.length, n));
        }
        if (n <= CompiledBody.MAX_DIRECT_ARGS && takesDirectly(n)) {
            // every argument given, none in a Cell: the entry a compiled call site would use
            checkDepth(depth);
            return callEntry(c.entry(), args, depth);
        }
        Frame frame = newFrame(depth);
        // Left to right: a default may use the parameters before it (already bound, maybe in Cells).
        // Defaults run on the node interpreter, so on a frame with a slot array.
        Frame defaults = frame.hasSlotArray(c.slotCount) ? frame : scratchFrame(depth);
        for (int i = 0; i < c.paramSlots.length; i++) {
            Object v = i < n ? args[i] : c.defaults[i].execute(defaults);
            Object bound = c.paramIsCell[i] ? new Cell(v) : v;
            frame.set(c.paramSlots[i], bound);
            if (defaults != frame) {
                defaults.slots[c.paramSlots[i]] = bound;
            }
        }
        return run(frame);
    }

    /** A frame with a slot array and the captured Cells, for the defaults of a call whose own frame keeps its slots in fields. */
    private Frame scratchFrame(int depth) {
        Frame scratch = new Frame(code.slotCount, depth);
        for (int i = 0; i < captured.length; i++) {
            scratch.slots[code.captureSlots[i]] = captured[i];
        }
        return scratch;
    }

    private Object callEntry(CompiledBody body, Object[] args, int depth) {
        return switch (args.length) {
            case 0 -> body.call0(this, depth);
            case 1 -> body.call1(this, depth, args[0]);
            case 2 -> body.call2(this, depth, args[0], args[1]);
            case 3 -> body.call3(this, depth, args[0], args[1], args[2]);
            default -> body.call4(this, depth, args[0], args[1], args[2], args[3]);
        };
    }

    /**
     * A frame for a call whose arguments the caller evaluates straight into the parameter slots
     * (no argument array): only when {@link #takesDirectly} said so.
     */
    public Frame newFrame(int depth) {
        checkDepth(depth);
        return frameAt(depth);
    }

    private void checkDepth(int depth) {
        if (depth > code.context.maxDepth()) {
            throw code.context.tooDeep();
        }
    }

    /** A frame at {@code depth} once the depth is checked: the captured Cells in their slots. */
    Frame frameAt(int depth) {
        FunctionCode c = code;
        Frame frame = c.asyncBody != null ? c.asyncBody.newStateMachine(this, depth) : new Frame(c.slotCount, depth);
        for (int i = 0; i < captured.length; i++) {
            frame.set(c.captureSlots[i], captured[i]);
        }
        return frame;
    }

    /** True when a call with {@code argc} arguments can use {@link #newFrame} and {@link #run}. */
    public boolean takesDirectly(int argc) {
        return code.plainParams && argc == code.paramSlots.length;
    }

    /** Runs the body in a frame whose parameters are bound (an async fn just returns its machine). */
    public Object run(Frame frame) {
        FunctionCode c = code;
        if (c.asyncBody != null) {
            return frame;
        }
        CompiledBody jit = c.compiled();
        if (jit != null) {
            return jit.run(this, frame);
        }
        return c.interpret(frame);
    }

    private String displayName() {
        return code.name != null ? code.name : "closure";
    }
}
