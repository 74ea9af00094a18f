package dev.pollen.interpreter.nodes;

/**
 * An executable node: compiled from the AST once, then run many times against a frame. Every
 * form of the language is its own small subclass, so evaluation is a virtual call, never a switch
 * over syntax kinds. Statements are nodes whose value is ignored.
 */
public abstract class ExprNode {
    public abstract Object execute(Frame frame);

    /**
     * Tells {@code uses} which slots of the frame this node reads and writes, in the order it
     * runs its parts (see {@link SlotUses}); every node kind must say, or the liveness behind
     * {@code pollen states} would miss what it touches.
     */
    public abstract void slotUses(SlotUses uses);

    /** True when executing the node has no effect and cannot fail (literals, local reads). */
    public boolean isPure() {
        return false;
    }
}
