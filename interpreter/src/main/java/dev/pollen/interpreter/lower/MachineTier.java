package dev.pollen.interpreter.lower;

import dev.pollen.interpreter.nodes.RunContext;
import dev.pollen.interpreter.nodes.TierCounter;

/**
 * Where an async body's state machines come from: the interpreting {@link StateMachine} until the
 * engine's tier ({@code --compile}) has its class generated, then that class.
 */
public final class MachineTier {
    /** Makes the state machine of one call of an async body. */
    public interface MachineMaker {
        StateMachine make(AsyncCode code, int depth);
    }

    /** A back end that can generate a state-machine class for an async body. */
    public interface MachineCompiler {
        /** The maker of the generated class, or null when the body stays interpreted. */
        MachineMaker compile(AsyncCode code);
    }

    private final TierCounter counter;
    private volatile MachineMaker maker;

    public MachineTier(RunContext context) {
        this.counter = new TierCounter(context);
    }

    StateMachine newMachine(AsyncCode code, int depth) {
        MachineMaker m = maker;
        if (m == null && counter.due() && counter.compiler() instanceof MachineCompiler c) {
            m = c.compile(code);
            maker = m;
        }
        return m != null ? m.make(code, depth) : new StateMachine(code, depth);
    }
}
