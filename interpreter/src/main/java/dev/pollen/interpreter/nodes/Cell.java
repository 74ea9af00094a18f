package dev.pollen.interpreter.nodes;

/** A variable shared between a frame and the closures that capture it (capture by reference). */
public final class Cell {
    public Object value;

    public Cell(Object value) {
        this.value = value;
    }
}
