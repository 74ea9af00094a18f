package dev.pollen.cli;

import java.util.Set;
import java.util.TreeSet;

/** Pollen's keywords (LANGUAGE.md §1), for the REPL's highlighting and completion. */
final class Keywords {
    private Keywords() {}

    static final Set<String> ALL = Set.copyOf(new TreeSet<>(Set.of(
            "let", "mut", "fn", "async", "await", "return", "if", "else", "while", "loop", "for", "in",
            "break", "continue", "true", "false", "nil", "struct", "impl", "self", "match", "try", "catch",
            "finally", "throw", "import", "as")));

    static boolean isKeyword(String word) {
        return ALL.contains(word);
    }
}
