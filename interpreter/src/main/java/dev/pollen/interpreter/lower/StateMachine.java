package dev.pollen.interpreter.lower;

import dev.pollen.interpreter.nodes.CallbackDepth;
import dev.pollen.interpreter.nodes.ControlSignal;
import dev.pollen.interpreter.nodes.ExprNode;
import dev.pollen.interpreter.nodes.Frame;
import dev.pollen.interpreter.nodes.RunContext;
import dev.pollen.interpreter.nodes.TryNode;
import dev.pollen.runtime.async.Context;
import dev.pollen.runtime.async.Future;
import dev.pollen.runtime.value.PollenException;
import dev.pollen.stdlib.Futures;

/**
 * One activation of an async body: its frame, and the {@link Future} that runs it. {@link #poll}
 * runs basic blocks from the current state until the body returns, throws, or reaches an
 * {@code .await} whose future is Pending — then it keeps that future and returns Pending, and the
 * next poll re-polls it and carries on from the block after the await. No thread or continuation
 * stands in for suspension: the state is the block index and the slots.
 *
 * <p>Errors are routed through the blocks' try regions; {@code return}, {@code break} and
 * {@code continue} that leave a try region run its finally block first (a saved completion says
 * where to go afterwards).
 */
public class StateMachine extends Frame implements Future {
    /** Signals from {@link Terminator#run}: suspended at an await, finished, or failed. */
    static final int AWAIT = -2;
    static final int FINISHED = -3;
    static final int FAILED = -4;
    /** From {@link #awaitMachine}: the awaited machine was polled and is pending, so this frame is suspended. */
    static final int SUSPENDED = -5;

    /** What a dropped slot holds while the frame is suspended (nil; tests fill it with a marker). */
    static volatile Object droppedValue = null;
    /** Sees each frame as it resumes after an await (null: nobody; a test sets it to check what is kept). */
    static volatile ResumeWatch resumeWatch = null;

    /** Sees a frame resuming into state {@code resume} of {@code code}, before anything there runs. */
    public interface ResumeWatch {
        /** The frame's slots are read and written through {@link Frame#get} and {@link Frame#set}. */
        void resumed(AsyncCode code, int resume, Frame frame);
    }

    private final AsyncCode code;
    private int state;
    private Future awaiting;
    /** The block ending in the await being waited on: its terminator and its try region. */
    private BasicBlock awaitBlock;
    private boolean started;
    private boolean done;
    private boolean cancelling;
    /** True while {@link #poll} runs: a poll that reaches this machine again is an await cycle. */
    private boolean polling;
    private Object result;
    private PollenException failure;

    protected StateMachine(AsyncCode code, int depth) {
        this(code, depth, false);
    }

    /**
     * A machine of a generated class that keeps its slots in fields of its own, overriding
     * {@link #get} and {@link #set} (a slot that is not a field is dead wherever the dispatch
     * loop enters a block: {@code get} gives nil and {@code set} drops the value).
     */
    protected StateMachine(AsyncCode code, int depth, boolean slotsInFields) {
        super(slotsInFields ? 0 : code.slotCount(), depth);
        this.code = code;
    }

    @Override
    public Object poll(Context cx) {
        if (done) {
            throw PollenException.valueError("future polled after completion");
        }
        if (polling) {
            // awaited from inside its own poll (f awaits f, or a awaits b awaits a): it could never finish
            throw PollenException.valueError("future awaited inside its own poll");
        }
        started = true;
        polling = true;
        try {
            int next = awaiting != null ? resumeAwait(cx) : state;
            return next == AWAIT ? PENDING : runFrom(next, cx);
        } finally {
            polling = false;
        }
    }

    private Object runFrom(int start, Context cx) {
        int b = start;
        while (true) {
            if (b >= 0) {
                b = runBlock(b, cx);
            } else if (b == AWAIT) {
                b = resumeAwait(cx);
                if (b == AWAIT) {
                    return PENDING;
                }
            } else if (b == SUSPENDED) {
                return PENDING;
            } else if (b == FINISHED) {
                done = true;
                Object r = result;
                result = null;
                return r;
            } else {
                done = true;
                PollenException e = failure;
                failure = null;
                e.leaveFunction(code.traceName());
                throw e;
            }
        }
    }

