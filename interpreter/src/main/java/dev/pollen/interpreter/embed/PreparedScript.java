package dev.pollen.interpreter.embed;

import java.util.concurrent.CompletableFuture;

/**
 * A snippet compiled once by {@link Pollen#prepare} and run as often as needed without being
 * parsed or checked again. Each run is an evaluation of its engine, like {@link Pollen#eval}.
 */
public final class PreparedScript {
    private final Pollen engine;
    private final Object program;  // the engine's compiled form
    private final String name;

    PreparedScript(Pollen engine, Object program, String name) {
        this.engine = engine;
        this.program = program;
        this.name = name;
    }

    /** Runs it; the final expression's value converted to Java. */
    public Object run() {
        return engine.runPrepared(this);
    }

    /** {@link #run()} on the engine's own thread; the caller never blocks. */
    public CompletableFuture<Object> runAsync() {
        return engine.runPreparedAsync(this);
    }

    /** The name diagnostics give it. */
    public String name() {
        return name;
    }

    Object program() {
        return program;
    }

    Pollen engine() {
        return engine;
    }
}
