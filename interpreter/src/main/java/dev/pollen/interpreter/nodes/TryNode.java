package dev.pollen.interpreter.nodes;

import dev.pollen.runtime.value.PollenException;

/**
 * {@code try { } catch e { } finally { }} in synchronous code. The catch sees script errors only:
 * {@code break}/{@code continue}/{@code return} pass through, running the finally block on the
 * way. A run-ending error (LimitExceeded, the host's interrupt) passes through everything — no catch, no finally — because it ends the
 * whole evaluation where it was met. A Java stack overflow inside becomes a catchable
 * StackOverflow here, where there is stack again to handle it.
 */
public final class TryNode extends ExprNode {
    private final ExprNode body;
    private final VariableNodes.Binder catchVar;
    private final ExprNode catchBody;
    private final ExprNode finallyBody;

    public TryNode(ExprNode body, VariableNodes.Binder catchVar, ExprNode catchBody, ExprNode finallyBody) {
        this.body = body;
        this.catchVar = catchVar;
        this.catchBody = catchBody;
        this.finallyBody = finallyBody;
    }

    public ExprNode body() {
        return body;
    }

    /** The catch's variable, or null for {@code catch _} or no catch. */
    public VariableNodes.Binder catchVar() {
        return catchVar;
    }

    /** The catch block, or null when there is none. */
    public ExprNode catchBody() {
        return catchBody;
    }

    /** The finally block, or null when there is none. */
    public ExprNode finallyBody() {
        return finallyBody;
    }

    @Override
    public void slotUses(SlotUses uses) {
        uses.maybe(() -> uses.of(body));
        uses.maybe(() -> {
            if (catchVar != null) {
                catchVar.declareUses(uses);
            }
            uses.of(catchBody);
        });
        uses.of(finallyBody);
    }

    @Override
    public Object execute(Frame frame) {
        Object value;
        try {
            value = body.execute(frame);
        } catch (PollenException e) {
            value = handle(frame, e);
        } catch (StackOverflowError e) {
            value = handle(frame, RunContext.stackOverflow());
        } catch (ControlSignal s) {
            runFinally(frame);
            throw s;
        }
        runFinally(frame);
        return value;
    }

    /** An error left the try block: the catch block's value, or the error after the finally. */
    private Object handle(Frame frame, PollenException error) {
        if (!isCatchable(error)) {
            throw error;
        }
        if (catchBody == null) {
            runFinally(frame);
            throw error;
        }
        try {
            if (catchVar != null) {
                catchVar.declare(frame, error.value());
            }
            return catchBody.execute(frame);
        } catch (PollenException again) {
            if (isCatchable(again)) {
                runFinally(frame);
            }
            throw again;
        } catch (ControlSignal s) {
            runFinally(frame);
            throw s;
        }
    }

    private void runFinally(Frame frame) {
        if (finallyBody != null) {
            finallyBody.execute(frame);
        }
    }

    /** Every script error except a run-ending one (a limit, the host's interrupt). */
    public static boolean isCatchable(PollenException e) {
        return !e.endsRun();
    }
}
