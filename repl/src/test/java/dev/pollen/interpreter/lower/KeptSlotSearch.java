package dev.pollen.interpreter.lower;

import dev.pollen.interpreter.nodes.ExprNode;
import dev.pollen.interpreter.nodes.LoopLabel;
import dev.pollen.interpreter.nodes.SlotUses;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a frame suspended at each await must keep, found without {@link Liveness}'s dataflow: for
 * each slot on its own, a forward search from the resume block for a path that reads the slot
 * before writing it. A search point is a block and, when the path entered a finally block by an
 * error or a jump, that finally block (whose end then goes where such entries go, not on after
 * its try). The blocks' reads and writes and their edges are the same ones the machine runs.
 */
public final class KeptSlotSearch {
    private static final int NORMAL = -1;
    private final AsyncCode code;
    private final List<SlotUses> uses = new ArrayList<>();
    /** Per finally block, the targets of the jumps that run it on their way out of its try. */
    private final Map<Integer, List<Integer>> jumpsThrough = new LinkedHashMap<>();

    private KeptSlotSearch(AsyncCode code) {
        this.code = code;
        for (BasicBlock b : code.blocks()) {
            SlotUses u = new SlotUses();
            for (ExprNode node : b.body) {
                node.slotUses(u);
            }
            b.terminator.slotUses(u);
            uses.add(u);
        }
        for (BasicBlock b : code.blocks()) {
            for (int[] edge : codeJumps(b)) {
                TryRegion targetRegion = code.block(edge[0]).region;
                for (TryRegion r = b.region; r != null && r != targetRegion; r = r.parent()) {
                    if (r.finallyBlock() >= 0) {
                        jumpsThrough.computeIfAbsent(r.finallyBlock(), k -> new ArrayList<>()).add(edge[0]);
                    }
                }
            }
        }
    }

    /** The slots kept across each await of {@code code}, by resume block, found by path search. */
    public static Map<Integer, BitSet> kept(AsyncCode code) {
        return new KeptSlotSearch(code).kept();
    }

    /** The slots kept across each await of {@code code}, by resume block, as {@link Liveness} finds them. */
    public static Map<Integer, BitSet> keptByLiveness(AsyncCode code) {
        return Liveness.of(code).keptAcrossAwaits();
    }

    private Map<Integer, BitSet> kept() {
        Map<Integer, BitSet> kept = new LinkedHashMap<>();
        for (BasicBlock b : code.blocks()) {
            if (b.terminator instanceof Terminator.Await a) {
                kept.put(a.resume, new BitSet());
            }
        }
        // every way the program reaches each await: entered normally, or inside a finally entered abruptly
        for (long point : reachable()) {
            BasicBlock b = code.block(block(point));
            if (b.terminator instanceof Terminator.Await a) {
                for (int slot = 0; slot < code.slotCount(); slot++) {
                    if (slot != a.resultSlot && readsBeforeWrite(slot, point(a.resume, context(point)))
                            || onErrorReads(slot, b, context(point))) {
                        kept.get(a.resume).set(slot);
                    }
                }
            }
        }
        return kept;
    }

    private Set<Long> reachable() {
        Set<Long> seen = new HashSet<>();
        Deque<Long> todo = new ArrayDeque<>();
        todo.push(point(0, NORMAL));
        while (!todo.isEmpty()) {
            long p = todo.pop();
            if (seen.add(p)) {
                for (long[] edge : edges(p, true)) {
                    todo.push(edge[0]);
                }
            }
        }
        return seen;
    }

    /** True when some path from {@code start} reads {@code slot} before anything writes it. */
    private boolean readsBeforeWrite(int slot, long start) {
        Set<Long> seen = new HashSet<>();
        Deque<Long> todo = new ArrayDeque<>();
        todo.push(start);
        while (!todo.isEmpty()) {
            long p = todo.pop();
            if (!seen.add(p)) {
                continue;
            }
            SlotUses u = uses.get(block(p));
            if (u.readsFirst().get(slot)) {
                return true;
            }
            boolean written = u.written().get(slot);
            for (long[] edge : edges(p, !written)) {
                if (edge[1] != slot) {
                    todo.push(edge[0]);
                }
            }
        }
        return false;
    }

    private boolean onErrorReads(int slot, BasicBlock from, int context) {
        for (long[] edge : errorEdges(from, context)) {
            if (edge[1] != slot && readsBeforeWrite(slot, edge[0])) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where control may go from point {@code p}, as {point, the slot the edge writes or -1}: the
     * error edges (taken from anywhere in the block) and, when {@code andOn}, the ways its end goes.
     */
    private List<long[]> edges(long p, boolean andOn) {
        int b = block(p);
        int context = context(p);
        BasicBlock block = code.block(b);
        List<long[]> out = new ArrayList<>(errorEdges(block, context));
        if (!andOn) {
            return out;
        }
        Terminator t = block.terminator;
        if (t instanceof Terminator.EndFinally e && context >= 0 && finallyOf(e) == context) {
            for (int target : jumpsThrough.getOrDefault(context, List.of())) {
                out.add(new long[] {point(target, NORMAL), -1});
            }
            return out;  // errors and returns it carries on with leave by the error edges
        }
        int[] next = t.successors();
        for (int target : next) {
            int writes = t instanceof Terminator.Await a ? a.resultSlot : -1;
            boolean entersAgain = t instanceof Terminator.EnterFinally f && f.finallyBlock == context;
            out.add(new long[] {point(target, entersAgain ? NORMAL : context), writes});
        }
        for (int[] jump : codeJumps(block)) {
            out.add(new long[] {point(jump[0], context), jump[1]});
        }
        return out;
    }

    /** The handler and finally block of every try around {@code block}. */
    private List<long[]> errorEdges(BasicBlock block, int context) {
        List<long[]> out = new ArrayList<>();
        for (TryRegion r = block.region; r != null; r = r.parent()) {
            if (r.handler() >= 0) {
                out.add(new long[] {point(r.handler(), context), r.exceptionSlot()});
            }
            if (r.finallyBlock() >= 0) {
                out.add(new long[] {point(r.finallyBlock(), r.finallyBlock()), r.completionSlot()});
            }
        }
        return out;
    }

    /** The jumps a block makes by its terminator or by a break or continue in its code, as {target, slot written or -1}. */
    private List<int[]> codeJumps(BasicBlock b) {
        List<int[]> out = new ArrayList<>();
        if (b.terminator instanceof Terminator.Jump j) {
            out.add(new int[] {j.successors()[0], -1});
        }
        for (LoopLabel label : uses.get(b.index).breaks()) {
            if (label.breakBlock >= 0) {
                out.add(new int[] {label.breakBlock, label.resultSlot});
            }
        }
        for (LoopLabel label : uses.get(b.index).continues()) {
            if (label.continueBlock >= 0) {
                out.add(new int[] {label.continueBlock, -1});
            }
        }
        return out;
    }

    /** The finally block whose end {@code e} is. */
    private int finallyOf(Terminator.EndFinally e) {
        for (BasicBlock b : code.blocks()) {
            for (TryRegion r = b.region; r != null; r = r.parent()) {
                if (r.finallyBlock() >= 0 && r.completionSlot() == e.completionSlot) {
                    return r.finallyBlock();
                }
            }
        }
        return NORMAL;
    }

    private static long point(int block, int context) {
        return ((long) block << 32) | (context & 0xffffffffL);
    }

    private static int block(long point) {
        return (int) (point >>> 32);
    }

    private static int context(long point) {
        return (int) point;
    }
}
