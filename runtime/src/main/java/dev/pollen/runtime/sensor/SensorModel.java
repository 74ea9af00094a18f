package dev.pollen.runtime.sensor;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What a simulated sensor measures, and how its readings behave (LANGUAGE.md §7). A model is an
 * immutable description; each sensor started from it keeps its own state (see {@link Signal}).
 * The factories give the documented defaults; the {@code with...} methods change one parameter.
 * Invalid parameters throw {@link IllegalArgumentException} with a message naming the option.
 */
public sealed interface SensorModel
        permits SensorModel.RandomWalk, SensorModel.Accelerometer, SensorModel.Button, SensorModel.Replay {

    /** The sensor's default name: "temperature", "button", ... */
    String kind();

    /** Float °C, a walk around 20.0 with gaussian steps of 0.5. */
    static RandomWalk temperature() {
        return new RandomWalk("temperature", 20.0, 0.5, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
    }

    /** Float %, kept within 0..100, a walk around 45.0 with gaussian steps of 1.0. */
    static RandomWalk humidity() {
        return new RandomWalk("humidity", 45.0, 1.0, 0.0, 100.0);
    }

    /** Float lux, never negative, a walk around 300.0 with gaussian steps of 10.0. */
    static RandomWalk light() {
        return new RandomWalk("light", 300.0, 10.0, 0.0, Double.POSITIVE_INFINITY);
    }

    /** A map {@code #{x, y, z}} of floats in m/s², each a walk around (0, 0, 9.81) with steps of 0.05. */
    static Accelerometer accelerometer() {
        return new Accelerometer(0.0, 0.0, 9.81, 0.05);
    }

    /** {@code true} per press; presses form a Poisson process of 1.0 per second. */
    static Button button() {
        return new Button(1.0);
    }

    /** The given values in order, one per period; the sensor stops after the last. */
    static Replay replay(List<?> values) {
        return new Replay(Collections.unmodifiableList(new ArrayList<>(values)));
    }

    /**
     * A scalar reading that wanders around {@code base}: each sample the offset from base takes a
     * gaussian step of standard deviation {@code noise} and is pulled part of the way back, so the
     * reading drifts like a real signal yet stays near base. The reading is clamped to
     * {@code [min, max]}. With noise 0 every reading equals base.
     */
    record RandomWalk(String kind, double base, double noise, double min, double max) implements SensorModel {
        public RandomWalk {
            requireBase("base", base);
            requireNoise(noise);
            if (base < min || base > max) {
                throw new IllegalArgumentException(kind + " base must be " + range(min, max) + ", got " + base);
            }
        }

        public RandomWalk withBase(double newBase) {
            return new RandomWalk(kind, newBase, noise, min, max);
        }

        public RandomWalk withNoise(double newNoise) {
            return new RandomWalk(kind, base, newNoise, min, max);
        }

        private static String range(double min, double max) {
            return max == Double.POSITIVE_INFINITY ? "at least " + min : "within " + min + ".." + max;
        }
    }

    /** Three independent walks (see {@link RandomWalk}), read together as {@code #{x, y, z}}. */
    record Accelerometer(double x, double y, double z, double noise) implements SensorModel {
        public Accelerometer {
            requireBase("base x", x);
            requireBase("base y", y);
            requireBase("base z", z);
            requireNoise(noise);
        }

        @Override
        public String kind() {
            return "accelerometer";
        }

        public Accelerometer withBase(double newX, double newY, double newZ) {
            return new Accelerometer(newX, newY, newZ, noise);
        }

        public Accelerometer withNoise(double newNoise) {
            return new Accelerometer(x, y, z, newNoise);
        }
    }

    /** Presses at exponentially distributed gaps, {@code ratePerSecond} on average; no period. */
    record Button(double ratePerSecond) implements SensorModel {
        public Button {
            OptionBounds.require("rate", ratePerSecond, OptionBounds.MIN_RATE, OptionBounds.MAX_RATE,
                    " presses per second");
        }

        @Override
        public String kind() {
            return "button";
        }
    }

    /** Recorded values played back in order; an empty list makes a sensor that is stopped at once. */
    record Replay(List<Object> values) implements SensorModel {
        public Replay {
            values = Collections.unmodifiableList(new ArrayList<>(values));  // nil values are allowed
        }

        @Override
        public String kind() {
            return "replay";
        }
    }

    private static void requireBase(String what, double v) {
        OptionBounds.require(what, v, -OptionBounds.MAX_BASE, OptionBounds.MAX_BASE, "");
    }

    private static void requireNoise(double noise) {
        OptionBounds.require("noise", noise, 0, OptionBounds.MAX_NOISE, "");
    }
}
