package dev.pollen.runtime.value;

/** The kinds of built-in errors (LANGUAGE.md §4). */
public final class ErrorKind {
    public static final String TYPE = "TypeError";
    public static final String NAME = "NameError";
    public static final String INDEX = "IndexError";
    public static final String KEY = "KeyError";
    public static final String VALUE = "ValueError";
    public static final String ARITHMETIC = "ArithmeticError";
    public static final String ASSERTION = "AssertionError";
    public static final String STACK_OVERFLOW = "StackOverflow";
    public static final String CANCELLED = "Cancelled";
    public static final String TIMEOUT = "Timeout";
    public static final String CHANNEL_CLOSED = "ChannelClosed";
    public static final String SENSOR = "SensorError";
    public static final String LIMIT_EXCEEDED = "LimitExceeded";
    /** A Java exception thrown by a function the embedding host defined. */
    public static final String HOST = "HostError";

    private ErrorKind() {}
}
