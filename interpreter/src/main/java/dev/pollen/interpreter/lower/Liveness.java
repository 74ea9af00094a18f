package dev.pollen.interpreter.lower;

import dev.pollen.interpreter.nodes.ExprNode;
import dev.pollen.interpreter.nodes.LoopLabel;
import dev.pollen.interpreter.nodes.SlotUses;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which slots of a state machine's frame are live where: a slot is live at a point when some
 * path from there reads it before writing it. The analysis runs backwards over the basic blocks
 * to a fixed point, from what each block's nodes read and write ({@link SlotUses}). What a
 * suspended frame must keep across an {@code .await} is what is live when it resumes: live-in of
 * the resume block (less the await's result, written on resuming), plus what the try handlers
 * around the await need, since the awaited future may fail instead.
 *
 * <p>Control also leaves a block by ways its terminator does not name: an error to the handler
 * or finally block of its try regions (from any point in the block, so what they need is live
 * at its start), a {@code break}/{@code continue} in synchronous code to a lowered loop's block,
 * and the end of a finally block to wherever the jumps that went through it were going.
 */
public final class Liveness {
    private final AsyncCode code;
    private final BitSet[] gen;
    private final BitSet[] kill;
    /** Per block, its edges as {target, the slot the edge writes or -1}. */
    private final List<List<int[]>> successors = new ArrayList<>();
    private final BitSet[] liveIn;
    private final BitSet returning = new BitSet();

    private Liveness(AsyncCode code) {
        this.code = code;
        int n = code.blocks().size();
        gen = new BitSet[n];
        kill = new BitSet[n];
        liveIn = new BitSet[n];
        List<SlotUses> uses = new ArrayList<>();
        for (BasicBlock b : code.blocks()) {
            SlotUses u = new SlotUses();
            for (ExprNode node : b.body) {
                node.slotUses(u);
            }
            b.terminator.slotUses(u);
            gen[b.index] = u.readsFirst();
            kill[b.index] = u.written();
            liveIn[b.index] = new BitSet();
            uses.add(u);
            if (u.returns() || b.terminator instanceof Terminator.Return) {
                returning.set(b.index);
            }
            List<int[]> next = new ArrayList<>();
            if (!(b.terminator instanceof Terminator.Await)) {
                for (int s : b.terminator.successors()) {
                    next.add(new int[] {s, -1});
                }
            }
            successors.add(next);
        }
        for (BasicBlock b : code.blocks()) {
            // a break or continue in synchronous code is caught by the state machine, which sets
            // the loop's value on a break and goes to the lowered loop's block
            for (LoopLabel label : uses.get(b.index).breaks()) {
                jumpFromCode(b, label.breakBlock, label.resultSlot);
            }
            for (LoopLabel label : uses.get(b.index).continues()) {
                jumpFromCode(b, label.continueBlock, -1);
            }
            if (b.terminator instanceof Terminator.Jump j) {
                throughFinally(b, j.successors()[0]);
            }
        }
        solve();
    }

    /** The liveness of {@code code}'s blocks. */
    public static Liveness of(AsyncCode code) {
        return new Liveness(code);
    }

    private void jumpFromCode(BasicBlock from, int target, int writes) {
        if (target >= 0) {  // else the loop was not lowered: the jump stays inside the block's code
            successors.get(from.index).add(new int[] {target, writes});
            throughFinally(from, target);
        }
    }

    /** A jump from {@code from} to {@code target} runs the finally blocks it leaves, which then go on there. */
    private void throughFinally(BasicBlock from, int target) {
        TryRegion targetRegion = code.block(target).region;
        for (TryRegion r = from.region; r != null && r != targetRegion; r = r.parent()) {
            if (r.finallyBlock() < 0) {
                continue;
            }
            for (BasicBlock b : code.blocks()) {
                if (b.terminator instanceof Terminator.EndFinally e && e.completionSlot == r.completionSlot()) {
                    successors.get(b.index).add(new int[] {target, -1});
                }
            }
        }
    }

    private void solve() {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int i = code.blocks().size() - 1; i >= 0; i--) {
                BasicBlock b = code.block(i);
                BitSet out = new BitSet();
                if (b.terminator instanceof Terminator.Await a) {
                    out.or(keptAt(a, b));
                }
                for (int[] edge : successors.get(i)) {
                    BitSet next = liveIn[edge[0]];
                    if (edge[1] >= 0 && next.get(edge[1])) {
                        next = (BitSet) next.clone();
                        next.clear(edge[1]);
                    }
                    out.or(next);
                }
                out.andNot(kill[i]);
                out.or(gen[i]);
                out.or(onError(b.region));
                if (!out.equals(liveIn[i])) {
                    liveIn[i] = out;
                    changed = true;
                }
            }
        }
    }

    /** What the handlers and finally blocks of {@code region} and its parents need when an error reaches them. */
    private BitSet onError(TryRegion region) {
        BitSet live = new BitSet();
        for (TryRegion r = region; r != null; r = r.parent()) {
            if (r.handler() >= 0) {
                BitSet h = (BitSet) liveIn[r.handler()].clone();
                h.clear(r.exceptionSlot());
                live.or(h);
            }
            if (r.finallyBlock() >= 0) {
                BitSet f = (BitSet) liveIn[r.finallyBlock()].clone();
                f.clear(r.completionSlot());
                live.or(f);
            }
        }
        return live;
    }

    private BitSet keptAt(Terminator.Await a, BasicBlock from) {
        BitSet kept = (BitSet) liveIn[a.resume].clone();
        kept.clear(a.resultSlot);
        kept.or(onError(from.region));
        return kept;
    }

    /** The slots a frame suspended at each await must keep, by the await's resume block, in block order. */
    public Map<Integer, BitSet> keptAcrossAwaits() {
        Map<Integer, BitSet> kept = new LinkedHashMap<>();
        for (BasicBlock b : code.blocks()) {
            if (b.terminator instanceof Terminator.Await a) {
                kept.put(a.resume, keptAt(a, b));
            }
        }
        return kept;
    }

    /**
     * Tells each await of {@code code} which slots are dead while suspended there, so that its
     * frame lets go of them (called once, when the body has been lowered).
     */
    public static void markDropped(AsyncCode code) {
        Map<Integer, BitSet> kept = of(code).keptAcrossAwaits();
        for (BasicBlock b : code.blocks()) {
            if (b.terminator instanceof Terminator.Await a) {
                BitSet dead = new BitSet();
                dead.set(0, code.slotCount());
                dead.andNot(kept.get(a.resume));
                a.dropped = dead.stream().toArray();
            }
        }
    }

    /**
     * The blocks control may go to from block {@code index} without suspending: its terminator's
     * targets and the lowered loops its synchronous code may break or continue to (an await's
     * resume block is not among them).
     */
    public int[] successors(int index) {
        return successors.get(index).stream().mapToInt(edge -> edge[0]).distinct().toArray();
    }

    /** True when block {@code index} may return from the function (by its terminator or a {@code return} in its code). */
    public boolean returns(int index) {
        return returning.get(index);
    }

    /** The slots live on entry to block {@code index}. */
    public BitSet liveIn(int index) {
        return (BitSet) liveIn[index].clone();
    }
}
