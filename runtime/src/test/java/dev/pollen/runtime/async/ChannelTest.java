package dev.pollen.runtime.async;

import static dev.pollen.runtime.async.TestTime.ms;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pollen.runtime.value.PollenException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChannelTest {
    private final SingleThreadExecutor ex = SingleThreadExecutor.withVirtualClock();
    private final List<String> log = new ArrayList<>();
    private final Channel ch = new Channel(2);
    private final Sender tx = ch.sender();
    private final Receiver rx = ch.receiver();

    @Test
    void trySend_failsOnlyWhenFull_andValuesComeOutFifo() {
        assertThat(List.of(tx.trySend(1L), tx.trySend(2L), tx.trySend(3L))).containsExactly(true, true, false);
        assertThat(ex.blockOn(rx.recv(), "main")).isEqualTo(1L);
        assertThat(rx.tryRecv()).isEqualTo(2L);
        assertThat(rx.tryRecv()).isNull();
    }

    @Test
    void waitingReceivers_areServedInTheOrderTheyBeganToWait() {
        List<Task> receivers = new ArrayList<>();
        for (String name : List.of("r1", "r2", "r3")) {
            receivers.add(ex.spawn(Steps.named(name).await(rx::recv).map(v -> log.add(name + " got " + v)), name));
        }
        Steps main = Steps.named("main")
                .await(() -> new Sleep(ex, ms(1)))
                .await(() -> tx.send("a"))
                .await(() -> tx.send("b"))
                .await(() -> tx.send("c"))
                .await(() -> new Join(receivers));
        ex.blockOn(main, "main");
        assertThat(log).containsExactly("r1 got a", "r2 got b", "r3 got c");
    }

    @Test
    void send_waitsWhileFull_soASlowConsumerHoldsTheProducerBack() {
        Channel one = new Channel(1);
        Steps producer = Steps.named("producer");
        for (long i = 0; i < 3; i++) {
            long v = i;
            producer.await(() -> one.sender().send(v));
        }
        producer.run(() -> log.add("producer done " + ex.nowMillis())).run(one.sender()::close);
        ex.spawn(producer, "producer");
        Future consumer = new Future() {
            Future step = new Sleep(ex, ms(100));
            boolean sleeping = true;

            @Override
            public Object poll(Context cx) {
                while (true) {
                    Object r = step.poll(cx);
                    if (r == PENDING) {
                        return PENDING;
                    }
                    if (sleeping) {
                        sleeping = false;
                        step = one.receiver().recv();
                        continue;
                    }
                    if (r == null) {
                        log.add("end " + ex.nowMillis());
                        return null;
                    }
                    log.add("got " + r + " " + ex.nowMillis());
                    sleeping = true;
                    step = new Sleep(ex, ms(100));
                }
            }
        };
        ex.blockOn(consumer, "main");
        assertThat(log).containsExactly("got 0 100", "got 1 200", "producer done 200", "got 2 300", "end 400");
    }

    @Test
    void closedChannel_drainsThenGivesNil_andRefusesSends() {
        tx.trySend(3L);
        tx.close();
        tx.close();
        assertThat(ex.blockOn(rx.recv(), "a")).isEqualTo(3L);
        assertThat(ex.blockOn(rx.recv(), "b")).isNull();
        assertThatThrownBy(() -> ex.blockOn(tx.send(4L), "c")).isInstanceOf(PollenException.class)
                .hasMessageStartingWith("ChannelClosed");
        assertThatThrownBy(() -> tx.trySend(5L)).isInstanceOf(PollenException.class)
                .hasMessageStartingWith("ChannelClosed");
    }

    @Test
    void close_wakesWaitingReceiversWithNil_andWaitingSendersWithChannelClosed() {
        Channel one = new Channel(1);
        one.sender().trySend("full");
        Task waitingSend = ex.spawn(one.sender().send("blocked"), null);
        Channel empty = new Channel(1);
        Task waitingRecv = ex.spawn(empty.receiver().recv(), null);
        ex.runUntilIdle();
        one.sender().close();
        empty.sender().close();
        ex.runUntilIdle();
        assertThat(waitingRecv.result()).isNull();
        assertThatThrownBy(waitingSend::result).hasMessageStartingWith("ChannelClosed");
        assertThat(one.receiver().tryRecv()).isEqualTo("full");
    }

    @Test
    void capacityBelowOne_isAValueError() {
        assertThatThrownBy(() -> new Channel(0)).isInstanceOf(PollenException.class)
                .hasMessageStartingWith("ValueError");
    }

    @Test
    void nilValues_travelThroughTheBuffer() {
        tx.trySend(null);
        tx.trySend("after nil");
        assertThat(ch.size()).isEqualTo(2);
        assertThat(rx.tryRecv()).isNull();
        assertThat(rx.tryRecv()).isEqualTo("after nil");
    }

    @Test
    void cancelledRecv_thatWasHandedAValue_givesItBackToTheFront() {
        Future recv = rx.recv();
        Task receiver = ex.spawn(recv, null);
        ex.runUntilIdle();        // waiting
        tx.trySend("x");          // handed straight to the waiting receiver
        tx.trySend("y");
        receiver.abort();         // cancelled before it could take "x"
        ex.runUntilIdle();
        assertThat(rx.tryRecv()).isEqualTo("x");
        assertThat(rx.tryRecv()).isEqualTo("y");
    }

    @Test
    void cancelledRecv_thatWasWaiting_takesNothing() {
        Task first = ex.spawn(rx.recv(), "first");
        Task second = ex.spawn(rx.recv(), "second");
        ex.runUntilIdle();
        first.abort();
        ex.runUntilIdle();
        tx.trySend("v");
        ex.runUntilIdle();
        assertThat(second.result()).isEqualTo("v");
    }

    @Test
    void receiverCancelledInTheMiddle_leavesTheOthersInOrder() {
        List<Task> receivers = new ArrayList<>();
        for (String name : List.of("r1", "r2", "r3", "r4")) {
            receivers.add(ex.spawn(Steps.named(name).await(rx::recv).map(v -> log.add(name + " got " + v)), name));
        }
        ex.runUntilIdle();
        receivers.get(1).abort();
        ex.runUntilIdle();
        for (String v : List.of("a", "b", "c")) {
            assertThat(tx.trySend(v)).isTrue();
            ex.runUntilIdle();
        }
        assertThat(log).containsExactly("r1 got a", "r3 got b", "r4 got c");
        assertThat(rx.tryRecv()).isNull();
    }

    @Test
    void cancelledSend_sendsNothing_andPassesItsSlotToTheNextSender() {
        Channel one = new Channel(1);
        one.sender().trySend("first");
        Task a = ex.spawn(one.sender().send("a"), "a");
        Task b = ex.spawn(one.sender().send("b"), "b");
        ex.runUntilIdle();
        assertThat(one.receiver().tryRecv()).isEqualTo("first");  // grants the slot to a
        a.abort();                                               // a never delivers
        ex.runUntilIdle();
        assertThat(b.isFinished()).isTrue();
        assertThat(one.receiver().tryRecv()).isEqualTo("b");
        assertThat(one.receiver().tryRecv()).isNull();
    }

    @Test
    void waitingSenders_deliverInTheOrderTheyBeganToWait() {
        Channel one = new Channel(1);
        one.sender().trySend(0L);
        for (long i = 1; i <= 3; i++) {
            ex.spawn(one.sender().send(i), null);
        }
        ex.runUntilIdle();
        List<Object> got = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            got.add(one.receiver().tryRecv());
            ex.runUntilIdle();
        }
        assertThat(got).containsExactly(0L, 1L, 2L, 3L);
    }

    @Test
    void grantedSenderHandingStraightToAReceiver_grantsTheNextSender() {
        Channel one = new Channel(1);
        one.sender().trySend("x");
        Task s1 = ex.spawn(one.sender().send("s1"), null);
        Task s2 = ex.spawn(one.sender().send("s2"), null);
        ex.runUntilIdle();
        Task r1 = ex.spawn(one.receiver().recv(), null);  // takes "x", granting s1's slot
        Task r2 = ex.spawn(one.receiver().recv(), null);  // waits: s1 has not delivered yet
        ex.runUntilIdle();
        assertThat(r1.result()).isEqualTo("x");
        assertThat(r2.result()).isEqualTo("s1");          // handed over directly
        assertThat(s2.isFinished()).isTrue();             // so the free slot went to s2
        assertThat(s1.isFinished()).isTrue();
        assertThat(one.receiver().tryRecv()).isEqualTo("s2");
    }
}
