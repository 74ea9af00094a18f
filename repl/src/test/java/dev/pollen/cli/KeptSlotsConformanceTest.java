package dev.pollen.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.pollen.interpreter.embed.Pollen;
import dev.pollen.interpreter.embed.PollenConfig;
import dev.pollen.interpreter.embed.ScriptCompileException;
import dev.pollen.interpreter.lower.AsyncCode;
import dev.pollen.interpreter.lower.KeptSlotSearch;
import dev.pollen.interpreter.lower.StateMachine;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Checks that {@code pollen states} keeps nothing needlessly: every slot it lists as kept at a
 * resume state of a conformance program is shown to be read after resuming there. Dynamically
 * first: the program runs again with only that slot replaced by a marker each time a frame
 * resumes into that state, and a changed output proves the slot was read before being written.
 * A slot whose reads lie only on paths the program does not take (a finally entered normally, a
 * later match arm) is confirmed statically instead, by {@link KeptSlotSearch}: a forward search
 * per slot over the blocks, independent of the liveness analysis, which must also agree with it
 * exactly at every resume state (so nothing read is missed either).
 */
@Timeout(value = 8, unit = TimeUnit.MINUTES)
class KeptSlotsConformanceTest {
    private static final String MARKER = "<a kept slot cleared by the test>";
    private static final Duration PER_RUN = Duration.ofSeconds(60);

    @Test
    void everyKeptSlotIsReadAfterItsResume() throws Exception {
        Field watch = StateMachine.class.getDeclaredField("resumeWatch");
        watch.setAccessible(true);
        Path root = ConformanceTest.root();
        List<String> disagreements = new ArrayList<>();
        List<String> unconfirmed = new ArrayList<>();
        int kept = 0;
        int dynamic = 0;
        int statically = 0;
        try {
            for (Path file : ConformanceTest.files(root)) {
                List<AsyncCode> bodies = bodies(file);
                Map<String, Integer> sameKey = new HashMap<>();
                bodies.forEach(code -> sameKey.merge(key(code), 1, Integer::sum));
                Set<String> resumed = new HashSet<>();
                if (bodies.stream().anyMatch(code -> KeptSlotSearch.keptByLiveness(code).values().stream()
                        .anyMatch(slots -> !slots.isEmpty()))) {
                    run(file, watch, (code, resume, slots) -> resumed.add(key(code) + "#" + resume));
                }
                for (AsyncCode code : bodies) {
                    Map<Integer, BitSet> byLiveness = KeptSlotSearch.keptByLiveness(code);
                    Map<Integer, BitSet> bySearch = KeptSlotSearch.kept(code);
                    if (!byLiveness.equals(bySearch)) {
                        disagreements.add(root.relativize(file) + " " + code.signature() + ": liveness " + byLiveness
                                + ", search " + bySearch);
                    }
                    for (Map.Entry<Integer, BitSet> state : byLiveness.entrySet()) {
                        int resume = state.getKey();
                        BitSet slots = state.getValue();
                        boolean runs = sameKey.get(key(code)) == 1 && resumed.contains(key(code) + "#" + resume);
                        for (int slot = slots.nextSetBit(0); slot >= 0; slot = slots.nextSetBit(slot + 1)) {
                            kept++;
                            if (runs && changesOutput(file, watch, key(code), resume, slot)) {
                                dynamic++;
                            } else if (bySearch.getOrDefault(resume, new BitSet()).get(slot)) {
                                statically++;
                            } else {
                                unconfirmed.add(root.relativize(file) + " " + code.signature() + " block " + resume
                                        + " " + code.slotNames().get(slot));
                            }
                        }
                    }
                }
            }
        } finally {
            watch.set(null, null);
        }
        System.out.printf("kept slots: %d; read after resuming in a run: %d; on a path found by search only: %d%n",
                kept, dynamic, statically);
        assertThat(disagreements).as("resume states where liveness and the path search differ").isEmpty();
        assertThat(unconfirmed).as("kept slots no path reads").isEmpty();
        assertThat(kept).isEqualTo(dynamic + statically).isPositive();
        assertThat(dynamic).as("slots confirmed by running").isPositive();
    }

    /** The async bodies {@code pollen states} shows for {@code file} (none when it does not compile). */
    @SuppressWarnings("unchecked")
    private static List<AsyncCode> bodies(Path file) throws Exception {
        Method fileBodies = Pollen.class.getDeclaredMethod("fileBodies", Path.class);
        fileBodies.setAccessible(true);
        try (Pollen compiler = new Pollen(PollenConfig.defaults())) {
            return (List<AsyncCode>) fileBodies.invoke(compiler, file.toAbsolutePath());
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof ScriptCompileException) {
                return List.of();  // a script that shows a compile error: no states to check
            }
            throw e;
        }
    }

    /** True when clearing {@code slot} on each resume into {@code resume} changes what the script does. */
    private static boolean changesOutput(Path file, Field watch, String key, int resume, int slot) throws Exception {
        try {
            run(file, watch, (code, state, slots) -> {
                if (state == resume && key(code).equals(key)) {
                    slots.set(slot, MARKER);
                }
            });
            return false;
        } catch (AssertionError changed) {
            return true;
        }
    }

    private static void run(Path file, Field watch, StateMachine.ResumeWatch w) throws Exception {
        watch.set(null, w);
        try {
            // Compiled machines: a slot kept there lives in a field the generated code reads (set by
            // the watch). A cleared slot may send a loop round forever, printing: the limits end it.
            assertTimeoutPreemptively(PER_RUN, () -> ConformanceTest.check(file, "--compile=always",
                    "--max-ops=20000000", "--max-string=1000000", "--deadline=20000"));
        } finally {
            watch.set(null, null);
        }
    }

    /** Names a body the same in the test's compile and in the command's run. */
    private static String key(AsyncCode code) {
        return code.traceName() + "|" + code.signature() + "|" + code.slotNames() + "|" + code.blocks().size();
    }
}
