package dev.pollen.runtime.async;

import static dev.pollen.runtime.async.TestTime.ms;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ManyTasksTest {
    private static final int TASKS = 100_000;

    @Test
    void hundredThousandPendingTasks_fitInTheDefaultHeap_andAllFinish() {
        SingleThreadExecutor ex = SingleThreadExecutor.withVirtualClock();
        long[] finished = {0};
        for (int i = 0; i < TASKS; i++) {
            long delay = 1 + (i % 1000);
            ex.spawn(Steps.named("sleeper")
                    .await(() -> new Sleep(ex, ms(delay)))
                    .run(() -> finished[0]++), null);
        }
        ex.runUntilIdle();
        assertThat(ex.liveTasks()).hasSize(TASKS);
        ex.blockOn(new Sleep(ex, ms(2_000)), "main");
        assertThat(finished[0]).isEqualTo(TASKS);
        assertThat(ex.liveTasks()).isEmpty();
    }

    @Test
    void hundredThousandTasksWaitingOnOneChannel_areServedInOrder() {
        SingleThreadExecutor ex = SingleThreadExecutor.withVirtualClock();
        Channel ch = new Channel(1);
        long[] lastSeen = {-1};
        boolean[] outOfOrder = {false};
        for (int i = 0; i < TASKS; i++) {
            ex.spawn(Steps.named("receiver").await(ch.receiver()::recv).map(v -> {
                long n = (Long) v;
                if (n != lastSeen[0] + 1) {
                    outOfOrder[0] = true;
                }
                lastSeen[0] = n;
                return null;
            }), null);
        }
        ex.runUntilIdle();
        Future sendAll = new Future() {
            long next;
            Future sending;

            @Override
            public Object poll(Context cx) {
                while (true) {
                    if (sending != null && sending.poll(cx) == PENDING) {
                        return PENDING;
                    }
                    if (next == TASKS) {
                        return null;
                    }
                    sending = ch.sender().send(next++);
                }
            }
        };
        ex.blockOn(sendAll, "producer");
        ex.runUntilIdle();
        assertThat(lastSeen[0]).isEqualTo(TASKS - 1);
        assertThat(outOfOrder[0]).isFalse();
    }
}
