package dev.pollen.interpreter.lower;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Prints the state machines that async bodies were lowered into ({@code pollen states} and the
 * REPL's {@code :states}). A state is where a poll can start: the entry (state 0) and the block
 * after each {@code .await}. For each state it shows the source line of the await that suspends
 * into it, the named variables it keeps alive across that await, the lines it runs, and the
 * states it can reach next.
 */
public final class StatesPrinter {
    private StatesPrinter() {}

    /** Every body's machine, or only those of the function named {@code fn} when it is not null. */
    public static String print(List<AsyncCode> bodies, String fn) {
        StringBuilder sb = new StringBuilder();
        for (AsyncCode code : bodies) {
            if (fn == null || fn.equals(code.futureName()) || fn.equals(code.traceName())) {
                if (sb.length() > 0) {
                    sb.append('\n');
                }
                sb.append(print(code));
            }
        }
        return sb.toString();
    }

    static String print(AsyncCode code) {
        List<Integer> starts = new ArrayList<>();
        Map<Integer, Terminator.Await> suspendsInto = new LinkedHashMap<>();
        starts.add(0);
        for (BasicBlock b : code.blocks()) {
            if (b.terminator instanceof Terminator.Await a) {
                starts.add(a.resume);
                suspendsInto.put(a.resume, a);
            }
        }
        StringBuilder sb = new StringBuilder();
        sb.append(code.signature()).append("   ").append(starts.size())
                .append(starts.size() == 1 ? " state" : " states").append('\n');
        for (int s = 0; s < starts.size(); s++) {
            int start = starts.get(s);
            Walk walk = walk(code, start, starts);
            Terminator.Await into = suspendsInto.get(start);
            String head = s == 0 ? "start" : "resume at " + at(into);
            sb.append(String.format("  state %-2d %-22s", s, head));
            List<String> parts = new ArrayList<>();
            if (into != null) {
                Set<String> kept = kept(code, start, starts, into);
                parts.add(kept.isEmpty() ? "keeps nothing" : "keeps " + String.join(", ", kept));
            }
            if (walk.firstLine > 0) {
                parts.add(walk.firstLine == walk.lastLine ? "runs line " + walk.firstLine
                        : "runs lines " + walk.firstLine + "-" + walk.lastLine);
            }
            for (Terminator.Await a : walk.awaits) {
                parts.add("suspends at " + at(a) + " " + a.source + " -> state " + starts.indexOf(a.resume));
            }
            if (walk.returns) {
                parts.add("returns");
            }
            sb.append(String.join("; ", parts)).append('\n');
        }
        return sb.toString();
    }

    private static String at(Terminator.Await a) {
        return a.location.line() + ":" + a.location.column();
    }

    /** What one state runs before it returns or suspends. */
    private static final class Walk {
        int firstLine;
        int lastLine;
        boolean returns;
        final List<Terminator.Await> awaits = new ArrayList<>();
    }

    private static Walk walk(AsyncCode code, int start, List<Integer> starts) {
        Walk w = new Walk();
        BitSet seen = new BitSet();
        Deque<Integer> todo = new ArrayDeque<>();
        todo.push(start);
        while (!todo.isEmpty()) {
            int i = todo.pop();
            if (seen.get(i)) {
                continue;
            }
            seen.set(i);
            BasicBlock b = code.block(i);
            if (b.firstLine > 0) {
                w.firstLine = w.firstLine == 0 ? b.firstLine : Math.min(w.firstLine, b.firstLine);
                w.lastLine = Math.max(w.lastLine, b.lastLine);
            }
            Terminator t = b.terminator;
            if (t instanceof Terminator.Await a) {
                if (!w.awaits.contains(a)) {
                    w.awaits.add(a);
                }
                continue;
            }
            if (t instanceof Terminator.Return || t instanceof Terminator.EndFinally) {
                w.returns |= t instanceof Terminator.Return;
            }
            for (int next : t.successors()) {
                if (next >= 0) {
                    todo.push(next);
                }
            }
        }
        w.awaits.sort((x, y) -> Integer.compare(x.location.line() * 10_000 + x.location.column(),
                y.location.line() * 10_000 + y.location.column()));
        return w;
    }

    /**
     * The named variables used from this state on (through later states too) that were declared
     * on a line before the await suspending into it: what the frame must keep across that await.
     */
    private static Set<String> kept(AsyncCode code, int start, List<Integer> starts, Terminator.Await into) {
        Set<Integer> used = new TreeSet<>();
        BitSet seen = new BitSet();
        Deque<Integer> todo = new ArrayDeque<>();
        todo.push(start);
        while (!todo.isEmpty()) {
            int i = todo.pop();
            if (seen.get(i)) {
                continue;
            }
            seen.set(i);
            BasicBlock b = code.block(i);
            for (int slot : b.usedSlots) {
                used.add(slot);
            }
            for (int next : b.terminator.successors()) {
                if (next >= 0) {
                    todo.push(next);
                }
            }
        }
        Set<String> names = new LinkedHashSet<>();
        for (int slot : used) {
            String name = code.slotNames().get(slot);
            int declared = code.declaredLines().get(slot);
            if (!name.startsWith("%") && declared > 0 && declared < into.location.line()) {
                names.add(name);
            }
        }
        return names;
    }
}
