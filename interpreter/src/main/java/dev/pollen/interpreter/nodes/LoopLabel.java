package dev.pollen.interpreter.nodes;

/**
 * The identity of one loop, shared by the loop and the {@code break}/{@code continue} nodes
 * inside it. A loop lowered into a state machine also records its exit and continue blocks here,
 * so a signal thrown by synchronous code inside it can be routed to the right block.
 */
public final class LoopLabel {
    /** Set by the async lowering for loops that became blocks; -1 otherwise. */
    public int breakBlock = -1;
    public int continueBlock = -1;
    /** The frame slot that receives a lowered loop's break value; -1 when unused. */
    public int resultSlot = -1;
    /** The continue signal, allocated once since it carries nothing. */
    public final ControlSignal.Continue continueSignal = new ControlSignal.Continue(this);
}
