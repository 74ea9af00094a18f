package dev.pollen.interpreter.nodes;

/**
 * The slots of one function activation, indexed by the resolver's slot numbers. A captured
 * variable's slot holds a {@link Cell}. For an async function the frame is also the state
 * machine (a subclass), so one allocation serves both.
 */
public class Frame {
    public final Object[] slots;
    /** How many calls deep this activation is, for the StackOverflow limit. */
    public final int depth;

    public Frame(int slotCount, int depth) {
        this.slots = new Object[slotCount];
        this.depth = depth;
    }
}
