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
 * into it, what the frame keeps alive across that await (the slots live when it resumes, from
 * {@link Liveness}: variables by name, hidden temporaries by what they hold), the lines it runs,
 * and the states it can reach next; as text, or as a Graphviz digraph ({@link #dot}).
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
        List<State> states = states(code);
        StringBuilder sb = new StringBuilder();
        sb.append(code.signature()).append("   ").append(states.size())
                .append(states.size() == 1 ? " state" : " states").append('\n');
        for (State st : states) {
            sb.append(String.format("  state %-2d %-22s", st.number, st.head));
            sb.append(String.join("; ", st.parts())).append('\n');
        }
        return sb.toString();
    }

    /** Every body's machine (or only {@code fn}'s) as one Graphviz digraph, a cluster per body. */
    public static String dot(List<AsyncCode> bodies, String fn) {
        StringBuilder sb = new StringBuilder();
        int n = 0;
        for (AsyncCode code : bodies) {
            if (fn == null || fn.equals(code.futureName()) || fn.equals(code.traceName())) {
                if (n == 0) {
                    sb.append("digraph states {\n  node [shape=box, fontname=\"monospace\"];\n"
                            + "  edge [fontname=\"monospace\"];\n");
                }
                dot(code, "m" + n++, sb);
            }
        }
        return n == 0 ? "" : sb.append("}\n").toString();
    }

    private static void dot(AsyncCode code, String id, StringBuilder sb) {
        List<State> states = states(code);
        sb.append("  subgraph cluster_").append(id).append(" {\n    label=").append(quote(code.signature()))
                .append(";\n");
        boolean anyReturns = false;
        for (State st : states) {
            List<String> lines = new ArrayList<>();
            lines.add("state " + st.number + ": " + st.head);
            if (st.kept != null) {
                lines.add(st.keeps());
            }
            if (st.runs() != null) {
                lines.add(st.runs());
            }
            sb.append("    ").append(id).append('_').append(st.number).append(" [label=")
                    .append(quote(String.join("\n", lines))).append("];\n");
            anyReturns |= st.walk.returns;
        }
        if (anyReturns) {
            sb.append("    ").append(id).append("_ready [shape=doublecircle, label=\"Ready\"];\n");
        }
        for (State st : states) {
            for (Terminator.Await a : st.walk.awaits) {
                sb.append("    ").append(id).append('_').append(st.number).append(" -> ").append(id).append('_')
                        .append(st.resumes.indexOf(a.resume)).append(" [label=")
                        .append(quote(a.source + " Pending")).append("];\n");
            }
            if (st.walk.returns) {
                sb.append("    ").append(id).append('_').append(st.number).append(" -> ").append(id)
                        .append("_ready [label=\"returns\"];\n");
            }
        }
        sb.append("  }\n");
    }

    private static String quote(String s) {
        return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + '"';
    }

    /** One state of a machine: where a poll can start. */
    private static final class State {
        int number;
        String head;
        /** What the frame keeps while suspended into this state; null for the start state. */
        List<String> kept;
        Walk walk;
        List<Integer> resumes;

        String keeps() {
            return kept.isEmpty() ? "keeps nothing" : "keeps " + String.join(", ", kept);
        }

        String runs() {
            if (walk.firstLine <= 0) {
                return null;
            }
            return walk.firstLine == walk.lastLine ? "runs line " + walk.firstLine
                    : "runs lines " + walk.firstLine + "-" + walk.lastLine;
        }

        List<String> parts() {
            List<String> parts = new ArrayList<>();
            if (kept != null) {
                parts.add(keeps());
            }
            if (runs() != null) {
                parts.add(runs());
            }
            for (Terminator.Await a : walk.awaits) {
                parts.add("suspends at " + at(a) + " " + a.source + " -> state " + resumes.indexOf(a.resume));
            }
            if (walk.returns) {
                parts.add("returns");
            }
            return parts;
        }
    }

    private static List<State> states(AsyncCode code) {
        List<Integer> starts = new ArrayList<>();
        Map<Integer, Terminator.Await> suspendsInto = new LinkedHashMap<>();
        starts.add(0);
        for (BasicBlock b : code.blocks()) {
            if (b.terminator instanceof Terminator.Await a) {
                starts.add(a.resume);
                suspendsInto.put(a.resume, a);
            }
        }
        Liveness flow = Liveness.of(code);
        Map<Integer, BitSet> kept = flow.keptAcrossAwaits();
        List<State> states = new ArrayList<>();
        for (int s = 0; s < starts.size(); s++) {
            State st = new State();
            st.number = s;
            st.resumes = starts;
            int start = starts.get(s);
            st.walk = walk(code, flow, start);
            Terminator.Await into = suspendsInto.get(start);
            st.head = s == 0 ? "start" : "resume at " + at(into);
            if (into != null) {
                st.kept = names(code, kept.get(start));
            }
            states.add(st);
        }
        return states;
    }

    /**
     * The slots as the reader knows them: variables by name, then the compiler's temporaries by
     * what they hold ("the iterator of for at 3:5").
     */
    private static List<String> names(AsyncCode code, BitSet slots) {
        List<String> named = new ArrayList<>();
        List<String> hidden = new ArrayList<>();
        Map<String, Integer> uses = new LinkedHashMap<>();
        for (int slot = slots.nextSetBit(0); slot >= 0; slot = slots.nextSetBit(slot + 1)) {
            uses.merge(code.slotNames().get(slot), 1, Integer::sum);
        }
        for (int slot = slots.nextSetBit(0); slot >= 0; slot = slots.nextSetBit(slot + 1)) {
            String name = code.slotNames().get(slot);
            if (name.startsWith("%")) {
                hidden.add(name.substring(1));
            } else if (uses.get(name) > 1) {
                named.add(name + " (of line " + code.declaredLines().get(slot) + ")");  // shadowed names
            } else {
                named.add(name);
            }
        }
        named.addAll(hidden);
        return named;
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

    private static Walk walk(AsyncCode code, Liveness flow, int start) {
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
            w.returns |= flow.returns(i);
            for (int next : flow.successors(i)) {
                if (next >= 0) {
                    todo.push(next);
                }
            }
        }
        w.awaits.sort((x, y) -> Integer.compare(x.location.line() * 10_000 + x.location.column(),
                y.location.line() * 10_000 + y.location.column()));
        return w;
    }
}
