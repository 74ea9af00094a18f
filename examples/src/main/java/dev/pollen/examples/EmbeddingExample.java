package dev.pollen.examples;

import dev.pollen.interpreter.embed.Limits;
import dev.pollen.interpreter.embed.Pollen;
import dev.pollen.interpreter.embed.PollenConfig;
import dev.pollen.interpreter.embed.ScriptRuntimeException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * A small Java application that lets its users write pricing rules in Pollen: the whole embedding
 * API in one place, using nothing but the public {@code dev.pollen.interpreter.embed} package.
 *
 * <ol>
 *   <li>The host defines {@code price_of} (a plain {@link Function}; an unknown item throws, and
 *       the script catches that as a {@code HostError}) and {@code stock_of}, an async host
 *       function: it returns a {@link CompletableFuture} that a warehouse thread completes later,
 *       and the script {@code .await}s it.</li>
 *   <li>The script defines {@code async fn quote(items)}, which asks for every item's stock at
 *       once and prices what is in stock.</li>
 *   <li>Java calls {@code quote} by name and reads the map it returns as a {@link Map}.</li>
 *   <li>A user's rule that never ends is stopped by a limit, and the engine goes on serving.</li>
 * </ol>
 *
 * Run it with {@code java -cp repl/target/pollen.jar:examples/target/classes
 * dev.pollen.examples.EmbeddingExample}.
 */
public final class EmbeddingExample {
    private EmbeddingExample() {}

    /** What a quote came to: the items priced, the ones out of stock, and the total. */
    public record Quote(List<String> priced, List<String> outOfStock, double total) {}

    /** What the application saw: a quote, and how a runaway rule ended. */
    public record Outcome(Quote quote, String runawayRule, Object answerAfterwards) {}

    private static final Map<String, Double> PRICES = Map.of("apple", 0.5, "pear", 0.75, "fig", 2.0);
    private static final Map<String, Integer> STOCK = Map.of("apple", 12, "pear", 0, "fig", 3);

    static final String RULES = """
            // `price_of` and `stock_of` are not Pollen builtins: the Java host defined them.
            async fn quote(items) {
                // Ask the warehouse about every item at once; each answer wakes this task.
                let stock = join_all(items.map(|item| stock_of(item))).await;
                let mut priced = [];
                let mut missing = [];
                let mut total = 0.0;
                for i in 0..items.len() {
                    if stock[i] == 0 { missing.push(items[i]); continue; }
                    priced.push(items[i]);
                    total += price_of(items[i]);
                }
                try { price_of("kiwi"); } catch e { print("the host said:", e.kind, e.message); }
                #{priced: priced, out_of_stock: missing, total: total}
            }
            """;

    public static void main(String[] args) {
        Outcome outcome = run(PollenConfig.defaults());
        System.out.println("quote: " + outcome.quote());
        System.out.println("runaway rule: " + outcome.runawayRule());
        System.out.println("1 + 1 afterwards: " + outcome.answerAfterwards());
    }

    /** Runs the application once on a fresh engine made from {@code config}. */
    public static Outcome run(PollenConfig config) {
        ScheduledExecutorService warehouse = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "warehouse");
            t.setDaemon(true);
            return t;
        });
        try (Pollen pollen = new Pollen(config.withLimits(Limits.untrusted()))) {
            pollen.define("price_of", (Function<String, Double>) item -> {
                Double price = PRICES.get(item);
                if (price == null) {
                    throw new IllegalArgumentException("no price for " + item);
                }
                return price;
            });
            // An async host function: the warehouse answers 20 ms later, on its own thread.
            pollen.define("stock_of", (Function<String, CompletableFuture<Integer>>) item -> {
                CompletableFuture<Integer> answer = new CompletableFuture<>();
                warehouse.schedule(() -> answer.complete(STOCK.getOrDefault(item, 0)), 20, TimeUnit.MILLISECONDS);
                return answer;
            });

            pollen.eval(RULES, "rules.pln");
            Map<?, ?> result = (Map<?, ?>) pollen.call("quote", List.of("apple", "pear", "fig"));
            Quote quote = new Quote(strings(result.get("priced")), strings(result.get("out_of_stock")),
                    (Double) result.get("total"));

            // A rule a user got wrong: the deadline of Limits.untrusted() ends it, uncatchably.
            String runaway;
            try {
                pollen.eval("loop { try { loop {} } catch e { } }", "user-rule.pln");
                runaway = "finished?!";
            } catch (ScriptRuntimeException e) {
                runaway = e.kind() + " at " + e.location();
            }
            return new Outcome(quote, runaway, pollen.eval("1 + 1"));
        } finally {
            warehouse.shutdownNow();
        }
    }

    private static List<String> strings(Object list) {
        return ((List<?>) list).stream().map(String.class::cast).toList();
    }
}
