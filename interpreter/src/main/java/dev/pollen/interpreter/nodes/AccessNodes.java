package dev.pollen.interpreter.nodes;

import dev.pollen.runtime.value.ErrorKind;
import dev.pollen.runtime.value.ErrorValue;
import dev.pollen.runtime.value.FieldAccess;
import dev.pollen.runtime.value.Indexing;
import dev.pollen.runtime.value.Location;
import dev.pollen.runtime.value.ModuleValue;
import dev.pollen.runtime.value.PList;
import dev.pollen.runtime.value.PollenException;
import dev.pollen.runtime.value.StructInstance;
import dev.pollen.runtime.value.Values;

/** Fields ({@code obj.f}) and indexing ({@code xs[i]}), read, assigned and compound-assigned. */
public final class AccessNodes {
    private AccessNodes() {}

    /** Reads a field of a struct, a module, an error value or a runtime object with fields. */
    static Object getField(Object target, String name) {
        if (target instanceof StructInstance s) {
            int i = s.type().fieldIndex(name);
            if (i < 0) {
                throw PollenException.of(ErrorKind.KEY, s.type().name() + " has no field `" + name + "`");
            }
            return s.get(i);
        }
        if (target instanceof ModuleValue m) {
            return m.get(name);
        }
        if (target instanceof FieldAccess f) {
            return f.getField(name);
        }
        if (target instanceof ErrorValue e) {
            switch (name) {
                case "kind":
                    return e.kind();
                case "message":
                    return e.message();
                default:
                    break;
            }
        }
        throw PollenException.typeError(Values.typeOf(target) + " has no field `" + name + "`");
    }

    static void setField(Object target, String name, Object value) {
        if (target instanceof StructInstance s) {
            int i = s.type().fieldIndex(name);
            if (i < 0) {
                throw PollenException.of(ErrorKind.KEY, s.type().name() + " has no field `" + name + "`");
            }
            s.set(i, value);
            return;
        }
        if (target instanceof FieldAccess f) {
            f.setField(name, value);
            return;
        }
        throw PollenException.typeError("cannot assign to field `" + name + "` of " + Values.typeOf(target));
    }

    static Object getIndex(Object target, Object index) {
        if (target instanceof PList list && index instanceof Long i) {
            return list.get(i);
        }
        return Indexing.get(target, index);
    }

    public static final class Field extends ExprNode {
        private final ExprNode target;
        private final String name;
        private final Location location;

        public Field(ExprNode target, String name, Location location) {
            this.target = target;
            this.name = name;
            this.location = location;
        }

        @Override
        public void slotUses(SlotUses uses) {
            uses.of(target);
        }

        public ExprNode target() {
            return target;
        }

        @Override
        public Object execute(Frame frame) {
            return of(target.execute(frame));
        }

        /** The field of the evaluated target; an error is placed here. */
        public Object of(Object t) {
            try {
                return getField(t, name);
            } catch (PollenException e) {
                throw e.locateIfAbsent(location);
            }
        }
    }

    public static final class Index extends ExprNode {
        private final ExprNode target;
        private final ExprNode index;
        private final Location location;

        public Index(ExprNode target, ExprNode index, Location location) {
            this.target = target;
            this.index = index;
            this.location = location;
        }

        @Override
        public void slotUses(SlotUses uses) {
            uses.of(target);
            uses.of(index);
        }

        public ExprNode target() {
            return target;
        }

        public ExprNode index() {
            return index;
        }

        @Override
        public Object execute(Frame frame) {
            Object t = target.execute(frame);
            return at(t, index.execute(frame));
        }

        /** The item of the evaluated target at the evaluated index; an error is placed here. */
        public Object at(Object t, Object i) {
            try {
                return getIndex(t, i);
            } catch (PollenException e) {
                throw e.locateIfAbsent(location);
            }
        }
    }

