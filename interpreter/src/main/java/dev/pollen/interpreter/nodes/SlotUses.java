package dev.pollen.interpreter.nodes;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * What running some code does to its frame's slots, gathered in evaluation order for the
 * liveness analysis behind {@code pollen states}: the slots it may read before it surely writes
 * them (so their values must already be there), the slots it surely writes, and the lowered
 * loops a {@code break} or {@code continue} inside it may jump to. Code that runs only
 * sometimes (a branch, a loop body, a catch) goes through {@link #maybe}: what it reads counts,
 * what it writes kills nothing after it.
 */
public final class SlotUses {
    private final BitSet readsFirst = new BitSet();
    private BitSet written = new BitSet();
    private final List<LoopLabel> breaks = new ArrayList<>();
    private final List<LoopLabel> continues = new ArrayList<>();
    private boolean returns;

    /** A read of {@code slot}. */
    public void read(int slot) {
        if (!written.get(slot)) {
            readsFirst.set(slot);
        }
    }

    /** A write of {@code slot} that replaces whatever it held. */
    public void write(int slot) {
        written.set(slot);
    }

    /** The uses of {@code node} (none when it is null). */
    public void of(ExprNode node) {
        if (node != null) {
            node.slotUses(this);
        }
    }

    public void of(ExprNode[] nodes) {
        for (ExprNode n : nodes) {
            of(n);
        }
    }

    /** Code that may or may not run: its reads count, its writes are forgotten after it. */
    public void maybe(Runnable part) {
        BitSet before = (BitSet) written.clone();
        part.run();
        written = before;
    }

    /** A {@code break} of {@code label}, which may leave the block (and sets the loop's value). */
    public void breakTo(LoopLabel label) {
        breaks.add(label);
    }

    /** A {@code continue} of {@code label}, which may leave the block. */
    public void continueTo(LoopLabel label) {
        continues.add(label);
    }

    /** The slots read before being surely written. */
    public BitSet readsFirst() {
        return readsFirst;
    }

    /** The slots surely written. */
    public BitSet written() {
        return written;
    }

    /** A {@code return} in the code, which may end the function. */
    public void returnFromFunction() {
        returns = true;
    }

    /** True when the code may {@code return} from the function. */
    public boolean returns() {
        return returns;
    }

    public List<LoopLabel> breaks() {
        return breaks;
    }

    public List<LoopLabel> continues() {
        return continues;
    }
}
