package dev.pollen.interpreter.nodes;

import dev.pollen.runtime.value.Location;
import dev.pollen.runtime.value.PList;
import dev.pollen.runtime.value.PMap;
import dev.pollen.runtime.value.PRange;
import dev.pollen.runtime.value.PollenException;
import dev.pollen.runtime.value.Printer;
import dev.pollen.runtime.value.Sizes;
import dev.pollen.runtime.value.Values;

/** Nodes that make values: literals, list and map literals, ranges, interpolated strings. */
public final class ValueNodes {
    private ValueNodes() {}

    public static final class Literal extends ExprNode {
        private final Object value;

        public Literal(Object value) {
            this.value = value;
        }

        public Object value() {
            return value;
        }

        @Override
        public void slotUses(SlotUses uses) {
            // a constant touches no slot
        }

        @Override
        public Object execute(Frame frame) {
            return value;
        }

        @Override
        public boolean isPure() {
            return true;
        }
    }

    public static final class ListLit extends ExprNode {
        private final ExprNode[] items;

        public ListLit(ExprNode[] items) {
            this.items = items;
        }

        @Override
        public void slotUses(SlotUses uses) {
            uses.of(items);
        }

        public ExprNode[] items() {
            return items;
        }

        @Override
        public Object execute(Frame frame) {
            PList list = new PList(items.length);
            for (ExprNode item : items) {
                list.add(item.execute(frame));
            }
            return list;
        }
    }

    public static final class MapLit extends ExprNode {
        private final ExprNode[] keys;
        private final ExprNode[] values;
        private final Location location;

        public MapLit(ExprNode[] keys, ExprNode[] values, Location location) {
            this.keys = keys;
            this.values = values;
            this.location = location;
        }

        @Override
        public void slotUses(SlotUses uses) {
            for (int i = 0; i < keys.length; i++) {
                uses.of(keys[i]);
                uses.of(values[i]);
            }
        }

        @Override
        public Object execute(Frame frame) {
            PMap map = new PMap(keys.length);
            for (int i = 0; i < keys.length; i++) {
                Object k = keys[i].execute(frame);
                put(map, k, values[i].execute(frame));
            }
            return map;
        }

        public ExprNode[] keys() {
            return keys;
        }

        public ExprNode[] values() {
            return values;
        }

        /** Adds one entry, an error (an unhashable key) placed at the literal. */
        public void put(PMap map, Object k, Object v) {
            try {
                map.put(k, v);
            } catch (PollenException e) {
                throw e.locateIfAbsent(location);
            }
        }
    }

    public static final class Range extends ExprNode {
        private final ExprNode start;
        private final ExprNode end;
        private final boolean inclusive;
        private final Location location;

        public Range(ExprNode start, ExprNode end, boolean inclusive, Location location) {
            this.start = start;
            this.end = end;
            this.inclusive = inclusive;
            this.location = location;
        }

        @Override
        public void slotUses(SlotUses uses) {
            uses.of(start);
            uses.of(end);
        }

        @Override
        public Object execute(Frame frame) {
            Object s = start.execute(frame);
            return of(s, end.execute(frame));
        }

        public ExprNode start() {
            return start;
        }

        public ExprNode end() {
            return end;
        }

        /** The range from evaluated bounds: both must be ints. */
        public PRange of(Object s, Object e) {
            if (s instanceof Long a && e instanceof Long b) {
                return new PRange(a, b, inclusive);
            }
            throw PollenException.typeError("a range needs two ints, not " + Values.typeOf(s) + " and " + Values.typeOf(e))
                    .locateIfAbsent(location);
        }
    }

    /** {@code "t = ${now()} ms"}: the str of each part, joined. */
    public static final class Interpolation extends ExprNode {
        private final ExprNode[] parts;

        public Interpolation(ExprNode[] parts) {
            this.parts = parts;
        }

        @Override
        public void slotUses(SlotUses uses) {
            uses.of(parts);
        }

        @Override
        public Object execute(Frame frame) {
            StringBuilder sb = new StringBuilder();
            for (ExprNode part : parts) {
                append(sb, part.execute(frame));
            }
            return sb.toString();
        }

        public ExprNode[] parts() {
            return parts;
        }

        /** Appends the str of one evaluated part, within the string size limit. */
        public static void append(StringBuilder sb, Object v) {
            Sizes.append(sb, v instanceof String s ? s : Printer.str(v), "string interpolation");
        }
    }
}
