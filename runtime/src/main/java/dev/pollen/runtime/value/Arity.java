package dev.pollen.runtime.value;

/**
 * The one wording of arity errors ("len() takes 1 argument but 2 were given"), shared by natives,
 * struct constructors and the interpreter so every message reads the same.
 */
public final class Arity {
    private Arity() {}

    /** Throws TypeError unless {@code given} equals {@code expected}. */
    public static void check(String function, int expected, int given) {
        if (given != expected) {
            throw PollenException.typeError(function + "() takes " + count(expected) + " but " + given(given));
        }
    }

    /** Throws TypeError unless {@code min <= given <= max}. */
    public static void check(String function, int min, int max, int given) {
        if (given < min || given > max) {
            throw PollenException.typeError(message(function, min, max, given));
        }
    }

    /** Throws TypeError unless {@code given >= min} (variadic functions such as {@code print}). */
    public static void checkAtLeast(String function, int min, int given) {
        if (given < min) {
            throw PollenException.typeError(function + "() takes at least " + count(min) + " but " + given(given));
        }
    }

    /** "f() takes 1 to 2 arguments but 3 were given" (or the exact form when min == max). */
    public static String message(String function, int min, int max, int given) {
        String takes = min == max ? count(min) : min + " to " + max + " arguments";
        return function + "() takes " + takes + " but " + given(given);
    }

    /** "1 argument", "2 arguments". */
    public static String count(int n) {
        return n + (n == 1 ? " argument" : " arguments");
    }

    /** "1 was given", "2 were given". */
    public static String given(int n) {
        return n + (n == 1 ? " was given" : " were given");
    }
}
