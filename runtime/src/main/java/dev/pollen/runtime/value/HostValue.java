package dev.pollen.runtime.value;

/**
 * A runtime object handed to scripts that is none of the core kinds of LANGUAGE.md §2: channel
 * ends, semaphores, intervals, sensors. It names its own {@code type_of} and its printed form, so
 * the value model needs no knowledge of every library type and no Java class name ever reaches a
 * script user.
 */
public interface HostValue {
    /** The {@code type_of} name, e.g. "sender", "semaphore". */
    String typeName();

    /** The printed form; {@code <typeName>} unless the object has something better to say. */
    default String display() {
        return "<" + typeName() + ">";
    }
}
