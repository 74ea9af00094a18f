package dev.pollen.interpreter.lower;

import dev.pollen.interpreter.nodes.ExprNode;
import dev.pollen.interpreter.nodes.LoopLabel;
import dev.pollen.interpreter.nodes.SlotUses;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Deque;
import java.util.HashMap;
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
 * and the end of a finally block to wherever the jump, return or error that entered it was
 * going. A finally block entered normally carries on after its try, one entered abruptly never
 * does, so the blocks of each finally body are analysed twice: as entered normally (the blocks
 * themselves) and as entered abruptly (a copy, reached from the errors and jumps that run it).
 */
public final class Liveness {
    private final AsyncCode code;
    private final int blocks;
    /** For each analysed node: its block, and the finally block whose abrupt entry it is a copy for (-1: none). */
    private final List<Integer> blockOf = new ArrayList<>();
    private final List<Integer> contextOf = new ArrayList<>();
    private final Map<Long, Integer> copies = new HashMap<>();
    private final BitSet[] gen;
    private final BitSet[] kill;
    /** Per block, its edges to blocks as {target, the slot the edge writes or -1}. */
    private final List<List<int[]>> edges = new ArrayList<>();
    /** Per finally block, where the jumps that run it go afterwards. */
    private final Map<Integer, List<Integer>> jumpsThrough = new HashMap<>();
    /** Per finally block, the blocks of its body (up to its EndFinally). */
    private final Map<Integer, BitSet> finallyBodies = new HashMap<>();
    private final Map<Integer, Integer> finallyOfCompletion = new HashMap<>();
    private final BitSet returning = new BitSet();
    /** The blocks a break or continue in synchronous code goes to (through the machine's routing). */
    private final BitSet jumpedToFromCode = new BitSet();
    private BitSet[] liveIn;

