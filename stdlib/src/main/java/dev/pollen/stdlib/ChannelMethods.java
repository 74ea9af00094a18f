package dev.pollen.stdlib;

import dev.pollen.runtime.async.Receiver;
import dev.pollen.runtime.async.Sender;
import dev.pollen.runtime.value.BuiltinMethod;
import java.util.Map;

/**
 * The methods of channel ends (LANGUAGE.md §6.5): {@code tx.send(v)} (a future),
 * {@code tx.try_send(v)} (bool), {@code tx.close()}; {@code rx.recv()} (a future),
 * {@code rx.try_recv()} (next value or nil).
 */
final class ChannelMethods {
    private ChannelMethods() {}

    static final Map<String, BuiltinMethod> SENDER = MethodTable.neverRunningScript("sender")
            .add("send", 1, (self, a) -> ((Sender) self).send(a[0]))
            .add("try_send", 1, (self, a) -> ((Sender) self).trySend(a[0]))
            .add("close", 0, (self, a) -> {
                ((Sender) self).close();
                return null;
            })
            .build();

    static final Map<String, BuiltinMethod> RECEIVER = MethodTable.neverRunningScript("receiver")
            .add("recv", 0, (self, a) -> ((Receiver) self).recv())
            .add("try_recv", 0, (self, a) -> ((Receiver) self).tryRecv())
            .build();
}
