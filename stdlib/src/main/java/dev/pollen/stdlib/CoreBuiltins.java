package dev.pollen.stdlib;

import dev.pollen.runtime.value.ErrorKind;
import dev.pollen.runtime.value.ErrorValue;
import dev.pollen.runtime.value.Indexing;
import dev.pollen.runtime.value.PList;
import dev.pollen.runtime.value.PMap;
import dev.pollen.runtime.value.PRange;
import dev.pollen.runtime.value.PollenException;
import dev.pollen.runtime.value.Printer;
import dev.pollen.runtime.value.Values;
import java.io.PrintStream;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * The everyday globals of LANGUAGE.md §8: {@code print}, {@code type_of}, {@code len},
 * {@code assert}, {@code assert_eq}, {@code error}, {@code args}.
 */
final class CoreBuiltins {
    private CoreBuiltins() {}

    static final Set<String> NAMES = Set.of("print", "type_of", "len", "assert", "assert_eq", "error", "args");

    static void install(BiConsumer<String, Object> define, StdlibHost host) {
        define.accept("print", new NativeFunction("print", args -> print(host.out(), args)));
        define.accept("type_of", new NativeFunction("type_of", args -> {
            Args.exactly("type_of", args, 1);
            return Values.typeOf(args[0]);
        }));
        define.accept("len", new NativeFunction("len", args -> {
            Args.exactly("len", args, 1);
            return len(args[0]);
        }));
        define.accept("assert", new NativeFunction("assert", CoreBuiltins::assertTrue));
        define.accept("assert_eq", new NativeFunction("assert_eq", CoreBuiltins::assertEq));
        define.accept("error", new NativeFunction("error", CoreBuiltins::error));
        define.accept("args", new NativeFunction("args", args -> {
            Args.exactly("args", args, 0);
            List<String> given = host.args();
            return new PList(given);
        }));
    }

    /** Writes the whole line in one call, so lines printed by tasks on other threads never interleave. */
    static Object print(PrintStream out, Object[] args) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < args.length; i++) {
            if (i > 0) {
                line.append(' ');
            }
            line.append(Printer.str(args[i]));
        }
        line.append('\n');
        out.print(line.toString());
        return null;
    }

    /** The length of a string (code points), list, map or range. */
    static long len(Object v) {
        if (v instanceof String s) {
            return Indexing.codePointLength(s);
        } else if (v instanceof PList l) {
            return l.size();
        } else if (v instanceof PMap m) {
            return m.size();
        } else if (v instanceof PRange r) {
            return r.length();
        }
        throw PollenException.typeError(Values.typeOf(v) + " has no length");
    }

    private static Object assertTrue(Object[] args) {
        Args.between("assert", args, 1, 2);
        if (!Values.isTruthy(args[0])) {
            String message = args.length == 2 ? Printer.str(args[1]) : "assertion failed";
            throw PollenException.of(ErrorKind.ASSERTION, message);
        }
        return null;
    }

    private static Object assertEq(Object[] args) {
        Args.exactly("assert_eq", args, 2);
        if (!Values.equals(args[0], args[1])) {
            throw PollenException.of(ErrorKind.ASSERTION,
                    "assert_eq failed: " + Printer.repr(args[0]) + " != " + Printer.repr(args[1]));
        }
        return null;
    }

    /** {@code error(kind, message)}: any kind name is allowed, so scripts can define their own. */
    private static Object error(Object[] args) {
        Args.exactly("error", args, 2);
        String kind = Args.string("error", args, 0);
        return new ErrorValue(kind, Printer.str(args[1]));
    }
}
