package dev.pollen.runtime.async;

/** The receiving end of a {@link Channel} ({@code rx}). Shareable among tasks and threads. */
public final class Receiver {
    private final Channel channel;

    Receiver(Channel channel) {
        this.channel = channel;
    }

    /** A future of the next value, or nil once the channel is closed and drained. Cancel-safe. */
    public Future recv() {
        return channel.recv();
    }

    /** The next value if one is buffered now, else nil. */
    public Object tryRecv() {
        return channel.tryRecv();
    }

    public Channel channel() {
        return channel;
    }

    @Override
    public String toString() {
        return "<receiver>";
    }
}
