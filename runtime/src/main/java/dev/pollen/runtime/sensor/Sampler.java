package dev.pollen.runtime.sensor;

import java.util.random.RandomGenerator;

/**
 * The simulated hardware of one sensor: at each instant of its {@link SampleSchedule} it takes a
 * sample (a value from its {@link Signal}, or a fault with probability {@code failRate}) and raises
 * the interrupt on its {@link Sensor}. A driver calls {@link #takeSample()} when the clock reaches
 * {@link #due()}: a timer event in the virtual clock, the {@link HardwareThread} in the real one.
 *
 * <p>Not thread-safe by itself: one driver owns it, and successive calls are ordered by the
 * driver's own lock (the executor's timer queue, or the hardware thread's).
 */
final class Sampler {
    private final Sensor sensor;
    private final Signal signal;
    private final SampleSchedule schedule;
    private final RandomGenerator values;
    private final RandomGenerator faults;
    private final double failRate;
    private long due;

    Sampler(Sensor sensor, Signal signal, SampleSchedule schedule, RandomGenerator values,
            RandomGenerator faults, double failRate) {
        this.sensor = sensor;
        this.signal = signal;
        this.schedule = schedule;
        this.values = values;
        this.faults = faults;
        this.failRate = failRate;
        this.due = schedule.next();
    }

    Sensor sensor() {
        return sensor;
    }

    /** The instant of the next sample, or {@link SampleSchedule#END}. */
    long due() {
        return due;
    }

    /**
     * Takes the due sample and raises its interrupt; a finite schedule's last sample then stops the
     * sensor, after the readers were woken. Returns the instant of the following sample, or
     * {@link SampleSchedule#END} when there is none (or the sensor has stopped).
     */
    long takeSample() {
        long at = due;
        // The value is drawn even for a fault, so that fail_rate changes which samples fail but
        // not the values of the others (and a replay's fault uses up that slot's value).
        Object value = signal.next(values);
        boolean fault = failRate > 0 && (failRate >= 1.0 || faults.nextDouble() < failRate);
        Sample sample = fault
                ? new Sample.Fault("sensor " + sensor.name() + " reported a fault")
                : new Sample.Reading(value);
        due = schedule.next();
        if (!sensor.interrupt(sample, at)) {
            return SampleSchedule.END;
        }
        if (due == SampleSchedule.END) {
            sensor.stop();
        }
        return due;
    }
}
