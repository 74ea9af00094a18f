package dev.pollen.runtime.value;

/**
 * A script error value: {@code type_of} is "error", fields {@code kind} and {@code message}.
 * Built-in errors use the kinds in {@link ErrorKind}; {@code error(kind, message)} makes any.
 */
public final class ErrorValue {
    private final String kind;
    private final String message;

    public ErrorValue(String kind, String message) {
        this.kind = kind;
        this.message = message;
    }

    public String kind() {
        return kind;
    }

    public String message() {
        return message;
    }

    @Override
    public String toString() {
        return kind + ": " + message;
    }
}
