package dev.pollen.runtime.async;

import static dev.pollen.runtime.async.TestTime.ms;
import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 2, unit = TimeUnit.MINUTES)
class RealClockTest {
    @Test
    void yieldingTask_cannotStarveADueTimer() {
        SingleThreadExecutor ex = SingleThreadExecutor.withRealClock();
        AtomicBoolean timerTaskRan = new AtomicBoolean();
        ex.spawn(Steps.named("sleeper").await(() -> new Sleep(ex, ms(20))).run(() -> timerTaskRan.set(true)), null);
        Future spinner = new Future() {
            @Override
            public Object poll(Context cx) {
                if (timerTaskRan.get()) {
                    return "timer got through";
                }
                cx.waker().wake();  // yield forever until the sleeper has run
                return PENDING;
            }
        };
        assertThat(ex.blockOn(spinner, "spinner")).isEqualTo("timer got through");
    }

    @Test
    void idleExecutorWaitingOnATwoSecondSleep_usesAlmostNoCpu() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Assumptions.assumeTrue(threads.isCurrentThreadCpuTimeSupported());
        threads.setThreadCpuTimeEnabled(true);
        SingleThreadExecutor ex = SingleThreadExecutor.withRealClock();
        long cpuBefore = threads.getCurrentThreadCpuTime();
        ex.blockOn(new Sleep(ex, ms(2_000)), "main");
        long cpuUsed = threads.getCurrentThreadCpuTime() - cpuBefore;
        assertThat(ex.nowMillis()).isGreaterThanOrEqualTo(2_000);
        assertThat(cpuUsed).isLessThan(ms(200));  // a busy loop would burn about 2000 ms
    }

    @Test
    void realClock_startsAtZeroWhenCreated() {
        RealClock clock = new RealClock();
        assertThat(clock.nowMillis()).isBetween(0L, 1_000L);
        assertThat(clock.isVirtual()).isFalse();
    }

    @Test
    void timerArmedFromAnotherThread_shortensTheLoopsWait() throws Exception {
        SingleThreadExecutor ex = SingleThreadExecutor.withRealClock();
        Timer far = ex.newTimer(ms(10_000), "far");
        far.arm(() -> { });
        Probe probe = new Probe();
        Task task = ex.spawn(probe, null);
        Thread other = new Thread(() -> {
            while (probe.waker == null) {
                Thread.onSpinWait();
            }
            Timer near = ex.newTimer(ex.nowNanos() + ms(20), "near");
            near.arm(() -> probe.complete("near fired"));
        });
        other.start();
        assertThat(ex.runUntilFinished(task)).isEqualTo("near fired");
        assertThat(ex.nowMillis()).isLessThan(5_000);
        other.join();
        far.cancel();
    }
}
