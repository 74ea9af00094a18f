package dev.pollen.runtime.async;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TimerHeapTest {
    private final TimerQueue queue = new TimerQueue(() -> { });
    private final Random random = new Random(7);

    private Timer timer(long deadline) {
        return queue.create(deadline, "t");
    }

    private static List<Timer> drain(TimerHeap heap) {
        List<Timer> out = new ArrayList<>();
        Timer t;
        while ((t = heap.poll()) != null) {
            out.add(t);
        }
        return out;
    }

    @Test
    void pollsInDeadlineOrder_thenCreationOrderAmongEqualDeadlines() {
        TimerHeap heap = new TimerHeap();
        List<Timer> all = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            Timer t = timer(random.nextInt(300));  // many equal deadlines
            all.add(t);
            heap.add(t);
        }
        all.sort(Comparator.naturalOrder());
        assertThat(drain(heap)).containsExactlyElementsOf(all);
        assertThat(heap.isEmpty()).isTrue();
    }

    @Test
    void interleavedAddsAndPolls_keepTheOrder() {
        TimerHeap heap = new TimerHeap();
        List<Timer> model = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            if (model.isEmpty() || random.nextInt(3) > 0) {
                Timer t = timer(random.nextInt(1_000));
                heap.add(t);
                model.add(t);
            } else {
                Timer least = model.stream().min(Comparator.naturalOrder()).orElseThrow();
                model.remove(least);
                assertThat(heap.poll()).isSameAs(least);
            }
            assertThat(heap.size()).isEqualTo(model.size());
        }
    }

    @Test
    void removeIf_dropsTheChosenTimers_andKeepsTheRestInOrder() {
        TimerHeap heap = new TimerHeap();
        List<Timer> kept = new ArrayList<>();
        List<Timer> dropped = new ArrayList<>();
        for (int i = 0; i < 3_000; i++) {
            Timer t = timer(random.nextInt(500));
            heap.add(t);
            (i % 3 == 0 ? kept : dropped).add(t);
        }
        heap.removeIf(dropped::contains);
        kept.sort(Comparator.naturalOrder());
        assertThat(drain(heap)).containsExactlyElementsOf(kept);
    }
}
