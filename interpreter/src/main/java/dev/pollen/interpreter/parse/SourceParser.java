package dev.pollen.interpreter.parse;

import dev.pollen.grammar.PollenLexer;
import dev.pollen.grammar.PollenParser;
import dev.pollen.grammar.PollenParser.ProgramContext;
import dev.pollen.interpreter.ast.Program;
import dev.pollen.interpreter.diagnostics.Span;
import dev.pollen.interpreter.diagnostics.Diagnostic;
import java.util.List;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;

/**
 * The door to the parser: Pollen source text in, an AST or every syntax error out.
 *
 * <p>Steps: lex everything; check the tokens (bad characters, unknown escapes, unterminated
 * strings, comments and brackets, brackets nested too deeply); parse with fast SLL prediction, and only if that fails parse
 * again with full LL prediction and error recovery so that one run reports every error; check the
 * rules the grammar leaves open (missing {@code ;}, literal ranges, assignment targets); build
 * the AST only when nothing was wrong, else a partial one of the statements that parsed cleanly,
 * for the resolver to check alongside. Thread-safe: every call has its own lexer and parser.
 */
public final class SourceParser {
    private SourceParser() {}

    /**
     * @param source   the text of a file or REPL entry
     * @param fileName how diagnostics name the source ({@code app.pln}, {@code <repl:3>})
     */
    public static ParseResult parse(String source, String fileName) {
        return parse(source, fileName, false);
    }

    /**
     * @param entry a REPL entry or {@code -e} code: its last statement may leave out its {@code ;}
     *              (a file's may not, LANGUAGE.md §1)
     */
    public static ParseResult parse(String source, String fileName, boolean entry) {
        ErrorCollector errors = new ErrorCollector(fileName);
        PollenLexer lexer = new PollenLexer(CharStreams.fromString(source, fileName));
        lexer.removeErrorListeners();
        lexer.addErrorListener(new LexerErrors(errors));
        CommonTokenStream tokens = new CommonTokenStream(lexer);
        try {
            tokens.fill();
            Brackets brackets = Brackets.scan(tokens.getTokens());
            LexicalChecks.run(tokens.getTokens(), brackets, errors);
            if (brackets.tooDeep() >= 0) {
                throw new NestingLimitedParser.TooDeep(tokens.get(brackets.tooDeep()));
            }
            ProgramContext tree = parseTree(tokens, brackets, errors);
            SyntaxRules.check(tree, errors, entry);
            if (errors.isEmpty()) {
                Program program = AstBuilder.build(tree);
                return new ParseResult(program, List.of(), false);
            }
            return withPartial(tree, tokens, errors);
        } catch (ErrorCollector.TooMany tooMany) {
            errors.add("too many syntax errors: stopped after " + ErrorCollector.MAX_PARSER_ERRORS, Span.NONE, null);
        } catch (NestingLimitedParser.TooDeep tooDeep) {
            errors.add("nesting too deep", Spans.of(tooDeep.token),
                    "blocks, brackets and chains of operators nest too deeply here: split them up");
        } catch (NearestErrorPrediction.TooComplex tooComplex) {
            errors.add("cannot read the code from here on", Spans.of(tooComplex.token),
                    "the mistakes around here leave too many ways to read what follows: fix the first error and check again");
        } catch (StackOverflowError deepNesting) {
            errors.add("the program is nested too deeply to parse", Span.NONE, null);
        }
        return new ParseResult(null, errors.sorted(), errors.incomplete());
    }

    /** The errors, and what of the file the resolver can still check (see PartialProgram). */
    private static ParseResult withPartial(ProgramContext tree, CommonTokenStream tokens, ErrorCollector errors) {
        List<Diagnostic> sorted = errors.sorted();
        if (errors.textMayBeCode()) {
            return new ParseResult(null, sorted, errors.incomplete());
        }
        try {
            PartialProgram.Result partial = PartialProgram.build(tree, tokens, errors);
            return new ParseResult(null, sorted, errors.incomplete(), partial.program(), partial.skippedNames());
        } catch (RuntimeException unexpectedShape) {
            // Only extra diagnostics are lost: the syntax errors alone still stop the program.
            return new ParseResult(null, sorted, errors.incomplete());
        }
    }

    /**
     * SLL first (fast, bails at the first error); LL with recovery only when SLL failed, or at
     * once when the lexical checks already found an error (an unclosed bracket, a bad escape):
     * the input is wrong whatever the fast parse says, and over thousands of unclosed brackets its
     * lookahead, which runs to the end of the input at every choice, took minutes.
     */
    private static ProgramContext parseTree(CommonTokenStream tokens, Brackets brackets, ErrorCollector errors) {
        if (errors.anyFound()) {
            return carefulParse(tokens, brackets, errors);
        }
        PollenParser fast = new NestingLimitedParser(tokens);
        fast.removeErrorListeners();
        fast.setErrorHandler(new BailErrorStrategy());
        fast.getInterpreter().setPredictionMode(PredictionMode.SLL);
        try {
            return fast.program();
        } catch (ParseCancellationException sllFailed) {
            tokens.seek(0);
            return carefulParse(tokens, brackets, errors);
        }
    }

    /** Full LL prediction with error recovery, so that one run reports every syntax error. */
    private static ProgramContext carefulParse(CommonTokenStream tokens, Brackets brackets, ErrorCollector errors) {
        PollenParser careful = new NestingLimitedParser(tokens);
        careful.removeErrorListeners();
        careful.setErrorHandler(new SyntaxErrorStrategy(errors, brackets));
        careful.setInterpreter(new NearestErrorPrediction(careful, tokens.size()));
        careful.getInterpreter().setPredictionMode(PredictionMode.LL);
        return careful.program();
    }

    /** Every character belongs to some token of the lexer, so this only guards against surprises. */
    private static final class LexerErrors extends BaseErrorListener {
        private final ErrorCollector errors;

        LexerErrors(ErrorCollector errors) {
            this.errors = errors;
        }

        @Override
        public void syntaxError(Recognizer<?, ?> recognizer, Object offendingSymbol, int line, int column,
                String message, RecognitionException e) {
            errors.add("unexpected character", new Span(line, column + 1, line, column + 2), null);
        }
    }
}
