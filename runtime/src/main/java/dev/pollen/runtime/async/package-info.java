/**
 * Pollen's async runtime: Rust's future/poll/waker model in plain Java, with no knowledge of the
 * language's syntax. A Java program can use it alone (see the {@code PlainJavaUsageTest}).
 *
 * <h2>Model</h2>
 * <ul>
 *   <li>{@link dev.pollen.runtime.async.Future}: {@code poll(cx)} returns a value or {@code
 *       PENDING}; errors are thrown as {@code PollenException}; {@code cancel()} drops a started
 *       future (running its pending finally blocks). Suspension is returning {@code PENDING} —
 *       never a blocked thread.</li>
 *   <li>{@link dev.pollen.runtime.async.Context} and {@link dev.pollen.runtime.async.Waker}: one
 *       of each per task, allocated with it.</li>
 *   <li>{@link dev.pollen.runtime.async.Task}: a root future plus an atomic state word (diagram in
 *       {@code TaskState}); also the handle scripts await and abort.</li>
 * </ul>
 *
 * <h2>Executors and time</h2>
 * <ul>
 *   <li>{@link dev.pollen.runtime.async.Executor}: spawn, blockOn, shutdown (main-exit
 *       cancellation), deadlock detection ({@link dev.pollen.runtime.async.DeadlockException}),
 *       timers ({@link dev.pollen.runtime.async.Timer}) and live sources ({@link
 *       dev.pollen.runtime.async.LiveSource}).</li>
 *   <li>{@link dev.pollen.runtime.async.SingleThreadExecutor} (default) and {@link
 *       dev.pollen.runtime.async.MultiThreadExecutor} (work stealing, optional affinity).</li>
 *   <li>{@link dev.pollen.runtime.async.Clock}: {@link dev.pollen.runtime.async.VirtualClock}
 *       jumps to deadlines; {@link dev.pollen.runtime.async.RealClock} parks until them. Time is a
 *       {@code long} of nanoseconds; {@link dev.pollen.runtime.async.Millis} converts the script's
 *       milliseconds.</li>
 * </ul>
 *
 * <h2>Futures of the standard library (LANGUAGE.md §6.5)</h2>
 * {@link dev.pollen.runtime.async.Sleep}, {@link dev.pollen.runtime.async.YieldNow}, {@link
 * dev.pollen.runtime.async.Join}, {@link dev.pollen.runtime.async.Select}, {@link
 * dev.pollen.runtime.async.Timeout}, {@link dev.pollen.runtime.async.Interval}, {@link
 * dev.pollen.runtime.async.Channel} ({@link dev.pollen.runtime.async.Sender}, {@link
 * dev.pollen.runtime.async.Receiver}), {@link dev.pollen.runtime.async.Semaphore}, {@link
 * dev.pollen.runtime.async.ReadyFuture}, {@link dev.pollen.runtime.async.PendingFuture}, {@link
 * dev.pollen.runtime.async.PollFn}.
 *
 * <h2>Tracing</h2>
 * {@link dev.pollen.runtime.async.TraceListener}, with {@link dev.pollen.runtime.async.TextTracer}
 * ({@code --trace}) and {@link dev.pollen.runtime.async.ChromeTraceWriter} ({@code --trace-out}).
 */
package dev.pollen.runtime.async;
