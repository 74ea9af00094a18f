package dev.pollen.interpreter.nodes;

import dev.pollen.runtime.value.ErrorKind;
import dev.pollen.runtime.value.Location;
import dev.pollen.runtime.value.PollenException;

/** Reading and writing variables: frame slots, captured Cells, and module globals. */
public final class VariableNodes {
    private VariableNodes() {}

    /** A plain local: the value lives in the slot. */
    public static final class ReadLocal extends ExprNode {
        private final int slot;

        public int slot() {
            return slot;
        }

        public ReadLocal(int slot) {
            this.slot = slot;
        }

        @Override
        public void slotUses(SlotUses uses) {
            uses.read(slot);
        }

        @Override
        public Object execute(Frame frame) {
            return frame.slots[slot];
        }

        @Override
        public boolean isPure() {
            return true;
        }
    }

    /** A captured local: the slot holds the Cell shared with closures. */
    public static final class ReadCell extends ExprNode {
        private final int slot;

        public int slot() {
            return slot;
        }

        public ReadCell(int slot) {
            this.slot = slot;
        }

        @Override
        public void slotUses(SlotUses uses) {
            uses.read(slot);
        }

        @Override
        public Object execute(Frame frame) {
            return ((Cell) frame.slots[slot]).get();
        }
    }

    public static final class ReadGlobal extends ExprNode {
        private static final Object UNDEFINED = new Object();
        private final GlobalCell cell;
        private final Location location;

        public ReadGlobal(GlobalCell cell, Location location) {
            this.cell = cell;
            this.location = location;
        }

        @Override
        public void slotUses(SlotUses uses) {
            // a module global lives outside the frame
        }

        @Override
        public Object execute(Frame frame) {
            return read();
        }

        /** The global's value, read once; a NameError while it is not yet defined. */
        public Object read() {
            Object v = cell.getOr(UNDEFINED);
            if (v == UNDEFINED) {
                throw PollenException.of(ErrorKind.NAME, "name `" + cell.name() + "` is not defined")
                        .locateIfAbsent(location);
            }
            return v;
        }
    }

    /** Where a binding or an assignment stores a value. */
    public interface Binder {
        /** Introduces a new binding ({@code let}, a parameter, a loop variable, a pattern name). */
        void declare(Frame frame, Object value);

        /** Assigns to an existing binding. */
        void assign(Frame frame, Object value);

        /** The slots {@link #declare} reads and writes. */
        void declareUses(SlotUses uses);

        /** The slots {@link #assign} reads and writes (a Cell's slot is read, not replaced). */
        void assignUses(SlotUses uses);
    }

    public record LocalBinder(int slot) implements Binder {
        @Override
        public void declareUses(SlotUses uses) {
            uses.write(slot);
        }

        @Override
        public void assignUses(SlotUses uses) {
            uses.write(slot);
        }

        @Override
        public void declare(Frame frame, Object value) {
            frame.slots[slot] = value;
        }

        @Override
        public void assign(Frame frame, Object value) {
            frame.slots[slot] = value;
        }
    }

    /** A captured local: each declaration makes a fresh Cell (so each loop iteration has its own). */
    public record CellBinder(int slot) implements Binder {
        @Override
        public void declareUses(SlotUses uses) {
            uses.write(slot);
        }

        @Override
        public void assignUses(SlotUses uses) {
            uses.read(slot);
        }

        @Override
        public void declare(Frame frame, Object value) {
            frame.slots[slot] = new Cell(value);
        }

        @Override
        public void assign(Frame frame, Object value) {
            ((Cell) frame.slots[slot]).set(value);
        }
    }

    /**
     * A captured local whose Cell was made when its block was entered (because a hoisted local
     * {@code fn} captures it before its {@code let} runs): the declaration fills that Cell.
     */
    public record PresetCellBinder(int slot) implements Binder {
        @Override
        public void declareUses(SlotUses uses) {
            uses.read(slot);
        }

        @Override
        public void assignUses(SlotUses uses) {
            uses.read(slot);
        }

        @Override
        public void declare(Frame frame, Object value) {
            ((Cell) frame.slots[slot]).set(value);
        }

        @Override
        public void assign(Frame frame, Object value) {
            ((Cell) frame.slots[slot]).set(value);
        }
    }

    /** Gives a block's preset captured locals their Cells when the block is entered. */
    public static final class PresetCells extends ExprNode {
        private final int[] slots;

        public PresetCells(int[] slots) {
            this.slots = slots;
        }

        /** The slots that get a fresh Cell. */
        public int[] slots() {
            return slots.clone();
        }

        @Override
        public void slotUses(SlotUses uses) {
            for (int slot : slots) {
                uses.write(slot);
            }
        }

        @Override
        public Object execute(Frame frame) {
            for (int slot : slots) {
                frame.slots[slot] = new Cell(null);
            }
            return null;
        }
    }

    public record GlobalBinder(GlobalCell cell) implements Binder {
        @Override
        public void declareUses(SlotUses uses) {
            // a module global lives outside the frame
        }

        @Override
        public void assignUses(SlotUses uses) {
            // a module global lives outside the frame
        }

        @Override
        public void declare(Frame frame, Object value) {
            cell.define(value);
        }

        @Override
        public void assign(Frame frame, Object value) {
            if (!cell.isDefined()) {
                throw PollenException.of(ErrorKind.NAME, "name `" + cell.name() + "` is not defined");
            }
            cell.define(value);
        }
    }

    /** {@code name = value} (and the value of an assignment expression is nil). */
    public static final class Assign extends ExprNode {
        private final Binder target;
        private final ExprNode value;
        private final Location location;

        public Binder target() {
            return target;
        }

        public ExprNode value() {
            return value;
        }

        public Assign(Binder target, ExprNode value, Location location) {
            this.target = target;
            this.value = value;
            this.location = location;
        }

        @Override
        public void slotUses(SlotUses uses) {
            uses.of(value);
            target.assignUses(uses);
        }

        @Override
        public Object execute(Frame frame) {
            store(frame, value.execute(frame));
            return null;
        }

        /** Assigns the evaluated value; an error (an undefined global) is placed here. */
        public void store(Frame frame, Object v) {
            try {
                target.assign(frame, v);
            } catch (PollenException e) {
                throw e.locateIfAbsent(location);
            }
        }
    }
}
