package dev.pollen.examples;

import dev.pollen.interpreter.embed.Pollen;
import dev.pollen.interpreter.embed.PollenConfig;
import dev.pollen.runtime.sensor.HostSource;
import dev.pollen.runtime.sensor.Sensor;
import dev.pollen.runtime.value.ErrorKind;
import dev.pollen.runtime.value.PollenException;
import dev.pollen.stdlib.NativeFunction;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A Java application that hosts a Pollen script: the smallest complete embedding.
 *
 * <p>It shows the three ways host and script meet:
 * <ol>
 *   <li>a Java function the script calls ({@code price_of}, a {@link NativeFunction} lambda
 *       defined as a global with {@link Pollen#define});</li>
 *   <li>a {@link HostSource} ({@code door}) that a Java thread feeds while the script
 *       {@code .await}s it, so a wake crosses threads exactly like a hardware interrupt;</li>
 *   <li>the script's final value (a map), read back in Java as a {@link Quote}.</li>
 * </ol>
 *
 * <p>Run it with {@code java -cp repl/target/pollen.jar:examples/target/classes
 * dev.pollen.examples.EmbeddingExample}; it uses the real clock,
 * so the script's timers take real time (300 ms). {@link #run(PollenConfig)} takes any
 * configuration, which is how the test runs it on the virtual clock.
 */
public final class EmbeddingExample {
    private EmbeddingExample() {}

    /** What the script hands back: a price total, the door events it saw, and when it finished. */
    public record Quote(double total, List<String> doorEvents, long finishedAtMillis) {}

    /** The host's catalogue: the data behind {@code price_of}. */
    private static final Map<String, Double> PRICES = Map.of("apple", 0.5, "pear", 0.75, "fig", 2.0);

    /** The events the "door" device raises, one per interrupt. */
    private static final List<String> DOOR_EVENTS = List.of("open", "closed", "open", "closed");

    static final String SCRIPT = """
            // `price_of` and `door` are not Pollen builtins: the Java host defined them.
            async fn quote(items) {
                let mut total = 0.0;
                for item in items {
                    let p = price_of(item);        // a plain, synchronous call into Java
                    sleep(100).await;              // then a pause, as if asking a slow warehouse
                    print("quoted ${item} at ${p} (t=${now()} ms)");
                    total += p;
                }
                total
            }

            let total = quote(["apple", "pear", "fig"]).await;
            try { price_of("kiwi"); } catch e { print("the host said:", e); }

            // A Java thread pushes door events; each push wakes this task, from that thread.
            let events = [];
            loop {
                let e = door.read().await;
                if e == nil { break; }             // the host closed the source: no more events
                print("door:", e);
                events.push(e);
            }
            #{total: total, events: events, finished_at: now()}
            """;

    public static void main(String[] args) throws InterruptedException {
        Quote quote = run(PollenConfig.defaults());
        System.out.println("Java read back: " + quote);
    }

    /**
     * Runs the script on a fresh engine with {@code config}, a device thread feeding {@code door},
     * and returns what the script computed.
     */
    public static Quote run(PollenConfig config) throws InterruptedException {
        try (Pollen pollen = new Pollen(config)) {
            pollen.define("price_of", new NativeFunction("price_of", args -> {
                if (args.length != 1) {
                    throw PollenException.typeError("price_of() takes 1 argument but " + args.length + " were given");
                }
                Double price = PRICES.get(args[0]);
                if (price == null) {
                    // A script error, not a Java one: the script can catch it as a KeyError.
                    throw PollenException.of(ErrorKind.KEY, "no price for " + args[0]);
                }
                return price;
            }));

            HostSource door = HostSource.create(pollen.executor(), "door");
            pollen.define("door", door.sensor());
            Thread device = new Thread(() -> feed(door), "door-device");
            device.setDaemon(true);
            device.start();

            // eval runs the text as the main task in this engine's globals, where define() put
            // price_of and door; finish() then does what a script's end does (cancel leftovers).
            Object result;
            try {
                result = pollen.eval(SCRIPT, "embedded.pln");
            } finally {
                pollen.finish();
                door.close();
            }
            device.join(5_000);
            return toQuote((Map<?, ?>) result);
        }
    }

    /**
     * The device: raises one interrupt per event, then closes. Like a hardware interrupt, a push
     * that finds no read pending is only latched as {@code latest()}, so the device waits until the
     * script is listening before each push; that keeps the demo's output the same on every run.
     */
    private static void feed(HostSource door) {
        try {
            for (String event : DOOR_EVENTS) {
                awaitListener(door.sensor());
                door.push(event);
            }
            awaitListener(door.sensor());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            door.close();   // pending reads complete with nil: the script's loop ends
        }
    }

    private static void awaitListener(Sensor sensor) throws InterruptedException {
        while (sensor.isRunning() && sensor.pendingReads() == 0) {
            Thread.sleep(1);
        }
    }

    /** A script map reaches Java as a {@code Map}, its lists as {@code List}s. */
    private static Quote toQuote(Map<?, ?> map) {
        List<String> events = new ArrayList<>();
        for (Object e : (List<?>) map.get("events")) {
            events.add((String) e);
        }
        return new Quote((Double) map.get("total"), List.copyOf(events), (Long) map.get("finished_at"));
    }
}
