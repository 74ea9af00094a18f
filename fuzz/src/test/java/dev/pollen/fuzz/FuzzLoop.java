package dev.pollen.fuzz;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Drives one fuzz target: try {@code i} gets {@code new Random(seed + i)}, for
 * {@code pollen.fuzz.tries} tries or until {@code pollen.fuzz.seconds} have passed, whichever
 * comes first. {@code pollen.fuzz.seed} is a number, or {@code random} for a fresh one each run.
 * A failing try names its own seed, so {@code -Dpollen.fuzz.seed=S -Dpollen.fuzz.tries=1}
 * replays exactly it, and its input is saved under {@code pollen.fuzz.failures} for a regression
 * test. Each run prints how many inputs it tried.
 */
final class FuzzLoop {
    private FuzzLoop() {}

    /** One try: builds an input from {@code random}, puts it in {@code input[0]} (to save it if it fails), runs it. */
    interface Target {
        void run(Random random, byte[][] input) throws Exception;
    }

    static void run(String name, Target target) throws Exception {
        int tries = Integer.getInteger("pollen.fuzz.tries", 50);
        long seconds = Long.getLong("pollen.fuzz.seconds", 20);
        String seedText = System.getProperty("pollen.fuzz.seed", "20261206");
        long seed = seedText.equals("random") ? System.nanoTime() : Long.parseLong(seedText);
        long until = System.nanoTime() + seconds * 1_000_000_000L;
        int done = 0;
        long start = System.nanoTime();
        for (int i = 0; i < tries && System.nanoTime() < until; i++) {
            long trySeed = seed + i;
            byte[][] input = {new byte[0]};
            try {
                target.run(new Random(trySeed), input);
            } catch (Throwable failure) {
                Path saved = save(name, trySeed, input[0]);
                throw new AssertionError("fuzz target " + name + " failed at seed " + trySeed
                        + " (replay: -Dpollen.fuzz.seed=" + trySeed + " -Dpollen.fuzz.tries=1; input saved to "
                        + saved + "): " + failure.getMessage(), failure);
            }
            done++;
        }
        System.out.printf("fuzz %s: %d inputs in %.1f s (seeds %d..%d)%n", name, done,
                (System.nanoTime() - start) / 1e9, seed, seed + done - 1);
    }

    private static Path save(String name, long seed, byte[] input) {
        try {
            Path dir = Path.of(System.getProperty("pollen.fuzz.failures", "target/fuzz-failures"));
            Files.createDirectories(dir);
            Path file = dir.resolve(name + "-" + seed + ".pln");
            Files.write(file, input);
            return file;
        } catch (IOException e) {
            return null;
        }
    }
}
