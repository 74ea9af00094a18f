package dev.pollen.runtime.sensor;

import dev.pollen.runtime.async.Executor;
import java.util.Objects;

/**
 * A source of values defined by an embedding application: a device driver, a socket, a queue,
 * anything running on its own threads. Scripts see it as a {@link Sensor} and {@code .await} its
 * {@code read()} like a simulated one; each {@link #push} or {@link #fail} is an interrupt that
 * wakes the reading tasks, from whatever thread the host calls it on.
 *
 * <pre>{@code
 * HostSource door = HostSource.create(engine.executor(), "door");
 * engine.define("door", door.sensor());          // scripts: door.read().await
 * deviceThread = new Thread(() -> door.push("open"));
 * ...
 * door.close();                                  // pending reads complete with nil
 * }</pre>
 *
 * <p>While open it keeps the executor alive (a task waiting on it is not a deadlock); closing it,
 * from the host or by a script's {@code stop()}, ends that. Thread-safe.
 */
public final class HostSource implements AutoCloseable {
    private final Executor executor;
    private final Sensor sensor;

    private HostSource(Executor executor, String name) {
        this.executor = executor;
        this.sensor = new Sensor(name, executor);
    }

    /** Opens a source named {@code name} (its printed form is {@code <sensor NAME>}). */
    public static HostSource create(Executor executor, String name) {
        return new HostSource(Objects.requireNonNull(executor, "executor"), Objects.requireNonNull(name, "name"));
    }

    /** The value scripts hold: define it as a global, or return it from a native function. */
    public Sensor sensor() {
        return sensor;
    }

    public String name() {
        return sensor.name();
    }

    /**
     * Delivers a good sample to every pending read and makes it {@code latest()}. Java's narrower
     * number types become the script's (int → {@code Long}, float → {@code Double}); other values
     * must already be script values. Returns false, delivering nothing, once the source is closed.
     */
    public boolean push(Object value) {
        return sensor.interrupt(new Sample.Reading(scriptValue(value)), executor.nowNanos());
    }

    /**
     * Delivers a fault: every pending read throws {@code SensorError: NAME: message}. It counts as a
     * sample and leaves {@code latest()} alone. Returns false once the source is closed.
     */
    public boolean fail(String message) {
        return sensor.interrupt(new Sample.Fault(sensor.name() + ": " + message), executor.nowNanos());
    }

    /** Whether pushes are still delivered (false after {@link #close()} or a script's stop()). */
    public boolean isOpen() {
        return sensor.isRunning();
    }

    /** Ends the source: pending reads complete with nil, later reads return nil. Idempotent. */
    @Override
    public void close() {
        sensor.stop();
    }

    private static Object scriptValue(Object value) {
        if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        }
        if (value instanceof Float f) {
            return f.doubleValue();
        }
        if (value instanceof Character c) {
            return c.toString();
        }
        return value;
    }
}
