package dev.pollen.stdlib;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * The standard library's front door: defines every global of LANGUAGE.md §6.5 and §8 in an engine.
 *
 * <ul>
 *   <li>{@link CoreBuiltins}: print type_of len assert assert_eq error args</li>
 *   <li>{@link ConversionBuiltins}: str int float</li>
 *   <li>{@link NumberBuiltins}: abs min max</li>
 *   <li>{@link Sparkline}: sparkline (an extra: a one-line chart of a list of numbers)</li>
 *   <li>{@link AsyncBuiltins}: Ready Pending sleep yield_now now spawn join join_all select
 *       select_all timeout interval channel semaphore ready pending poll_fn atomic mutex</li>
 *   <li>native modules: {@link MathModule math}, {@link RandModule rand},
 *       {@link SensorsModule sensors}, plus any extra {@link NativeModule}s the host passes in</li>
 * </ul>
 * Methods of built-in values are not globals: see {@link Methods}. Futures made from script values
 * go through {@link Futures#toFuture}.
 */
public final class Stdlib {
    private Stdlib() {}

    /** The modules every engine gets. */
    private static final List<NativeModule> STANDARD_MODULES =
            List.of(new MathModule(), new RandModule(), new SensorsModule());

    /** Defines the standard globals and modules. */
    public static void install(BiConsumer<String, Object> defineGlobal, StdlibHost host) {
        install(defineGlobal, host, List.of());
    }

    /**
     * Defines the standard globals and modules, then each of {@code extraModules} under its name.
     * This is the hook for modules that live outside this package (a host's own modules).
     */
    public static void install(BiConsumer<String, Object> defineGlobal, StdlibHost host,
                               List<? extends NativeModule> extraModules) {
        Objects.requireNonNull(defineGlobal, "defineGlobal");
        Objects.requireNonNull(host, "host");
        CoreBuiltins.install(defineGlobal, host);
        ConversionBuiltins.install(defineGlobal);
        NumberBuiltins.install(defineGlobal);
        Sparkline.install(defineGlobal);
        AsyncBuiltins.install(defineGlobal, host);
        for (NativeModule module : STANDARD_MODULES) {
            defineGlobal.accept(module.name(), module.create(host));
        }
        for (NativeModule module : extraModules) {
            defineGlobal.accept(module.name(), module.create(host));
        }
    }

    /** Every global name {@link #install(BiConsumer, StdlibHost)} defines (for the resolver). */
    public static Set<String> globalNames() {
        return globalNames(List.of());
    }

    /** The global names defined when {@code extraModules} are installed as well. */
    public static Set<String> globalNames(List<? extends NativeModule> extraModules) {
        Set<String> names = new HashSet<>();
        names.addAll(CoreBuiltins.NAMES);
        names.addAll(ConversionBuiltins.NAMES);
        names.addAll(NumberBuiltins.NAMES);
        names.addAll(Sparkline.NAMES);
        names.addAll(AsyncBuiltins.NAMES);
        List<NativeModule> modules = new ArrayList<>(STANDARD_MODULES);
        modules.addAll(extraModules);
        for (NativeModule module : modules) {
            names.add(module.name());
        }
        return Collections.unmodifiableSet(names);
    }
}