    /** {@code obj.f = v} or {@code obj.f op= v} ({@code op} null for plain assignment). */
    public static final class AssignField extends ExprNode {
        private final ExprNode target;
        private final String name;
        private final Operator op;
        private final ExprNode value;
        private final Location location;

        public AssignField(ExprNode target, String name, Operator op, ExprNode value, Location location) {
            this.target = target;
            this.name = name;
            this.op = op;
            this.value = value;
            this.location = location;
        }

        @Override
        public void slotUses(SlotUses uses) {
            uses.of(target);
            uses.of(value);
        }

        @Override
        public Object execute(Frame frame) {
            Object t = target.execute(frame);
            return store(t, value.execute(frame));
        }

        public ExprNode target() {
            return target;
        }

        public ExprNode value() {
            return value;
        }

        /** Assigns (or combines into) the field of evaluated {@code t}; nil, as the statement's value. */
        public Object store(Object t, Object v) {
            try {
                if (op != null) {
                    v = op.apply(getField(t, name), v);
                }
                setField(t, name, v);
            } catch (PollenException e) {
                throw e.locateIfAbsent(location);
            }
            return null;
        }
    }

    /** {@code xs[i] = v} or {@code xs[i] op= v} ({@code op} null for plain assignment). */
    public static final class AssignIndex extends ExprNode {
        private final ExprNode target;
        private final ExprNode index;
        private final Operator op;
        private final ExprNode value;
        private final Location location;

        public AssignIndex(ExprNode target, ExprNode index, Operator op, ExprNode value, Location location) {
            this.target = target;
            this.index = index;
            this.op = op;
            this.value = value;
            this.location = location;
        }

        @Override
        public void slotUses(SlotUses uses) {
            uses.of(target);
            uses.of(index);
            uses.of(value);
        }

        @Override
        public Object execute(Frame frame) {
            Object t = target.execute(frame);
            Object i = index.execute(frame);
            return store(t, i, value.execute(frame));
        }

        public ExprNode target() {
            return target;
        }

        public ExprNode index() {
            return index;
        }

        public ExprNode value() {
            return value;
        }

        /** Assigns (or combines into) {@code t[i]} of evaluated operands; nil. */
        public Object store(Object t, Object i, Object v) {
            try {
                if (op != null) {
                    v = op.apply(getIndex(t, i), v);
                }
                Indexing.set(t, i, v);
            } catch (PollenException e) {
                throw e.locateIfAbsent(location);
            }
            return null;
        }
    }

    /** {@code name op= v}: reads the variable, applies the operator, writes it back. */
    public static final class CompoundAssign extends ExprNode {
        private final ExprNode read;
        private final VariableNodes.Binder target;
        private final Operator op;
        private final ExprNode value;
        private final Location location;

        public ExprNode read() {
            return read;
        }

        public VariableNodes.Binder target() {
            return target;
        }

        public Operator op() {
            return op;
        }

        public ExprNode value() {
            return value;
        }

        public CompoundAssign(ExprNode read, VariableNodes.Binder target, Operator op, ExprNode value, Location location) {
            this.read = read;
            this.target = target;
            this.op = op;
            this.value = value;
            this.location = location;
        }

        @Override
        public void slotUses(SlotUses uses) {
            uses.of(read);
            uses.of(value);
            target.assignUses(uses);
        }

        @Override
        public Object execute(Frame frame) {
            Object current = read.execute(frame);
            combine(frame, current, value.execute(frame));
            return null;
        }

        /**
         * The operator on the evaluated operands, for a plain local target the caller stores
         * itself (compiled code whose slots are JVM locals); an error is placed here.
         */
        public Object apply(Object current, Object v) {
            try {
                return op.apply(current, v);
            } catch (PollenException e) {
                throw e.locateIfAbsent(location);
            }
        }

        /** Applies the operator to the evaluated operands and stores the result. */
        public void combine(Frame frame, Object current, Object v) {
            try {
                target.assign(frame, op.apply(current, v));
            } catch (PollenException e) {
                throw e.locateIfAbsent(location);
            }
        }
    }
}
