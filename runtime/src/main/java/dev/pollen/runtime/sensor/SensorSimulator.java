package dev.pollen.runtime.sensor;

import dev.pollen.runtime.async.Executor;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Starts simulated sensors on one executor (the {@code sensors} module holds one per engine).
 *
 * <p>In the virtual clock each sample is a timer event of the executor, so a run is exactly
 * reproducible. In the real clock the samples come from this simulator's {@link HardwareThread},
 * which wakes readers from its own thread; it runs only while one of these sensors is running.
 *
 * <p>Each sensor's randomness comes from its own seed: the {@code seed} option, or else the n-th
 * number drawn from the run's seed for the n-th sensor this simulator starts (every start takes a
 * number, seeded or not, so adding a seed to one sensor does not change the others). From the seed
 * it splits three independent streams: sample timing (jitter, button gaps), values, and faults.
 *
 * <p>Thread-safe. Holds no static state: two engines never share a sensor, a seed stream or a
 * hardware thread.
 */
public final class SensorSimulator implements AutoCloseable {
    private final Executor executor;
    /** The n-th draw seeds the n-th sensor; guarded by this. */
    private final SplittableRandom seeds;
    private final Set<Sensor> running = ConcurrentHashMap.newKeySet();
    private final HardwareThread hardware;

    /**
     * @param executor the executor whose clock drives the samples and whose tasks read them
     * @param runSeed  the run's {@code --seed}
     */
    public SensorSimulator(Executor executor, long runSeed) {
        this.executor = Objects.requireNonNull(executor, "executor");
        this.seeds = new SplittableRandom(runSeed);
        this.hardware = new HardwareThread(executor.clock(), "pollen-sensor-hardware");
    }

    /**
     * Creates a sensor of {@code model} and starts it now: its first sample comes one period later
     * (for a button, after the first gap). On the real clock it counts as a running source of the
     * executor until it stops; on the virtual clock its sample timers keep the executor going only
     * while a read is pending, so a sensor nobody reads cannot hide a deadlock. A replay of no
     * values is stopped from the start.
     */
    public Sensor start(SensorModel model, SensorOptions options) {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(options, "options");
        long derived;
        synchronized (this) {
            derived = seeds.nextLong();
        }
        SplittableRandom streams = new SplittableRandom(options.seed().orElse(derived));
        SplittableRandom timing = streams.split();
        SplittableRandom values = streams.split();
        SplittableRandom faults = streams.split();

        Sensor sensor = new Sensor(options.name() != null ? options.name() : model.kind(), executor);
        SampleSchedule schedule = SampleSchedule.of(model, options, executor.nowNanos(), timing);
        Sampler sampler = new Sampler(sensor, Signal.of(model), schedule, values, faults, options.failRate());
        if (sampler.due() == SampleSchedule.END) {
            sensor.stop();
            return sensor;
        }
        running.add(sensor);
        sensor.onHalt(() -> running.remove(sensor));
        if (executor.clock().isVirtual()) {
            // Its timers keep the run alive, and only while a read is pending (see TimerSampling).
            sensor.leaveLivenessToTimers();
            TimerSampling.start(executor, sampler);
        } else {
            hardware.start(sampler);
        }
        return sensor;
    }

    /** The sensors started here that are still running. */
    public List<Sensor> runningSensors() {
        return List.copyOf(running);
    }

    /** Stops every sensor still running (pending reads complete with nil); the thread then ends. */
    @Override
    public void close() {
        for (Sensor sensor : runningSensors()) {
            sensor.stop();
        }
    }

    /** Whether the hardware thread is running now (for tests of its lifetime). */
    boolean hardwareThreadAlive() {
        return hardware.isAlive();
    }
}