    /**
     * Runs block {@code index}: its code, then its terminator; returns the next block or a signal.
     * {@code cx} is the context of the poll running it (null while {@link #cancel} runs the
     * finally blocks). A generated subclass (the bytecode back end) overrides this with a switch
     * over its blocks.
     */
    protected int runBlock(int index, Context cx) {
        BasicBlock block = code.block(index);
        try {
            for (ExprNode s : block.body) {
                s.execute(this);
            }
            return block.terminator.run(this, block);
        } catch (PollenException | ControlSignal | StackOverflowError e) {
            return recover(block, e);
        }
    }

    /**
     * Where control goes when {@code block}'s code threw {@code t}: an error to its region's
     * catch or finally, a {@code return}, {@code break} or {@code continue} through the finally
     * blocks it leaves.
     */
    protected final int recover(BasicBlock block, Throwable t) {
        if (t instanceof PollenException e) {
            return routeThrow(block.region, e);
        } else if (t instanceof ControlSignal.Return r) {
            return routeReturn(block.region, r.value);
        } else if (t instanceof ControlSignal.Break br) {
            if (br.target.resultSlot >= 0) {
                set(br.target.resultSlot, br.value);
            }
            return routeJump(block.region, br.target.breakBlock);
        } else if (t instanceof ControlSignal.Continue c) {
            return routeJump(block.region, c.target.continueBlock);
        } else if (t instanceof StackOverflowError) {
            return routeThrow(block.region, RunContext.stackOverflow());
        }
        throw new IllegalStateException("unexpected " + t);
    }

    /** Starts awaiting {@code value} at {@code site}; the caller polls it next. */
    protected final int beginAwait(Terminator.Await site, BasicBlock from, Object value) {
        if (cancelling) {
            throw PollenException.cancelled().locateIfAbsent(site.location);
        }
        try {
            awaiting = Futures.toFuture(value);
        } catch (PollenException e) {
            throw e.locateIfAbsent(site.location);
        }
        awaitBlock = from;  // whose terminator is `site`
        state = site.resume;
        Object[] array = slots;  // empty for a machine with its slots in fields: it dropped them itself
        if (array.length > 0) {
            Object fill = droppedValue;
            for (int slot : site.dropped) {
                array[slot] = fill;
            }
        }
        return AWAIT;
    }

    /** What a dead slot holds while the machine is suspended, for generated code that drops its own fields. */
    protected static Object droppedFill() {
        return droppedValue;
    }

    /**
     * An {@code .await} of a value the generated code found to be a state machine (an async fn
     * call, typically fresh): {@link #beginAwait}, then its first poll right here rather than
     * back in the dispatch loop, so that when it completes at once the generated code goes
     * straight on to the resume block. Returns the block to run next (the resume block, or where
     * an error goes), or {@link #SUSPENDED} when the machine is pending.
     */
    protected final int awaitMachine(Terminator.Await site, BasicBlock from, StateMachine inner, Context cx) {
        beginAwait(site, from, inner);
        int next = resumeAwait(cx);
        return next == AWAIT ? SUSPENDED : next;
    }

    /** Polls the awaited future: AWAIT while it is pending, else the block to run next. */
    private int resumeAwait(Context cx) {
        Object r;
        try {
            r = awaiting instanceof StateMachine inner ? inner.poll(cx)
                    : awaiting.mayRunScript() ? pollMarked(cx) : awaiting.poll(cx);
        } catch (PollenException e) {
            awaiting = null;
            resumed();
            e.moveCursor(awaitSite().location, true);
            return routeThrow(awaitBlock.region, e);
        } catch (StackOverflowError e) {
            awaiting = null;
            resumed();
            return routeThrow(awaitBlock.region, RunContext.stackOverflow().locateIfAbsent(awaitSite().location));
        }
        if (r == PENDING) {
            return AWAIT;
        }
        awaiting = null;
        Terminator.Await site = awaitSite();
        set(site.resultSlot, r);
        resumed();
        return site.resume;
    }

