package dev.pollen.cli;

import dev.pollen.grammar.PollenLexer;
import java.util.Set;
import java.util.TreeSet;
import org.antlr.v4.runtime.Vocabulary;

/** Pollen's keywords (LANGUAGE.md §1) as the generated lexer knows them, for highlighting and completion. */
final class Keywords {
    private Keywords() {}

    static final Set<String> ALL = fromLexer(PollenLexer.VOCABULARY);

    static boolean isKeyword(String word) {
        return ALL.contains(word);
    }

    /** The tokens whose literal is a word: {@code 'let'}, {@code 'async'}, ... */
    private static Set<String> fromLexer(Vocabulary vocabulary) {
        Set<String> words = new TreeSet<>();
        for (int type = 1; type <= vocabulary.getMaxTokenType(); type++) {
            String literal = vocabulary.getLiteralName(type);
            if (literal != null && literal.matches("'[a-z]+'")) {
                words.add(literal.substring(1, literal.length() - 1));
            }
        }
        return Set.copyOf(words);
    }
}