    private Liveness(AsyncCode code) {
        this.code = code;
        this.blocks = code.blocks().size();
        gen = new BitSet[blocks];
        kill = new BitSet[blocks];
        List<SlotUses> uses = new ArrayList<>();
        for (BasicBlock b : code.blocks()) {
            SlotUses u = new SlotUses();
            for (ExprNode node : b.body) {
                node.slotUses(u);
            }
            b.terminator.slotUses(u);
            gen[b.index] = u.readsFirst();
            kill[b.index] = u.written();
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
            edges.add(next);
            for (TryRegion r = b.region; r != null; r = r.parent()) {
                if (r.finallyBlock() >= 0) {
                    finallyOfCompletion.put(r.completionSlot(), r.finallyBlock());
                }
            }
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
        for (int finallyBlock : finallyOfCompletion.values()) {
            finallyBodies.put(finallyBlock, body(finallyBlock));
        }
        for (int i = 0; i < blocks; i++) {
            blockOf.add(i);
            contextOf.add(-1);
        }
        for (Map.Entry<Integer, BitSet> f : finallyBodies.entrySet()) {
            for (int b = f.getValue().nextSetBit(0); b >= 0; b = f.getValue().nextSetBit(b + 1)) {
                copies.put(key(f.getKey(), b), blockOf.size());
                blockOf.add(b);
                contextOf.add(f.getKey());
            }
        }
        solve();
    }

    /** The liveness of {@code code}'s blocks. */
    public static Liveness of(AsyncCode code) {
        return new Liveness(code);
    }

    private static long key(int context, int block) {
        return ((long) context << 32) | block;
    }

    private void jumpFromCode(BasicBlock from, int target, int writes) {
        if (target >= 0) {  // else the loop was not lowered: the jump stays inside the block's code
            jumpedToFromCode.set(target);
            edges.get(from.index).add(new int[] {target, writes});
            throughFinally(from, target);
        }
    }

    /** A jump from {@code from} to {@code target} runs the finally blocks it leaves, which then go on there. */
    private void throughFinally(BasicBlock from, int target) {
        TryRegion targetRegion = code.block(target).region;
        for (TryRegion r = from.region; r != null && r != targetRegion; r = r.parent()) {
            if (r.finallyBlock() >= 0) {
                jumpsThrough.computeIfAbsent(r.finallyBlock(), k -> new ArrayList<>()).add(target);
            }
        }
    }

    /**
     * The blocks of a finally body: those on a path from its first block to its EndFinally
     * (through its awaits and the handlers of the trys inside it) that does not pass either end
     * again. A jump out of the body (a break
     * to a loop around the try) is not on such a path, so it leads back to the blocks as they
     * are, entered normally.
     */
    private BitSet body(int finallyBlock) {
        BitSet ends = new BitSet();
        BitSet forward = new BitSet();
        Deque<Integer> todo = new ArrayDeque<>();
        todo.push(finallyBlock);
        while (!todo.isEmpty()) {
            int b = todo.pop();
            if (forward.get(b)) {
                continue;
            }
            forward.set(b);
            if (endsFinally(b, finallyBlock)) {
                ends.set(b);
                continue;
            }
            for (int next : next(b)) {
                todo.push(next);
            }
        }
        BitSet backward = new BitSet();
        for (int e = ends.nextSetBit(0); e >= 0; e = ends.nextSetBit(e + 1)) {
            todo.push(e);
        }
        while (!todo.isEmpty()) {
            int b = todo.pop();
            if (backward.get(b)) {
                continue;
            }
            backward.set(b);
            if (b == finallyBlock) {
                continue;
            }
            for (int p = 0; p < blocks; p++) {
                if (forward.get(p) && !endsFinally(p, finallyBlock) && contains(next(p), b)) {
                    todo.push(p);
                }
            }
        }
        forward.and(backward);
        return forward;
    }

    private boolean endsFinally(int block, int finallyBlock) {
        return code.block(block).terminator instanceof Terminator.EndFinally e
                && finallyOfCompletion.get(e.completionSlot) == finallyBlock;
    }

    /** The blocks control may reach next from {@code block}: an await's resume block and its try handlers included. */
    private int[] next(int block) {
        List<Integer> next = new ArrayList<>();
        for (int[] edge : edges.get(block)) {
            next.add(edge[0]);
        }
        BasicBlock b = code.block(block);
        if (b.terminator instanceof Terminator.Await a) {
            next.add(a.resume);
        }
        for (TryRegion r = b.region; r != null; r = r.parent()) {
            next.add(r.handler());
            next.add(r.finallyBlock());
        }
        return next.stream().mapToInt(Integer::intValue).filter(i -> i >= 0).toArray();
    }

    private static boolean contains(int[] xs, int x) {
        for (int v : xs) {
            if (v == x) {
                return true;
            }
        }
        return false;
    }

    /** The node of {@code block} as analysed in {@code context} (a copy when the block belongs to that finally body). */
    private int node(int context, int block) {
        if (context >= 0 && finallyBodies.get(context).get(block)) {
            return copies.get(key(context, block));
        }
        return block;
    }

    /** Where control goes from a node without suspending, as {node, the slot the edge writes or -1}. */
    private List<int[]> successorsOf(int node) {
        int b = blockOf.get(node);
        int context = contextOf.get(node);
        List<int[]> out = new ArrayList<>();
        if (code.block(b).terminator instanceof Terminator.EndFinally e) {
            int finallyBlock = finallyOfCompletion.get(e.completionSlot);
            if (finallyBlock == context) {
                // entered abruptly: on to where the jumps through it go (errors and returns leave by onError)
                for (int target : jumpsThrough.getOrDefault(finallyBlock, List.of())) {
                    out.add(new int[] {target, -1});
                }
                return out;
            }
        }
        for (int[] edge : edges.get(b)) {
            out.add(new int[] {node(context, edge[0]), edge[1]});
        }
        return out;
    }

    private void solve() {
        int n = blockOf.size();
        liveIn = new BitSet[n];
        for (int i = 0; i < n; i++) {
            liveIn[i] = new BitSet();
        }
        List<List<int[]>> successors = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            successors.add(successorsOf(i));
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int i = n - 1; i >= 0; i--) {
                int b = blockOf.get(i);
                BasicBlock block = code.block(b);
                BitSet out = new BitSet();
                if (block.terminator instanceof Terminator.Await a) {
                    out.or(keptAt(a, block, contextOf.get(i)));
                }
                for (int[] edge : successors.get(i)) {
                    BitSet next = liveIn[edge[0]];
                    if (edge[1] >= 0 && next.get(edge[1])) {
                        next = (BitSet) next.clone();
                        next.clear(edge[1]);
                    }
                    out.or(next);
                }
                out.andNot(kill[b]);
                out.or(gen[b]);
                out.or(onError(block.region, contextOf.get(i)));
                if (!out.equals(liveIn[i])) {
                    liveIn[i] = out;
                    changed = true;
                }
            }
        }
    }

    /**
     * What the handlers and finally blocks of {@code region} and its parents need when an error
     * (or a jump or return, which also run the finally blocks they leave) reaches them; a handler
     * inside a finally body is taken as analysed in {@code context}.
     */
    private BitSet onError(TryRegion region, int context) {
        BitSet live = new BitSet();
        for (TryRegion r = region; r != null; r = r.parent()) {
            if (r.handler() >= 0) {
                BitSet h = (BitSet) liveIn[node(context, r.handler())].clone();
                h.clear(r.exceptionSlot());
                live.or(h);
            }
            if (r.finallyBlock() >= 0) {
                BitSet f = (BitSet) liveIn[node(r.finallyBlock(), r.finallyBlock())].clone();
                f.clear(r.completionSlot());
                live.or(f);
            }
        }
        return live;
    }

    private BitSet keptAt(Terminator.Await a, BasicBlock from, int context) {
        BitSet kept = (BitSet) liveIn[node(context, a.resume)].clone();
        kept.clear(a.resultSlot);
        kept.or(onError(from.region, context));
        return kept;
    }

    /**
     * The slots a frame suspended at each await must keep, by the await's resume block, in block
     * order; for an await in a finally body, whichever way the finally block was entered.
     */
    public Map<Integer, BitSet> keptAcrossAwaits() {
        Map<Integer, BitSet> kept = new LinkedHashMap<>();
        for (int i = 0; i < blockOf.size(); i++) {
            BasicBlock b = code.block(blockOf.get(i));
            if (b.terminator instanceof Terminator.Await a) {
                kept.computeIfAbsent(a.resume, k -> new BitSet()).or(keptAt(a, b, contextOf.get(i)));
            }
        }
        Map<Integer, BitSet> inBlockOrder = new LinkedHashMap<>();
        for (BasicBlock b : code.blocks()) {
            if (b.terminator instanceof Terminator.Await a) {
                inBlockOrder.put(a.resume, kept.get(a.resume));
            }
        }
        return inBlockOrder;
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
     * targets, the lowered loops its synchronous code may break or continue to, and, for the end
     * of a finally block, where the jumps through it go (an await's resume block is not among them).
     */
    public int[] successors(int index) {
        List<Integer> out = new ArrayList<>();
        for (int[] edge : edges.get(index)) {
            out.add(edge[0]);
        }
        if (code.block(index).terminator instanceof Terminator.EndFinally e) {
            out.addAll(jumpsThrough.getOrDefault(finallyOfCompletion.get(e.completionSlot), List.of()));
        }
        return out.stream().mapToInt(Integer::intValue).distinct().toArray();
    }

    /** True when block {@code index} may return from the function (by its terminator or a {@code return} in its code). */
    public boolean returns(int index) {
        return returning.get(index);
    }

    /**
     * The blocks the state machine's dispatch loop may enter: the first, each await's resume
     * block, the catch and finally blocks of the try regions, the targets of the terminators that
     * return to the loop (a lowered loop's break or continue, the entry and the end of a finally
     * block) and of a break or continue in synchronous code. Every other block is only reached by
     * a goto or branch from the block before it, within one run of the generated code.
     */
    public BitSet entries() {
        BitSet entered = new BitSet();
        entered.set(0);
        entered.or(jumpedToFromCode);
        for (BasicBlock b : code.blocks()) {
            Terminator t = b.terminator;
            if (t instanceof Terminator.Await a) {
                entered.set(a.resume);
            } else if (!(t instanceof Terminator.Goto || t instanceof Terminator.Branch)) {
                for (int target : t.successors()) {
                    entered.set(target);
                }
            }
            for (TryRegion r = b.region; r != null; r = r.parent()) {
                if (r.handler() >= 0) {
                    entered.set(r.handler());
                }
                if (r.finallyBlock() >= 0) {
                    entered.set(r.finallyBlock());
                }
            }
        }
        return entered;
    }

    /**
     * The slots live on entry to any of {@code blocks}, however each was entered (a finally block
     * normally or abruptly). For the dispatch loop's {@link #entries}: what a machine must keep
     * between runs of its blocks, across awaits among them (what it keeps at each await, the
     * resume block's and the handlers' needs, is part of it); the others are only live within one run.
     */
    public BitSet liveAt(BitSet blocks) {
        BitSet live = new BitSet();
        for (int n = 0; n < blockOf.size(); n++) {
            if (blocks.get(blockOf.get(n))) {
                live.or(liveIn[n]);
            }
        }
        return live;
    }

    /** The slots live on entry to block {@code index}, entered normally. */
    public BitSet liveIn(int index) {
        return (BitSet) liveIn[index].clone();
    }
}
