package dev.pollen.runtime.value;

import dev.pollen.runtime.async.Context;
import dev.pollen.runtime.async.Future;
import dev.pollen.runtime.async.Task;
import dev.pollen.runtime.async.Waker;
import java.util.IdentityHashMap;
import java.util.List;

/**
 * Turns values into text per LANGUAGE.md §2 "Printing".
 *
 * <p>{@link #str} is the top-level form used by {@code print}, {@code str()} and string
 * interpolation: a string is written raw. {@link #repr} is the nested form used inside lists, maps,
 * struct fields and {@code Ready(..)}: a string is quoted with {@code \" \\ \n \t \r} escaped.
 * Every other value prints the same in both forms.
 *
 * <p>Values without a literal form print as {@code <kind ...>}: {@code <fn name>},
 * {@code <future name>}, {@code <task 3 name>}, {@code <waker>}, {@code <context>},
 * {@code <module name>}, {@code <sender>}, {@code <semaphore>}...
 *
 * <p>A container that contains itself prints the inner occurrence as {@code [...]},
 * {@code #{...}} or {@code Name {...}}, as Python does, instead of recursing forever.
 */
public final class Printer {
    private Printer() {}

    /** The top-level form: strings raw. */
    public static String str(Object v) {
        if (v instanceof String s) {
            return s;
        }
        return repr(v);
    }

    /** The nested form: strings quoted and escaped. */
    public static String repr(Object v) {
        // Scalars are the common case: answer them without a builder.
        if (v == null) {
            return "nil";
        } else if (v instanceof Long l) {
            return Long.toString(l);
        } else if (v instanceof Double d) {
            return FloatFormat.format(d);
        } else if (v instanceof Boolean b) {
            return b ? "true" : "false";
        }
        StringBuilder out = new StringBuilder();
        new Writer(out).write(v);
        return out.toString();
    }

    /** A float in Python's {@code repr} form ({@code 3.0}, {@code 1e+16}, {@code nan}). */
    public static String formatFloat(double d) {
        return FloatFormat.format(d);
    }

    /** A string literal as a script would write it: quoted, with {@code \" \\ \n \t \r} escaped. */
    public static String quote(String s) {
        StringBuilder out = new StringBuilder(s.length() + 2);
        appendQuoted(out, s);
        return out.toString();
    }

    private static void appendQuoted(StringBuilder out, String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
            }
        }
        out.append('"');
    }

    /** One printing pass; remembers the containers it is inside of to cut cycles. */
    private static final class Writer {
        private final StringBuilder out;
        private IdentityHashMap<Object, Boolean> open; // created on the first container

        Writer(StringBuilder out) {
            this.out = out;
        }

        void write(Object v) {
            if (v == null) {
                out.append("nil");
            } else if (v instanceof String s) {
                appendQuoted(out, s);
            } else if (v instanceof Long l) {
                out.append(l.longValue());
            } else if (v instanceof Double d) {
                out.append(FloatFormat.format(d));
            } else if (v instanceof Boolean b) {
                out.append(b ? "true" : "false");
            } else if (v instanceof PList list) {
                writeList(list);
            } else if (v instanceof PMap map) {
                writeMap(map);
            } else if (v instanceof StructInstance s) {
                writeStruct(s);
            } else if (v instanceof PollValue p) {
                writePoll(p);
            } else {
                out.append(describe(v));
            }
        }

        private boolean enter(Object container) {
            if (open == null) {
                open = new IdentityHashMap<>();
            }
            return open.put(container, Boolean.TRUE) == null;
        }

        private void leave(Object container) {
            open.remove(container);
        }

        private void writeList(PList list) {
            if (!enter(list)) {
                out.append("[...]");
                return;
            }
            out.append('[');
            Object[] items = list.toArray();  // one instant of the list; printing may lock others
            for (int i = 0; i < items.length; i++) {
                if (i > 0) {
                    out.append(", ");
                }
                write(items[i]);
            }
            out.append(']');
            leave(list);
        }

        private void writeMap(PMap map) {
            if (!enter(map)) {
                out.append("#{...}");
                return;
            }
            out.append("#{");
            boolean first = true;
            for (Object[] pair : map.pairSnapshot()) {
                if (!first) {
                    out.append(", ");
                }
                first = false;
                write(pair[0]);
                out.append(": ");
                write(pair[1]);
            }
            out.append('}');
            leave(map);
        }

        private void writeStruct(StructInstance s) {
            StructType type = s.type();
            out.append(type.name());
            if (!enter(s)) {
                out.append(" {...}");
                return;
            }
            List<String> names = type.fieldNames();
            if (names.isEmpty()) {
                out.append(" {}");
            } else {
                out.append(" { ");
                for (int i = 0; i < names.size(); i++) {
                    if (i > 0) {
                        out.append(", ");
                    }
                    out.append(names.get(i)).append(": ");
                    write(s.get(i));
                }
                out.append(" }");
            }
            leave(s);
        }

        private void writePoll(PollValue p) {
            if (!p.isReady()) {
                out.append("Pending");
                return;
            }
            if (!enter(p)) {
                out.append("Ready(...)");
                return;
            }
            out.append("Ready(");
            write(p.value());
            out.append(')');
            leave(p);
        }
    }

    /** The printed form of a value that is not a container, a string or a scalar. */
    private static String describe(Object v) {
        if (v instanceof ErrorValue e) {
            return e.kind() + ": " + e.message();
        } else if (v instanceof Callable c) {
            return c.name() == null ? "<fn>" : "<fn " + c.name() + ">";
        } else if (v instanceof Task t) {
            return "<task " + t.id() + " " + t.name() + ">";
        } else if (v instanceof Future f) {
            return "<future " + f.name() + ">";
        } else if (v instanceof Waker) {
            return "<waker>";
        } else if (v instanceof Context) {
            return "<context>";
        } else if (v instanceof ModuleValue m) {
            return "<module " + m.name() + ">";
        } else if (v instanceof PRange r) {
            return r.toString();
        } else if (v instanceof HostValue h) {
            return h.display();
        }
        return "<" + Values.typeOf(v) + ">"; // <sender>, <semaphore>, ... or <object>
    }
}
