package dev.pollen.interpreter.resolve;

/** What a name refers to: a local of the current function (perhaps a captured Cell) or a global. */
public sealed interface VarRef {
    record Local(LocalVar var) implements VarRef {}

    /** A module-level name, looked up at run time (NameError if it is still undefined then). */
    record Global(String name) implements VarRef {}
}
