package dev.pollen.runtime.sensor;

import dev.pollen.runtime.value.ErrorKind;
import dev.pollen.runtime.value.PList;
import dev.pollen.runtime.value.PMap;
import java.util.List;
import dev.pollen.runtime.value.PollenException;

/**
 * What one interrupt latches: a good reading or a fault. Immutable; every reader pending at the
 * interrupt receives the same sample.
 */
sealed interface Sample {
    /** The completion of a read pending when its sensor stops: nil. */
    Sample END = new Reading(null);

    /** What a read of this sample yields: the value, or a thrown SensorError. */
    Object deliver();

    /** A good sample. */
    record Reading(Object value) implements Sample {
        @Override
        public Object deliver() {
            return ownCopy(value);
        }
    }

    /** A failed sample: it counts in {@code samples()} but leaves {@code latest()} alone. */
    record Fault(String message) implements Sample {
        @Override
        public Object deliver() {
            throw PollenException.of(ErrorKind.SENSOR, message);
        }
    }

    /**
     * Like a broadcast channel that clones per receiver, each reader gets its own copy of a mutable
     * container (an accelerometer's map), so one reader editing its reading cannot change another's
     * or {@code latest()}. Scalars are immutable and shared.
     */
    static Object ownCopy(Object value) {
        if (value instanceof PMap map) {
            List<Object[]> pairs = map.pairSnapshot();
            PMap copy = new PMap(pairs.size());
            for (Object[] pair : pairs) {
                copy.put(pair[0], pair[1]);
            }
            return copy;
        }
        if (value instanceof PList list) {
            return new PList(list.items());
        }
        return value;
    }
}
