package dev.pollen.runtime.async;

import dev.pollen.runtime.lincheck.ModelChecks;
import org.jetbrains.kotlinx.lincheck.annotations.Operation;
import org.jetbrains.kotlinx.lincheck.annotations.Param;
import org.jetbrains.kotlinx.lincheck.paramgen.IntGen;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A bounded channel used from several workers is a linearizable FIFO queue. */
@Param(name = "v", gen = IntGen.class, conf = "1:3")
public class ChannelLincheckTest {
    private final Channel channel = new Channel(2);

    @Operation
    public boolean trySend(@Param(name = "v") int v) {
        return channel.sender().trySend((long) v);
    }

    @Operation
    public Object tryRecv() {
        return channel.receiver().tryRecv();
    }

    @Operation
    public int size() {
        return channel.size();
    }

    @Test
    @Timeout(300)
    void isLinearizable() {
        ModelChecks.run(ChannelLincheckTest.class);
    }
}
