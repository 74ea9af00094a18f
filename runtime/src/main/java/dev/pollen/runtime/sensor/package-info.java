/**
 * Sources that wake tasks from outside: simulated sensors and host-fed sources (LANGUAGE.md §7).
 *
 * <p>The door is small. {@link dev.pollen.runtime.sensor.Sensor} is the device scripts hold: an
 * interrupt latches a sample and wakes every pending {@code read()}. A
 * {@link dev.pollen.runtime.sensor.SensorSimulator} (one per engine) starts simulated sensors
 * described by a {@link dev.pollen.runtime.sensor.SensorModel} and
 * {@link dev.pollen.runtime.sensor.SensorOptions}; a {@link dev.pollen.runtime.sensor.HostSource}
 * lets an embedding application raise the interrupts itself, from any thread.
 *
 * <p>Behind the door: {@code ReadFuture} (one read, cancel-safe), {@code Sample} (what an
 * interrupt latches), {@code Signal} (a sensor's evolving values), {@code SampleSchedule} (when
 * samples are taken), {@code Sampler} (takes one sensor's samples), and the two drivers:
 * {@code TimerSampling} (virtual clock: each sample is a timer event) and {@code HardwareThread}
 * (real clock: a per-engine daemon thread raises the interrupts).
 *
 * <h2>Decisions where LANGUAGE.md §7 is silent</h2>
 * <ul>
 *   <li>Readings: a mean-reverting walk (each step keeps 80% of the offset from {@code base} and
 *       adds a gaussian step of {@code noise}). Default noise: temperature 0.5, humidity 1.0,
 *       light 10.0, accelerometer 0.05 per axis. Humidity is clamped to 0..100 and light to ≥ 0;
 *       a {@code base} outside that range is a ValueError.</li>
 *   <li>{@code jitter}: each sample comes a uniformly drawn 0..jitter ms after its nominal instant
 *       ({@code k·period} after creation), never before the previous sample; the nominal
 *       schedule does not drift. A button's {@code jitter} delays each press the same way.</li>
 *   <li>Options a kind does not take are unknown: {@code period}, {@code base}, {@code noise} for
 *       a button; {@code base}, {@code noise}, {@code rate} for a replay; {@code rate} for the
 *       others. An unknown key or a wrong type is a TypeError (as Python treats an unexpected
 *       keyword), a value out of range a ValueError. A nil options argument means defaults.</li>
 *   <li>A fault replaces the value of its sample: for a replay, that value is used up. Values are
 *       drawn for faulty samples too, so {@code fail_rate} never changes the other samples.</li>
 *   <li>Each reader gets its own shallow copy of a list or map reading (as a broadcast channel
 *       clones per receiver), and so does {@code latest()}.</li>
 *   <li>A replay of no values is stopped from the start. A sensor's default name is its kind.</li>
 *   <li>Default seeds: the n-th sensor an engine creates draws the n-th number of a generator
 *       seeded with the run's seed, whether or not it has a {@code seed} option.</li>
 *   <li>Each sample's timing, value and fault draws come from three streams split from the
 *       sensor's seed; the virtual clock therefore gives identical samples at identical times
 *       for a seed. The real clock gives the same values, but a slow reader may miss some.</li>
 * </ul>
 */
package dev.pollen.runtime.sensor;