    /**
     * Polls an awaited future that is not a state machine with this frame's depth marked for
     * the callbacks its poll may make ({@link CallbackDepth}). A state machine needs no mark: its
     * code marks its own depth around each native call and each poll of such a future; nor does
     * a future of the runtime's own that never calls out ({@link Future#mayRunScript}).
     */
    private Object pollMarked(Context cx) {
        CallbackDepth mark = CallbackDepth.here();
        int outer = mark.enter(depth);
        try {
            return awaiting.poll(cx);
        } finally {
            mark.restore(outer);
        }
    }

    /** Lets a watching test see the frame leave its await (one volatile read when nobody watches). */
    private void resumed() {
        ResumeWatch watch = resumeWatch;
        if (watch != null) {
            watch.resumed(code, state, this);
        }
    }

    private Terminator.Await awaitSite() {
        return (Terminator.Await) awaitBlock.terminator;
    }

    /**
     * An error in {@code region}: to the nearest catch, else through the nearest finally, else
     * out of the function.
     */
    protected final int routeThrow(TryRegion region, PollenException e) {
        if (!TryNode.isCatchable(e)) {
            failure = e;  // LimitExceeded ends the evaluation: no catch, no finally
            return FAILED;
        }
        for (TryRegion r = region; r != null; r = r.parent()) {
            if (r.handler() >= 0) {
                set(r.exceptionSlot(), e.value());
                return r.handler();
            }
            if (r.finallyBlock() >= 0) {
                set(r.completionSlot(), new Completion.Thrown(e));
                return r.finallyBlock();
            }
        }
        failure = e;
        return FAILED;
    }

    /** {@code return value} from {@code region}: through every enclosing finally, then done. */
    protected final int routeReturn(TryRegion region, Object value) {
        for (TryRegion r = region; r != null; r = r.parent()) {
            if (r.finallyBlock() >= 0) {
                set(r.completionSlot(), new Completion.Returning(value));
                return r.finallyBlock();
            }
        }
        result = value;
        return FINISHED;
    }

    /** A jump to {@code target}: through the finally blocks of the regions it leaves. */
    protected final int routeJump(TryRegion region, int target) {
        TryRegion targetRegion = code.block(target).region;
        for (TryRegion r = region; r != null && r != targetRegion; r = r.parent()) {
            if (r.finallyBlock() >= 0) {
                set(r.completionSlot(), new Completion.Jumping(target));
                return r.finallyBlock();
            }
        }
        return target;
    }

    /**
     * Drops this future while it is suspended: cancels the future it awaits (innermost first),
     * then throws Cancelled at its {@code .await} and runs its pending finally blocks, in which
     * any {@code .await} throws Cancelled at once. A never-polled future just ends.
     */
    @Override
    public void cancel() {
        if (done) {
            return;
        }
        if (!started) {
            done = true;
            return;
        }
        if (awaiting == null) {
            return; // running right now (a task cancelling itself): it is not suspended anywhere
        }
        cancelling = true;
        Future inner = awaiting;
        awaiting = null;
        inner.cancel();
        resumed();
        if (awaitBlock.region == null) {
            done = true;  // no catch or finally around the await: nothing more runs
            return;
        }
        int next = routeThrow(awaitBlock.region, PollenException.cancelled().locateIfAbsent(awaitSite().location));
        try {
            runFrom(next, null);
        } catch (PollenException expected) {
            // Cancelled (or an error from a finally block) ends the dropped future; nobody awaits it.
        } finally {
            done = true;
        }
    }

    @Override
    public String name() {
        return code.futureName();
    }

    @Override
    public String describeWait() {
        if (awaiting instanceof StateMachine inner) {
            return inner.describeWait();
        }
        String what = awaiting == null ? "nothing" : awaiting.describeWait();
        return awaitBlock == null ? what : what + " at " + awaitSite().location;
    }
}
