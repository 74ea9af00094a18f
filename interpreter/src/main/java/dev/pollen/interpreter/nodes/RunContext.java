package dev.pollen.interpreter.nodes;

import dev.pollen.runtime.value.ErrorKind;
import dev.pollen.runtime.value.ErrorValue;
import dev.pollen.runtime.value.Location;
import dev.pollen.runtime.value.PollenException;
import dev.pollen.runtime.value.SizeLimits;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Per-engine state that running code needs: the limits of LANGUAGE.md §11 and the host's
 * interrupt, for the evaluation running now. One per engine, never static, so several engines
 * can run side by side.
 *
 * <p>An evaluation is bracketed by {@link #begin} and {@link #end}: the budget, the deadline and a
 * pending interrupt belong to it alone, so a spent budget or an interrupt sent while idle never
 * reaches the next evaluation. Once a limit is met (or the host interrupts), every task of the
 * evaluation throws the same run-ending error at its next loop iteration or call; that error is
 * not catchable and runs no {@code finally}.
 */
public final class RunContext implements SizeLimits {
    /** Calls deeper than this throw StackOverflow (a script error, never a JVM crash). */
    public static final int MAX_DEPTH = 12_000;

    /** How often the memory bound is measured while an evaluation runs. */
    private static final long MEMORY_CHECK_MILLIS = 10;
    /** The least time between two collections the memory watch asks for. */
    private static final long MIN_COLLECTION_GAP_NANOS = 100_000_000L;
    private BodyCompiler compiler;
    /** Interpreted calls of a function before it is compiled; -1 never compiles. */
    private int compileAfter = -1;

    /** One daemon thread for every engine's deadlines and memory checks; it holds no engine state. */
    private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "pollen-watchdog");
        t.setDaemon(true);
        return t;
    });

    /**
     * The limits of one evaluation; 0 (or less) in a field means "no limit".
     *
     * @param maxOps        loop iterations and calls of the whole evaluation
     * @param maxDepth      nested calls of one task (0: StackOverflow at {@link #MAX_DEPTH})
     * @param maxTasks      live tasks at once
     * @param maxString     characters of any one string
     * @param maxCollection elements of any one list or map
     * @param maxMemoryMiB  heap in use after a garbage collection, in MiB
     * @param deadlineMillis wall-clock time of the evaluation
     */
    public record Bounds(long maxOps, int maxDepth, int maxTasks, long maxString, long maxCollection,
                         long maxMemoryMiB, long deadlineMillis) {
        public static final Bounds NONE = new Bounds(0, 0, 0, 0, 0, 0, 0);
    }

    private volatile Bounds bounds;
    private long opsLeft = Long.MAX_VALUE;
    private volatile boolean active;
    /** Why the evaluation must stop (a limit met, or the host's interrupt); null while it may go on. */
    private volatile PollenException stop;
    /** The first run-ending error a task threw (it carries the place and the trace). */
    private volatile PollenException firstThrown;
    private volatile Runnable onStop = () -> {};
    private ScheduledFuture<?> deadlineTimer;
    private ScheduledFuture<?> memoryCheck;
    /** When the memory watch last asked for a collection (watchdog thread only). */
    private long lastCollection = System.nanoTime() - MIN_COLLECTION_GAP_NANOS;

    public RunContext(Bounds bounds) {
        this.bounds = bounds;
    }

    /** The limits the next evaluation starts with. */
    public void setBounds(Bounds b) {
        this.bounds = b;
    }

    public Bounds bounds() {
        return bounds;
    }

    /**
     * Starts an evaluation: a fresh budget, no pending stop, the deadline and memory watch armed.
     *
     * @param whenStopped called (on any thread) when a limit or an interrupt ends the evaluation,
     *                    so the engine can wake tasks that are waiting rather than running
     */
    public synchronized void begin(Runnable whenStopped) {
        Bounds b = bounds;
        opsLeft = b.maxOps() > 0 ? b.maxOps() : Long.MAX_VALUE;
        stop = null;
        firstThrown = null;
        onStop = whenStopped;
        active = true;
        if (b.deadlineMillis() > 0) {
            deadlineTimer = WATCHDOG.schedule(
                    () -> requestStop(limit("--deadline", b.deadlineMillis() + " ms of wall-clock time")),
                    b.deadlineMillis(), TimeUnit.MILLISECONDS);
        }
        if (b.maxMemoryMiB() > 0) {
            memoryCheck = WATCHDOG.scheduleWithFixedDelay(() -> checkMemory(b.maxMemoryMiB()),
                    MEMORY_CHECK_MILLIS, MEMORY_CHECK_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    /** Ends the evaluation: its deadline and memory watch stop, and an interrupt now is ignored. */
    public synchronized void end() {
        active = false;
        stop = null;
        firstThrown = null;
        opsLeft = Long.MAX_VALUE;  // background tasks between evaluations (the REPL) run unbounded
        onStop = () -> {};
        if (deadlineTimer != null) {
            deadlineTimer.cancel(false);
            deadlineTimer = null;
        }
        if (memoryCheck != null) {
            memoryCheck.cancel(false);
            memoryCheck = null;
        }
    }

    /**
     * Compiles each sync function with {@code compiler} once it has been called {@code after}
     * times interpreted (0: on its first call; -1: never).
     */
    public void useCompiler(BodyCompiler c, int after) {
        this.compiler = c;
        this.compileAfter = c == null ? -1 : after;
    }

    public BodyCompiler compiler() {
        return compiler;
    }

    int compileAfter() {
        return compileAfter;
    }

    /** Counts one operation (a loop iteration or a call); past the budget the run ends. */
    public void tick() {
        if (--opsLeft < 0 || stop != null) {
            throw stopHere();
        }
    }

    /** Counts one operation; an exceeded budget (or an interrupt) is reported at {@code where}. */
    public void tick(Location where) {
        if (--opsLeft < 0 || stop != null) {
            throw stopHere().locateIfAbsent(where);
        }
    }

    /**
     * Stops the evaluation running now at its next loop iteration or call, even where it never
     * awaits: it throws Cancelled ("interrupted"), which no catch sees. Ignored when no evaluation
     * runs, so it never reaches a later one. Callable from any thread.
     */
    public void interrupt() {
        if (active) {
            requestStop(PollenException.endingRun(ErrorKind.CANCELLED, "interrupted"));
        }
    }

    /** The error that ends the evaluation (the first limit met, or the interrupt), or null. */
    public PollenException stopError() {
        PollenException thrown = firstThrown;
        return thrown != null ? thrown : stop;
    }

    private PollenException stopHere() {
        if (stop == null) {
            requestStop(limit("--max-ops", bounds.maxOps() + " operations"));
        }
        PollenException reason = stop;
        // A fresh exception per task: each gathers its own trace while the evaluation unwinds.
        PollenException e = PollenException.endingRun(reason.kind(), ((ErrorValue) reason.value()).message());
        if (firstThrown == null) {
            firstThrown = e;
        }
        return e;
    }

    /** Records why the evaluation must stop (the first reason wins) and wakes what is waiting. */
    private void requestStop(PollenException reason) {
        Runnable wake;
        synchronized (this) {
            if (!active || stop != null) {
                return;
            }
            stop = reason;
            wake = onStop;
        }
        wake.run();
    }

    private static PollenException limit(String option, String what) {
        return PollenException.endingRun(ErrorKind.LIMIT_EXCEEDED, "the run exceeded " + what + " (" + option + ")");
    }

    /** The run-ending error for an exceeded {@code --max-*} bound, recorded so every task stops. */
    private PollenException exceeded(String option, String what) {
        requestStop(limit(option, what));
        return stop != null ? stopHere() : limit(option, what);
    }

    // ---- depth, tasks, sizes, memory ----------------------------------------------------------

    /** The deepest call a task may make. */
    public int maxDepth() {
        int d = bounds.maxDepth();
        return d > 0 ? d : MAX_DEPTH;
    }

    /** What a call one level too deep throws: LimitExceeded under {@code --max-depth}, else StackOverflow. */
    public PollenException tooDeep() {
        int d = bounds.maxDepth();
        return d > 0 ? exceeded("--max-depth", d + " nested calls") : stackOverflow();
    }

    /** Called before a task is spawned with the number of live tasks. */
    public void checkTasks(int live) {
        int max = bounds.maxTasks();
        if (max > 0 && live >= max) {
            throw exceeded("--max-tasks", max + " live tasks");
        }
    }

    @Override
    public void checkString(long length) {
        long max = bounds.maxString();
        if (max > 0 && length > max) {
            throw exceeded("--max-string", max + " characters in a string");
        }
    }

    @Override
    public void checkCollection(long size) {
        long max = bounds.maxCollection();
        if (max > 0 && size > max) {
            throw exceeded("--max-collection", max + " elements in a list or map");
        }
    }

    /** Whether the size bounds need installing on the threads that run the evaluation. */
    public boolean boundsSizes() {
        return bounds.maxString() > 0 || bounds.maxCollection() > 0;
    }

    /**
     * Heap in use after a garbage collection, as the limit defines it: the current use counts only
     * when a collection (asked for here when the use looks too high) cannot bring it back under.
     */
    private void checkMemory(long maxMiB) {
        long max = maxMiB << 20;
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long now = System.nanoTime();
        // A collection costs the whole JVM: at most one asked for per interval, whatever the garbage.
        if (memory.getHeapMemoryUsage().getUsed() <= max || now - lastCollection < MIN_COLLECTION_GAP_NANOS) {
            return;
        }
        lastCollection = now;
        System.gc();
        if (memory.getHeapMemoryUsage().getUsed() > max) {
            requestStop(limit("--max-memory", maxMiB + " MiB of heap"));
        }
    }

    public static PollenException stackOverflow() {
        return PollenException.of(ErrorKind.STACK_OVERFLOW, "maximum recursion depth exceeded");
    }
}
