package dev.pollen.runtime.value;

/**
 * One line of a script stack trace: the function that was running and where.
 * {@code awaited} is true when the frame was reached through an {@code .await} (the async part of
 * the trace, printed as "awaited by").
 */
public record TraceFrame(String function, Location at, boolean awaited) {}
