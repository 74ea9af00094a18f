package dev.pollen.runtime.value;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The one exception type that carries a thrown script value (an {@link ErrorValue} or any other
 * value given to {@code throw}) up through Java code. The interpreter fills in the location where
 * it was raised and appends trace frames as it unwinds calls and awaits. It never fills in a Java
 * stack trace: script errors are ordinary control flow and must stay cheap.
 */
public class PollenException extends RuntimeException {
    private final Object value;
    private Location location;
    private Location cursor;
    private boolean cursorAwaited;
    private final List<TraceFrame> trace = new ArrayList<>(4);
    private boolean endsRun;
    private Throwable hostCause;

    public PollenException(Object value) {
        super(null, null, false, false);
        this.value = value;
    }

    /** A built-in error of the given kind. */
    public static PollenException of(String kind, String message) {
        return new PollenException(new ErrorValue(kind, message));
    }

    public static PollenException typeError(String message) {
        return of(ErrorKind.TYPE, message);
    }

    public static PollenException valueError(String message) {
        return of(ErrorKind.VALUE, message);
    }

    public static PollenException cancelled() {
        return of(ErrorKind.CANCELLED, "the task was cancelled");
    }

    /**
     * An error that ends the whole evaluation (a limit exceeded, the host's interrupt): no
     * {@code catch} sees it and no {@code finally} runs for it.
     */
    public static PollenException endingRun(String kind, String message) {
        PollenException e = of(kind, message);
        e.endsRun = true;
        return e;
    }

    /**
     * A host function's Java exception as a script error: {@code HostError} with the exception's
     * message, catchable like any other, and carrying the exception as its {@link #getCause()}.
     */
    public static PollenException fromHost(Throwable cause) {
        String message = cause.getMessage() != null ? cause.getMessage() : "the host function failed";
        PollenException e = of(ErrorKind.HOST, message);
        e.hostCause = cause;
        return e;
    }

    /** The Java exception of a host function, for {@link #fromHost} errors; else null. */
    @Override
    public synchronized Throwable getCause() {
        return hostCause;
    }

    /** True for an error made by {@link #endingRun}: not catchable, runs no finally. */
    public boolean endsRun() {
        return endsRun;
    }

    /** The thrown script value. */
    public Object value() {
        return value;
    }

    /** The kind when the value is an error value, else null. */
    public String kind() {
        return value instanceof ErrorValue e ? e.kind() : null;
    }

    public boolean isKind(String kind) {
        return kind.equals(kind());
    }

    public Location location() {
        return location;
    }

    /** Sets where the error was raised, unless a location is already known (the innermost wins). */
    public PollenException locateIfAbsent(Location where) {
        if (location == null) {
            location = where;
            cursor = where;
        }
        return this;
    }

    /**
     * Moves the unwinding cursor to a call site ({@code awaited} false) or an {@code .await}
     * ({@code awaited} true) in the function the error is now passing through.
     */
    public void moveCursor(Location where, boolean awaited) {
        if (location == null) {
            location = where;
        }
        cursor = where;
        cursorAwaited = awaited;
    }

    /** Records that the error leaves {@code function}, at the cursor's position in it. */
    public void leaveFunction(String function) {
        trace.add(new TraceFrame(function, cursor, cursorAwaited));
        cursorAwaited = false;
    }

    public void addFrame(TraceFrame frame) {
        trace.add(frame);
    }

    /** Frames from the innermost call outwards. */
    public List<TraceFrame> trace() {
        return Collections.unmodifiableList(trace);
    }

    @Override
    public String getMessage() {
        return String.valueOf(value instanceof ErrorValue e ? e.toString() : value);
    }
}
