package dev.pollen.runtime.sensor;

import dev.pollen.runtime.value.PMap;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * One sensor's evolving state: produces the value of each successive sample from its model. Used
 * by one driver at a time (see {@link Sampler}), so it needs no locking.
 */
sealed interface Signal {
    /** The next reading, drawing from {@code rng} only as the model needs. */
    Object next(RandomGenerator rng);

    static Signal of(SensorModel model) {
        if (model instanceof SensorModel.RandomWalk w) {
            return new Walk(w.base(), w.noise(), w.min(), w.max());
        } else if (model instanceof SensorModel.Accelerometer a) {
            return new Axes(new Walk(a.x(), a.noise(), Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY),
                    new Walk(a.y(), a.noise(), Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY),
                    new Walk(a.z(), a.noise(), Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY));
        } else if (model instanceof SensorModel.Button) {
            return new Presses();
        }
        return new Playback(((SensorModel.Replay) model).values());
    }

    /** A mean-reverting walk: the offset from base keeps this share of itself at each step. */
    final class Walk implements Signal {
        private static final double KEEP = 0.8;

        private final double base;
        private final double noise;
        private final double min;
        private final double max;
        private double offset;

        Walk(double base, double noise, double min, double max) {
            this.base = base;
            this.noise = noise;
            this.min = min;
            this.max = max;
        }

        @Override
        public Object next(RandomGenerator rng) {
            return value(rng);
        }

        double value(RandomGenerator rng) {
            if (noise == 0.0) {
                return base;  // exactly base, and no draw: the stream stays as if noise were absent
            }
            offset = offset * KEEP + noise * rng.nextGaussian();
            return Math.min(max, Math.max(min, base + offset));
        }
    }

    /** Three walks sampled together, x then y then z. */
    record Axes(Walk x, Walk y, Walk z) implements Signal {
        @Override
        public Object next(RandomGenerator rng) {
            PMap reading = new PMap(3);
            reading.put("x", x.value(rng));
            reading.put("y", y.value(rng));
            reading.put("z", z.value(rng));
            return reading;
        }
    }

    /** Every sample of a button is one press. */
    record Presses() implements Signal {
        @Override
        public Object next(RandomGenerator rng) {
            return Boolean.TRUE;
        }
    }

    /** The recorded values in order; the schedule ends the sensor after the last one. */
    final class Playback implements Signal {
        private final List<Object> values;
        private int index;

        Playback(List<Object> values) {
            this.values = values;
        }

        @Override
        public Object next(RandomGenerator rng) {
            return index < values.size() ? values.get(index++) : null;
        }
    }
}
