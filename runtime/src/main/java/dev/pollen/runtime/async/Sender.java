package dev.pollen.runtime.async;

/** The sending end of a {@link Channel} ({@code tx}). Shareable among tasks and threads. */
public final class Sender {
    private final Channel channel;

    Sender(Channel channel) {
        this.channel = channel;
    }

    /**
     * A future that puts {@code value} in the channel, waiting while it is full; it throws
     * ChannelClosed if the channel is (or becomes, while waiting) closed.
     */
    public Future send(Object value) {
        return channel.send(value);
    }

    /**
     * Puts {@code value} in the channel if there is room now.
     *
     * @return false only when the channel is full
     * @throws dev.pollen.runtime.value.PollenException ChannelClosed when the channel is closed
     */
    public boolean trySend(Object value) {
        return channel.trySend(value);
    }

    /** Closes the channel: receivers drain what is left, then get nil. Idempotent. */
    public void close() {
        channel.close();
    }

    public boolean isClosed() {
        return channel.isClosed();
    }

    public Channel channel() {
        return channel;
    }

    @Override
    public String toString() {
        return "<sender>";
    }
}
