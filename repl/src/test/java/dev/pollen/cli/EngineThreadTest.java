package dev.pollen.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 2, unit = TimeUnit.MINUTES)
class EngineThreadTest {
    @Test
    void call_returnsTheJobsValue_fromTheEngineThread() {
        try (EngineThread engine = new EngineThread("test-engine")) {
            assertThat(engine.call(() -> Thread.currentThread().getName())).isEqualTo("test-engine");
        }
    }

    @Test
    void call_rethrowsWhatTheJobThrew() {
        try (EngineThread engine = new EngineThread("test-engine")) {
            assertThatThrownBy(() -> engine.call(() -> {
                throw new IllegalStateException("inside");
            })).isInstanceOf(IllegalStateException.class).hasMessage("inside");
            assertThatThrownBy(() -> engine.call(() -> {
                throw new IOException("checked");
            })).isInstanceOf(EngineThread.JobFailedException.class).hasCauseInstanceOf(IOException.class);
        }
    }

    @Test
    void theEngineThread_hasADeepStack() {
        try (EngineThread engine = new EngineThread("test-engine")) {
            // Far deeper than a default thread's stack allows.
            assertThat(engine.call(() -> depth(500_000))).isEqualTo(500_000);
        }
    }

    @Test
    void idleWork_runsBetweenJobs_untilItHasNothingToDo() throws InterruptedException {
        List<Integer> slices = new ArrayList<>();
        try (EngineThread engine = new EngineThread("test-engine")) {
            engine.setIdleWork(() -> {
                synchronized (slices) {
                    slices.add(slices.size());
                    return slices.size() < 3;
                }
            });
            engine.call(() -> null);
            Thread.sleep(100);
        }
        synchronized (slices) {
            // Three slices, the third saying "nothing to do"; one more if the job arrived after
            // that (then the thread looked again after it): never a spin.
            assertThat(slices).hasSizeBetween(3, 4).startsWith(0, 1, 2);
        }
    }

    private static int depth(int n) {
        return n == 0 ? 0 : 1 + depth(n - 1);
    }
}
