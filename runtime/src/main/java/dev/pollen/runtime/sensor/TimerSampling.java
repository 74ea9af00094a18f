package dev.pollen.runtime.sensor;

import dev.pollen.runtime.async.Executor;
import dev.pollen.runtime.async.Timer;

/**
 * Drives a {@link Sampler} in the virtual clock: each sample is a timer event on the sensor's
 * executor, so a run is exactly reproducible. The timer for the next sample is created when the
 * current one fires, so among equal deadlines it counts as created then (LANGUAGE.md §6.3).
 *
 * <p>The action runs on an executor thread; {@link #halt()} may come from any thread. The lock
 * makes "arm unless stopped" and "stop, then cancel the armed timer" exclude each other, so a
 * stopped sensor never leaves a timer behind.
 */
final class TimerSampling {
    private final Executor executor;
    private final Sampler sampler;
    /** The armed timer, or null; guarded by this. */
    private Timer timer;

    private TimerSampling(Executor executor, Sampler sampler) {
        this.executor = executor;
        this.sampler = sampler;
    }

    /** Arms the first sample's timer and hooks the sensor's stop to cancel the pending one. */
    static void start(Executor executor, Sampler sampler) {
        TimerSampling driver = new TimerSampling(executor, sampler);
        sampler.sensor().onHalt(driver::halt);
        driver.armAt(sampler.due());
    }

    private synchronized void armAt(long instant) {
        if (!sampler.sensor().isRunning()) {
            return;
        }
        timer = executor.newTimer(instant, sampler.sensor().name());
        timer.arm(this::fire, () -> sampler.sensor().pendingReads() > 0);
    }

    private void fire() {
        long next = sampler.takeSample();
        if (next != SampleSchedule.END) {
            armAt(next);
        }
    }

    private synchronized void halt() {
        if (timer != null) {
            timer.cancel();
            timer = null;
        }
    }
}
