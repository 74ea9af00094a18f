package dev.pollen.interpreter.nodes;

/**
 * An executable node: compiled from the AST once, then run many times against a frame. Every
 * form of the language is its own small subclass, so evaluation is a virtual call, never a switch
 * over syntax kinds. Statements are nodes whose value is ignored.
 */
public abstract class ExprNode {
    public abstract Object execute(Frame frame);

    /** True when executing the node has no effect and cannot fail (literals, local reads). */
    public boolean isPure() {
        return false;
    }
}
