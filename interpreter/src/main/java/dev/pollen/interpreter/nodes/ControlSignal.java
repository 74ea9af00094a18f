package dev.pollen.interpreter.nodes;

/**
 * {@code break}, {@code continue} and {@code return} unwinding through Java frames. These are
 * control flow, not errors: no stack trace is filled in, and script {@code catch} never sees them
 * (Java {@code finally} still runs, which is what Pollen's {@code finally} wants).
 */
public abstract class ControlSignal extends RuntimeException {
    ControlSignal() {
        super(null, null, false, false);
    }

    /** {@code break [value]} out of the loop identified by {@code target}. */
    public static final class Break extends ControlSignal {
        public final LoopLabel target;
        public final Object value;

        public Break(LoopLabel target, Object value) {
            this.target = target;
            this.value = value;
        }
    }

    /** {@code continue} the loop identified by {@code target}. */
    public static final class Continue extends ControlSignal {
        public final LoopLabel target;

        public Continue(LoopLabel target) {
            this.target = target;
        }
    }

    /** {@code return value} from the innermost function. */
    public static final class Return extends ControlSignal {
        public final Object value;

        public Return(Object value) {
            this.value = value;
        }
    }
}
