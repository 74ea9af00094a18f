package dev.pollen.cli;

import dev.pollen.interpreter.embed.Pollen;
import dev.pollen.interpreter.embed.ScriptValue;
import dev.pollen.interpreter.embed.SourceScanner;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;
import org.jline.reader.impl.completer.FileNameCompleter;

/**
 * Tab completion in the REPL: {@code :commands} (and file names after {@code :load}); after a
 * dot, the fields and methods of the value a chain of names denotes ({@code xs.}, {@code math.},
 * {@code p.}, {@code Point.}); elsewhere globals, built-ins and keywords.
 *
 * <p>Completion never runs user code: a receiver is only ever a global looked up by name, then
 * module or struct fields by name. So {@code f().} completes nothing, which is better than calling
 * {@code f} on a Tab press.
 */
final class ReplCompleter implements Completer {
    private final Supplier<Pollen> engine;
    @SuppressWarnings("deprecation")  // the reader's own path completer is all :load needs
    private final Completer files = new FileNameCompleter();

    /** @param engine the session's current engine (it changes on {@code :reset}), or null before it exists */
    ReplCompleter(Supplier<Pollen> engine) {
        this.engine = engine;
    }

    @Override
    public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
        String text = line.line();
        int wordStart = line.cursor() - line.word().length();
        if (ReplLineParser.isCommand(text)) {
            completeCommand(reader, line, text.substring(0, wordStart), candidates);
            return;
        }
        for (String name : namesAt(text, wordStart)) {
            // A keyword is followed by a space; a name is usually followed by `(` or `.`.
            candidates.add(new Candidate(name, name, null, null, null, null, SourceScanner.isKeyword(name)));
        }
    }

    /** The names that fit at {@code wordStart}, where the word being completed begins. */
    Collection<String> namesAt(String text, int wordStart) {
        SourceScanner.Result before = SourceScanner.scan(text.substring(0, wordStart));
        if (before.inString() || before.inComment()) {
            return List.of();
        }
        Pollen pollen = engine.get();
        if (pollen == null) {
            return SourceScanner.keywords();  // the engine is still starting
        }
        if (wordStart > 0 && text.charAt(wordStart - 1) == '.') {
            List<String> chain = receiverChain(text, wordStart - 1);
            ScriptValue receiver = chain.isEmpty() ? null : resolve(pollen, chain);
            return receiver == null ? List.of() : receiver.memberNames();
        }
        Set<String> names = new TreeSet<>(SourceScanner.keywords());
        names.addAll(EngineGlobals.builtins(pollen).keySet());
        names.addAll(EngineGlobals.user(pollen).keySet());
        return names;
    }

    private void completeCommand(LineReader reader, ParsedLine line, String beforeWord, List<Candidate> candidates) {
        if (beforeWord.isBlank()) {
            for (String command : ReplCommands.names()) {
                candidates.add(new Candidate(command, command, null, ReplCommands.summary(command), null, null, true));
            }
        } else if (beforeWord.strip().equals(":load")) {
            files.complete(reader, line, candidates);
        } else if (beforeWord.strip().equals(":trace")) {
            candidates.add(new Candidate("on"));
            candidates.add(new Candidate("off"));
        } else if (beforeWord.strip().equals(":states") && engine.get() != null) {
            for (String name : EngineGlobals.user(engine.get()).keySet()) {
                candidates.add(new Candidate(name));
            }
        }
    }

    /** The names of {@code a.b.c} in {@code a.b.c.}, given the index of the last dot; empty when it is not such a chain. */
    static List<String> receiverChain(String text, int dot) {
        List<String> chain = new ArrayList<>();
        int end = dot;
        while (true) {
            int start = end;
            while (start > 0 && SourceScanner.isIdentifierPart(text.charAt(start - 1))) {
                start--;
            }
            if (start == end || !SourceScanner.isIdentifierStart(text.charAt(start))) {
                return List.of();  // `f().x`, `1.x`, `"s".x`: not something to look up by name
            }
            chain.add(0, text.substring(start, end));
            if (start > 0 && text.charAt(start - 1) == '.') {
                end = start - 1;
            } else {
                return chain;
            }
        }
    }

    /** The value a chain of names denotes now (module and struct fields, read, never called), or null. */
    private static ScriptValue resolve(Pollen pollen, List<String> chain) {
        ScriptValue value = EngineGlobals.lookup(pollen, chain.get(0));
        for (String name : chain.subList(1, chain.size())) {
            if (value == null) {
                return null;
            }
            value = value.field(name);
        }
        return value;
    }
}
