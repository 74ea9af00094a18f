package dev.pollen.runtime.sensor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pollen.runtime.async.Future;
import dev.pollen.runtime.async.Join;
import dev.pollen.runtime.async.MultiThreadExecutor;
import dev.pollen.runtime.async.RealClock;
import dev.pollen.runtime.async.VirtualClock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Sensors assume no single executor thread: readers on several workers all get every broadcast. */
@Timeout(60)
class MultiThreadExecutorSensorTest {

    private static List<Object> oneTo(int n) {
        List<Object> values = new ArrayList<>();
        for (long i = 1; i <= n; i++) {
            values.add(i);
        }
        return values;
    }

    /** Runs 8 readers of a 200-value replay at 1 ms; returns what each read, nil excluded. */
    private static List<List<Object>> readersOnWorkers(MultiThreadExecutor ex) {
        try (ex) {
            SensorSimulator sim = new SensorSimulator(ex, 0);
            Sensor s = sim.start(SensorModel.replay(oneTo(200)), SensorOptions.defaults().withPeriodMillis(1));
            List<Reader> readers = new ArrayList<>();
            List<Future> tasks = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                Reader r = Reader.untilNil(s, ex);
                readers.add(r);
                tasks.add(ex.spawn(r, null));
            }
            ex.blockOn(Join.of(tasks.toArray(Future[]::new)), "main");  // a lost wake: DeadlockException
            List<List<Object>> out = new ArrayList<>();
            for (Reader r : readers) {
                List<Object> values = r.values();
                assertThat(values.get(values.size() - 1)).isNull();
                out.add(values.subList(0, values.size() - 1));
            }
            return out;
        }
    }

    @Test
    void virtualClock_everyReaderSeesEverySample() {
        // Virtual time moves only when every worker is idle, so each reader is waiting again
        // before the next interrupt.
        for (List<Object> got : readersOnWorkers(new MultiThreadExecutor(new VirtualClock(), 3, false))) {
            assertThat(got).isEqualTo(oneTo(200));
        }
    }

    @Test
    void realClock_readersOnSeveralWorkers_allFinish_seeingSamplesInOrder() {
        for (List<Object> got : readersOnWorkers(new MultiThreadExecutor(new RealClock(), 3, false))) {
            assertThat(got).isSortedAccordingTo((a, b) -> Long.compare((Long) a, (Long) b)).doesNotHaveDuplicates();
        }
    }
}
