package dev.pollen.interpreter.lower;

/** Lets tests outside this package fill the slots a suspended frame drops with a marker. */
public final class DroppedSlots {
    private DroppedSlots() {}

    /** Sets what dropped slots hold while suspended; returns what they held before. */
    public static Object fillWith(Object marker) {
        Object before = StateMachine.droppedValue;
        StateMachine.droppedValue = marker;
        return before;
    }
}
