package dev.pollen.fuzz;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * Random operation sequences on one runtime primitive — a channel, a semaphore, timers with
 * cancellation — written as a script, with the output a plain model of the primitive predicts
 * (LANGUAGE.md §6.3-§6.5). The main task yields after each operation, so that tasks it woke or
 * spawned run before its next operation and the model may settle them at once, in FIFO order.
 */
final class PrimitiveScenarios {
    private PrimitiveScenarios() {}

    /** A script and the exact standard output it must print. */
    record Scenario(String script, String expected) {}

    /** Try-sends, try-receives, sends and receives that cannot block, waiting receivers, close. */
    static Scenario channel(Random r) {
        int capacity = 1 + r.nextInt(3);
        StringBuilder s = new StringBuilder("let [tx, rx] = channel(" + capacity + ");\nlet waiting = [];\n");
        StringBuilder out = new StringBuilder();
        Deque<Long> buffer = new ArrayDeque<>();
        Deque<Integer> receivers = new ArrayDeque<>();
        List<String> received = new ArrayList<>();
        boolean closed = false;
        int spawned = 0;
        int ops = 1 + r.nextInt(30);
        for (int i = 0; i < ops; i++) {
            long v = r.nextInt(100);
            switch (r.nextInt(6)) {
                case 0 -> {
                    s.append("try { print(tx.try_send(").append(v).append(")); } catch e { print(e.kind); }\n");
                    if (closed) {
                        out.append("ChannelClosed\n");
                    } else if (buffer.size() < capacity) {
                        buffer.add(v);
                        out.append("true\n");
                    } else {
                        out.append("false\n");
                    }
                }
                case 1 -> {
                    s.append("print(rx.try_recv());\n");
                    out.append(buffer.isEmpty() ? "nil" : buffer.poll()).append('\n');
                }
                case 2 -> {
                    if (!closed && buffer.size() < capacity) {
                        s.append("tx.send(").append(v).append(").await;\n");
                        buffer.add(v);
                    } else if (closed) {
                        s.append("try { tx.send(").append(v).append(").await; } catch e { print(e.kind); }\n");
                        out.append("ChannelClosed\n");
                    }
                }
                case 3 -> {
                    if (!buffer.isEmpty() || closed) {
                        s.append("print(rx.recv().await);\n");
                        out.append(buffer.isEmpty() ? "nil" : buffer.poll()).append('\n');
                    }
                }
                case 4 -> {
                    s.append("waiting.push(spawn(async { rx.recv().await }));\n");
                    receivers.add(spawned++);
                }
                default -> {
                    s.append("tx.close();\n");
                    closed = true;
                }
            }
            s.append("yield_now().await;\n");
            // settle: waiting receivers take values in the order they began to wait; nil once closed and drained
            while (!receivers.isEmpty() && (!buffer.isEmpty() || closed)) {
                receivers.poll();
                received.add(buffer.isEmpty() ? "nil" : String.valueOf(buffer.poll()));
            }
        }
        s.append("tx.close();\nyield_now().await;\nfor h in waiting { print(\"got\", h.await); }\n");
        while (!receivers.isEmpty()) {
            receivers.poll();
            received.add(buffer.isEmpty() ? "nil" : String.valueOf(buffer.poll()));
        }
        received.forEach(v -> out.append("got ").append(v).append('\n'));
        return new Scenario(s.toString(), out.toString());
    }

    /** Acquires that cannot block, releases, waiting acquirers served FIFO, available(). */
    static Scenario semaphore(Random r) {
        long permits = r.nextInt(3);
        StringBuilder s = new StringBuilder("let s = semaphore(" + permits + ");\nlet waiting = [];\n");
        StringBuilder out = new StringBuilder();
        Deque<Integer> waiters = new ArrayDeque<>();
        int spawned = 0;
        int ops = 1 + r.nextInt(30);
        for (int i = 0; i < ops; i++) {
            switch (r.nextInt(4)) {
                case 0 -> {
                    if (permits > 0) {
                        s.append("s.acquire().await;\n");
                        permits--;
                    }
                }
                case 1 -> {
                    s.append("s.release();\n");
                    permits++;
                }
                case 2 -> {
                    s.append("waiting.push(spawn(async { s.acquire().await; print(\"acquired\", ").append(spawned)
                            .append("); }));\n");
                    waiters.add(spawned++);
                }
                default -> {
                    s.append("print(\"available\", s.available());\n");
                    out.append("available ").append(permits).append('\n');
                }
            }
            s.append("yield_now().await;\n");
            // the acquirers served by this operation print during the yield, first come first served
            while (!waiters.isEmpty() && permits > 0) {
                permits--;
                out.append("acquired ").append(waiters.poll()).append('\n');
            }
        }
        s.append("for h in waiting { h.abort(); }\nprint(\"left\", s.available());\n");
        out.append("left ").append(permits).append('\n');
        return new Scenario(s.toString(), out.toString());
    }

    /**
     * Tasks that sleep at random (equal deadlines included) and record when they finish; some are
     * aborted at an instant no deadline shares. Survivors finish in (deadline, creation) order,
     * aborted sleepers end Cancelled, and every finally block runs once.
     */
    static Scenario timers(Random r) {
        int n = 1 + r.nextInt(8);
        long abortAt = 2L * r.nextInt(30) + 1;
        long[] sleep = IntStream.range(0, n).mapToLong(i -> 2L * r.nextInt(30)).toArray();
        boolean[] aborted = new boolean[n];
        StringBuilder s = new StringBuilder("let order = [];\nlet fins = [];\nlet hs = [];\n");
        for (int i = 0; i < n; i++) {
            s.append("hs.push(spawn(async { try { sleep(").append(sleep[i]).append(").await; order.push(").append(i)
                    .append("); ").append(i).append(" } finally { fins.push(").append(i).append("); } }));\n");
        }
        s.append("sleep(").append(abortAt).append(").await;\n");
        for (int i = 0; i < n; i++) {
            if (r.nextInt(3) == 0) {
                aborted[i] = true;
                s.append("hs[").append(i).append("].abort();\n");
            }
        }
        s.append("for h in hs { try { print(h.await); } catch e { print(e.kind); } }\n");
        s.append("print(order);\nprint(fins.len());\n");
        StringBuilder out = new StringBuilder();
        List<Integer> finished = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            boolean cancelled = aborted[i] && sleep[i] > abortAt;
            out.append(cancelled ? "Cancelled" : String.valueOf(i)).append('\n');
            if (!cancelled) {
                finished.add(i);
            }
        }
        finished.sort(Comparator.comparingLong(i -> sleep[i]));  // stable: equal deadlines keep creation order
        out.append(finished).append('\n').append(n).append('\n');
        return new Scenario(s.toString(), out.toString());
    }
}
