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
 */
package dev.pollen.runtime.sensor;
