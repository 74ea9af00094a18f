package dev.pollen.interpreter.nodes;

import dev.pollen.runtime.value.ErrorKind;
import dev.pollen.runtime.value.PollenException;

/**
 * {@code try { } catch e { } finally { }} in synchronous code. The catch sees script errors only:
 * {@code break}/{@code continue}/{@code return} pass through (running the finally, as Java's
 * {@code finally} does), and LimitExceeded cannot be caught, so a host's limit always ends the run.
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

    @Override
    public Object execute(Frame frame) {
        try {
            return body.execute(frame);
        } catch (PollenException e) {
            if (catchBody == null || !isCatchable(e)) {
                throw e;
            }
            if (catchVar != null) {
                catchVar.declare(frame, e.value());
            }
            return catchBody.execute(frame);
        } finally {
            if (finallyBody != null) {
                finallyBody.execute(frame);
            }
        }
    }

    /** Every script error except LimitExceeded, which must end the whole evaluation. */
    public static boolean isCatchable(PollenException e) {
        return !e.isKind(ErrorKind.LIMIT_EXCEEDED);
    }
}
