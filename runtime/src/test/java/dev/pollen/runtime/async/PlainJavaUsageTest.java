package dev.pollen.runtime.async;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pollen.runtime.value.PList;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The async runtime used from plain Java, without the language: hand-written state machines, the
 * way the compiler would lower an async function, run on the executor.
 */
class PlainJavaUsageTest {
    /**
     * Lowered by hand from:
     * <pre>
     * async fn producer(tx, n) {
     *     for i in 0..n { sleep(10).await; tx.send(i * i).await; }
     *     tx.close();
     * }
     * </pre>
     */
    static final class Producer implements Future {
        private enum State { LOOP, SLEEPING, SENDING, DONE }

        private final Executor executor;
        private final Sender tx;
        private final long n;
        private State state = State.LOOP;
        private long i;
        private Future awaited;

        Producer(Executor executor, Sender tx, long n) {
            this.executor = executor;
            this.tx = tx;
            this.n = n;
        }

        @Override
        public Object poll(Context cx) {
            while (true) {
                switch (state) {
                    case LOOP -> {
                        if (i == n) {
                            tx.close();
                            state = State.DONE;
                            return null;
                        }
                        awaited = new Sleep(executor, Millis.toNanos(10));
                        state = State.SLEEPING;
                    }
                    case SLEEPING -> {
                        if (awaited.poll(cx) == PENDING) {
                            return PENDING;
                        }
                        awaited = tx.send(i * i);
                        state = State.SENDING;
                    }
                    case SENDING -> {
                        if (awaited.poll(cx) == PENDING) {
                            return PENDING;
                        }
                        i++;
                        state = State.LOOP;
                    }
                    case DONE -> throw new IllegalStateException("polled after completion");
                }
            }
        }

        @Override
        public void cancel() {
            if (awaited != null) {
                awaited.cancel();
            }
        }

        @Override
        public String name() {
            return "producer";
        }
    }

    /** {@code async fn consumer(rx) { let mut out = []; loop { let v = rx.recv().await; if v == nil { return out; } out.push(v); } }} */
    static final class Consumer implements Future {
        private final Receiver rx;
        private final List<Object> out = new ArrayList<>();
        private Future receiving;

        Consumer(Receiver rx) {
            this.rx = rx;
        }

        @Override
        public Object poll(Context cx) {
            while (true) {
                if (receiving == null) {
                    receiving = rx.recv();
                }
                Object v = receiving.poll(cx);
                if (v == PENDING) {
                    return PENDING;
                }
                receiving = null;
                if (v == null) {
                    return new PList(out);
                }
                out.add(v);
            }
        }

        @Override
        public String name() {
            return "consumer";
        }
    }

    @Test
    void handWrittenStateMachines_runOnTheExecutor() {
        Executor executor = new SingleThreadExecutor(new VirtualClock());
        Channel channel = new Channel(2);
        Task producer = executor.spawn(new Producer(executor, channel.sender(), 5), null);
        Object squares = executor.blockOn(new Consumer(channel.receiver()), "main");

        assertThat(((PList) squares).items()).containsExactly(0L, 1L, 4L, 9L, 16L);
        assertThat(producer.isFinished()).isTrue();
        assertThat(producer.name()).isEqualTo("producer");
        assertThat(executor.nowMillis()).isEqualTo(50);
        executor.shutdown();
        assertThat(executor.unobservedFailures()).isEmpty();
    }

    @Test
    void timeoutAroundAHandWrittenFuture_cancelsIt() {
        Executor executor = SingleThreadExecutor.withVirtualClock();
        Channel channel = new Channel(10);
        Producer slow = new Producer(executor, channel.sender(), 100);
        assertThatThrownBy(() -> executor.blockOn(new Timeout(executor, slow, Millis.toNanos(35)), "main"))
                .hasMessage("Timeout: the future did not finish within 35 ms");
        assertThat(channel.size()).isEqualTo(3);   // sent at 10, 20 and 30 ms
        assertThat(channel.isClosed()).isFalse();  // cancelled before it could finish
        assertThat(executor.nowMillis()).isEqualTo(35);
    }
}
