package dev.pollen.runtime.sensor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pollen.runtime.async.DeadlockException;
import dev.pollen.runtime.async.PendingFuture;
import dev.pollen.runtime.async.SingleThreadExecutor;
import dev.pollen.runtime.value.ErrorKind;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A host feeds a source from its own thread; the reading task is woken from that thread. */
@Timeout(60)
class HostSourceTest {
    private final SingleThreadExecutor ex = SingleThreadExecutor.withRealClock();
    private final HostSource door = HostSource.create(ex, "door");

    /** Runs {@code feed} on a separate "device" thread once a read is pending. */
    private Thread device(Consumer<HostSource> feed) {
        Thread t = new Thread(() -> {
            awaitPendingRead();
            feed.accept(door);
        }, "device");
        t.start();
        return t;
    }

    private void awaitPendingRead() {
        while (door.sensor().pendingReads() == 0) {
            Thread.onSpinWait();
        }
    }

    @Test
    void aPushFromAnotherThread_wakesTheReadingTask() throws InterruptedException {
        Thread t = device(d -> d.push("open"));
        assertThat(ex.blockOn(door.sensor().read(), "main")).isEqualTo("open");
        t.join();
        assertThat(door.sensor().latest()).isEqualTo("open");
        assertThat(door.sensor().samples()).isEqualTo(1);
    }

    @Test
    void everyPushMadeWhileAReadWaits_reachesIt_noneLost() throws InterruptedException {
        int n = 10_000;
        Thread t = new Thread(() -> {
            for (long i = 0; i < n; i++) {
                awaitPendingRead();
                door.push(i);
            }
        }, "device");
        t.start();
        Reader r = Reader.reads(door.sensor(), ex, n);
        ex.blockOn(r, "main");
        t.join();
        List<Object> expected = new ArrayList<>();
        for (long i = 0; i < n; i++) {
            expected.add(i);
        }
        assertThat(r.values()).isEqualTo(expected);
    }

    @Test
    void anOpenSource_keepsTheExecutorWaiting_ratherThanReportingADeadlock() throws InterruptedException {
        Thread t = new Thread(() -> {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            door.push(1);
        }, "slow device");
        t.start();
        Reader r = Reader.reads(door.sensor(), ex, 1);
        ex.blockOn(r, "main");
        t.join();
        assertThat(r.values()).containsExactly(1L);
    }

    @Test
    void fail_makesThePendingReadThrowSensorError_andLeavesLatestAlone() throws InterruptedException {
        door.push("closed");
        Thread t = device(d -> d.fail("jammed"));
        assertThatThrownBy(() -> ex.blockOn(door.sensor().read(), "main"))
                .hasMessage("SensorError: door: jammed")
                .matches(e -> ((dev.pollen.runtime.value.PollenException) e).isKind(ErrorKind.SENSOR));
        t.join();
        assertThat(door.sensor().latest()).isEqualTo("closed");
        assertThat(door.sensor().samples()).isEqualTo(2);
    }

    @Test
    void close_completesThePendingReadWithNil_andLaterPushesAreRefused() throws InterruptedException {
        Thread t = device(HostSource::close);
        assertThat(ex.blockOn(door.sensor().read(), "main")).isNull();
        t.join();
        assertThat(door.push("late")).isFalse();
        assertThat(door.isOpen()).isFalse();
    }

    @Test
    void afterClose_waitingForeverIsADeadlock() {
        door.close();
        assertThatThrownBy(() -> ex.blockOn(new PendingFuture(), "main")).isInstanceOf(DeadlockException.class);
    }

    @Test
    void aScriptsStop_closesTheSourceForTheHostToo() {
        door.sensor().stop();
        assertThat(door.isOpen()).isFalse();
        assertThat(door.push(1)).isFalse();
    }

    @Test
    void javaNumbers_becomeScriptNumbers() {
        door.push(5);
        assertThat(door.sensor().latest()).isEqualTo(5L);
        door.push(1.5f);
        assertThat(door.sensor().latest()).isEqualTo(1.5d);
    }

    @Test
    void aHostSource_isASensorToScripts() {
        assertThat(door.sensor().typeName()).isEqualTo("sensor");
        assertThat(door.sensor().display()).isEqualTo("<sensor door>");
        assertThat(door.name()).isEqualTo("door");
    }

    @Test
    void aHostSource_worksInTheVirtualClockToo() throws InterruptedException {
        SingleThreadExecutor virtual = SingleThreadExecutor.withVirtualClock();
        HostSource knob = HostSource.create(virtual, "knob");
        Thread t = new Thread(() -> {
            while (knob.sensor().pendingReads() == 0) {
                Thread.onSpinWait();
            }
            knob.push(7);
        }, "device");
        t.start();
        assertThat(virtual.blockOn(knob.sensor().read(), "main")).isEqualTo(7L);
        t.join();
    }
}
