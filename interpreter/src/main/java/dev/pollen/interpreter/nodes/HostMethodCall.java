package dev.pollen.interpreter.nodes;

import dev.pollen.runtime.value.Callable;
import dev.pollen.runtime.value.Location;

/**
 * {@code receiver.name(args)} called from Java (a host's {@code callMethod}, JSR-223's
 * {@code invokeMethod}): the receiver's method is found exactly as a script's call site finds it,
 * by the same {@link CallNodes.MethodCall}, with the arguments the host passes.
 */
public final class HostMethodCall implements Callable {
    private static final ExprNode[] NO_ARGUMENT_NODES = new ExprNode[0];

    private final Object receiver;
    private final String name;
    private final CallNodes.MethodCall site;

    public HostMethodCall(Object receiver, String name, RunContext context) {
        this.receiver = receiver;
        this.name = name;
        // No script text holds the call: errors point at the host's call by name.
        Location at = new Location("<call " + name + ">", 1, 1, 1);
        this.site = new CallNodes.MethodCall(null, name, NO_ARGUMENT_NODES, at, context);
    }

    @Override
    public Object call(Object[] args) {
        return site.call(receiver, args, CallbackDepth.current());
    }

    @Override
    public String name() {
        return name;
    }
}
