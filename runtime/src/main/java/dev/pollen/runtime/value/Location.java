package dev.pollen.runtime.value;

/** Where in a script something happened: file name as the user gave it, 1-based line and column. */
public record Location(String file, int line, int column, int endColumn) {
    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
