package dev.pollen.interpreter.lower;

import dev.pollen.interpreter.nodes.ExprNode;

/**
 * Straight-line code ending in a terminator. {@code region} is the innermost try the block lies
 * in (null for none); {@code firstLine}/{@code lastLine} are the source lines its code came from
 * (0 when it has none) and {@code usedSlots} the named locals its code reads or writes, for
 * {@code pollen states}.
 */
public final class BasicBlock {
    final int index;
    final ExprNode[] body;
    final Terminator terminator;
    final TryRegion region;
    final int firstLine;
    final int lastLine;
    final int[] usedSlots;

    public BasicBlock(int index, ExprNode[] body, Terminator terminator, TryRegion region, int firstLine, int lastLine,
                      int[] usedSlots) {
        this.index = index;
        this.body = body;
        this.terminator = terminator;
        this.region = region;
        this.firstLine = firstLine;
        this.lastLine = lastLine;
        this.usedSlots = usedSlots;
    }

    public int index() {
        return index;
    }

    public ExprNode[] body() {
        return body;
    }

    public TryRegion region() {
        return region;
    }

    public Terminator terminator() {
        return terminator;
    }

    public int firstLine() {
        return firstLine;
    }

    public int lastLine() {
        return lastLine;
    }
}
