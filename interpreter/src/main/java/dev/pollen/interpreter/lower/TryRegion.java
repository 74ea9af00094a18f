package dev.pollen.interpreter.lower;

/**
 * A range of blocks covered by one {@code try}: where an error thrown there goes ({@code handler},
 * the catch block, or -1) and which {@code finally} must run before control leaves it
 * ({@code finallyBlock}, or -1). A try with both has two regions: its body (handler and finally)
 * and its catch block (finally only). Regions nest through {@code parent}; null is the function.
 *
 * @param exceptionSlot  the slot that receives the caught value before the handler runs
 * @param completionSlot the slot that saves how control entered the finally block
 */
public record TryRegion(int handler, int finallyBlock, int exceptionSlot, int completionSlot, TryRegion parent) {}
