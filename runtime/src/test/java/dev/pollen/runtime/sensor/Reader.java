package dev.pollen.runtime.sensor;

import dev.pollen.runtime.async.Context;
import dev.pollen.runtime.async.Executor;
import dev.pollen.runtime.async.Future;
import dev.pollen.runtime.value.PollenException;
import java.util.ArrayList;
import java.util.List;

/**
 * A test task body shaped like a script's read loop: reads its sensor {@code count} times (or,
 * with {@link #untilNil}, until a read yields nil), recording each outcome and the executor time
 * at which the task observed it. A SensorError is recorded, not thrown.
 */
final class Reader implements Future {
    /** One observed read: its value or error kind, when the task saw it, and on which thread. */
    record Got(Object value, String error, long atMillis, long atNanos) {}

    private final String name;
    private final Sensor sensor;
    private final Executor executor;
    private final boolean stopAtNil;
    private final List<String> sharedLog;
    private int left;
    private Future current;
    final List<Got> got = new ArrayList<>();

    private Reader(String name, Sensor sensor, Executor executor, int count, boolean stopAtNil,
                   List<String> sharedLog) {
        this.name = name;
        this.sensor = sensor;
        this.executor = executor;
        this.left = count;
        this.stopAtNil = stopAtNil;
        this.sharedLog = sharedLog;
    }

    static Reader reads(Sensor sensor, Executor executor, int count) {
        return new Reader("reader", sensor, executor, count, false, null);
    }

    static Reader untilNil(Sensor sensor, Executor executor) {
        return new Reader("reader", sensor, executor, Integer.MAX_VALUE, true, null);
    }

    /** A reader that also appends "NAME VALUE" to {@code log} as it observes each read. */
    static Reader logging(String name, Sensor sensor, Executor executor, int count, List<String> log) {
        return new Reader(name, sensor, executor, count, false, log);
    }

    List<Object> values() {
        List<Object> out = new ArrayList<>();
        for (Got g : got) {
            out.add(g.value());
        }
        return out;
    }

    List<Long> times() {
        List<Long> out = new ArrayList<>();
        for (Got g : got) {
            out.add(g.atMillis());
        }
        return out;
    }

    @Override
    public Object poll(Context cx) {
        while (left > 0) {
            if (current == null) {
                current = sensor.read();
            }
            Got g;
            try {
                Object v = current.poll(cx);
                if (v == PENDING) {
                    return PENDING;
                }
                g = new Got(v, null, executor.nowMillis(), executor.nowNanos());
            } catch (PollenException e) {
                g = new Got(null, e.kind(), executor.nowMillis(), executor.nowNanos());
            }
            current = null;
            left--;
            got.add(g);
            if (sharedLog != null) {
                synchronized (sharedLog) {
                    sharedLog.add(name + " " + (g.error() != null ? g.error() : g.value()));
                }
            }
            if (stopAtNil && g.error() == null && g.value() == null) {
                break;
            }
        }
        return null;
    }

    @Override
    public void cancel() {
        if (current != null) {
            current.cancel();
        }
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String describeWait() {
        return current == null ? name : current.describeWait();
    }
}
