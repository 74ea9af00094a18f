package dev.pollen.interpreter.parse;

import static dev.pollen.grammar.PollenParser.*;

import dev.pollen.grammar.PollenParserBaseVisitor;
import java.math.BigInteger;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * The rules of the syntax that the grammar leaves open: where a {@code ;} or {@code ,} is
 * required, integer literal range, what may be assigned, which patterns exist, and where
 * {@code import} may stand. It walks the parse tree even when the parser recovered from errors,
 * so every child may be missing; near a parser error it keeps quiet.
 */
final class SyntaxRules extends PollenParserBaseVisitor<Void> {
    private final ErrorCollector errors;
    private final boolean entry;

    private SyntaxRules(ErrorCollector errors, boolean entry) {
        this.errors = errors;
        this.entry = entry;
    }

    /** @param entry a REPL entry (or {@code -e} code), whose last statement may leave out its {@code ;} */
    static void check(ProgramContext program, ErrorCollector errors, boolean entry) {
        program.accept(new SyntaxRules(errors, entry));
    }

    // ------------------------------------------------------------ statement termination

    @Override
    public Void visitProgram(ProgramContext ctx) {
        checkTermination(ctx.children, true);
        return visitChildren(ctx);
    }

    @Override
    public Void visitBlock(BlockContext ctx) {
        checkTermination(ctx.children, false);
        return visitChildren(ctx);
    }

    /**
     * Statements end with {@code ;}, except block-bodied ones, the tail expression before a
     * block's closing brace, and the last statement of a REPL entry.
     */
    private void checkTermination(List<ParseTree> items, boolean topLevel) {
        if (items == null) {
            return;
        }
        for (int i = 0; i < items.size(); i++) {
            if (!(items.get(i) instanceof StatementContext statement) || statement.getStop() == null) {
                continue;
            }
            ParseTree next = i + 1 < items.size() ? items.get(i + 1) : null;
            if (isSemicolon(next) || endsWithBlock(statement)) {
                continue;
            }
            boolean last = !(next instanceof StatementContext);
            if (last && (topLevel ? entry : statement instanceof ExpressionStatementContext)) {
                continue;
            }
            int nextIndex = next instanceof ParserRuleContext rule ? rule.getStart().getTokenIndex()
                    : statement.getStop().getTokenIndex() + 1;
            if (errors.parserErrorWithin(statement.getStart().getTokenIndex(), nextIndex)) {
                continue;
            }
            errors.add("expected ';' after " + describe(statement), Spans.after(statement.getStop()),
                    "add ';' here");
        }
    }

    private static boolean isSemicolon(ParseTree item) {
        return item instanceof TerminalNode node && node.getSymbol().getType() == SEMI;
    }

    private static boolean endsWithBlock(StatementContext statement) {
        if (statement instanceof ExpressionStatementContext expression) {
            return ExpressionShapes.isBlockLike(expression.expression());
        }
        return statement instanceof FnStatementContext
                || statement instanceof StructStatementContext
                || statement instanceof ImplStatementContext;
    }

    private static String describe(StatementContext statement) {
        if (statement instanceof ImportStatementContext) {
            return "import";
        }
        if (statement instanceof LetStatementContext let && let.init == null) {
            return "let statement";
        }
        return "expression";
    }

    // ------------------------------------------------------------ match arms

    @Override
    public Void visitMatchExpr(MatchExprContext ctx) {
        List<MatchArmContext> arms = ctx.matchArm();
        for (int i = 0; i < arms.size() - 1; i++) {
            MatchArmContext arm = arms.get(i);
            boolean separated = arm.COMMA() != null || ExpressionShapes.isBlockLike(arm.body);
            if (separated || arm.body == null || arm.body.getStop() == null) {
                continue;
            }
            int nextIndex = arms.get(i + 1).getStart().getTokenIndex();
            if (!errors.parserErrorWithin(arm.getStart().getTokenIndex(), nextIndex)) {
                errors.add("expected ',' after match arm", Spans.after(arm.body.getStop()), "add ',' here");
            }
        }
        return visitChildren(ctx);
    }

    // ------------------------------------------------------------ literals

    @Override
    public Void visitIntLiteral(IntLiteralContext ctx) {
        boolean negated = ctx.getParent() != null && ctx.getParent().getParent() instanceof UnaryExprContext unary
                && unary.op != null && unary.op.getType() == MINUS;
        checkIntRange(ctx.INT().getSymbol(), negated);
        return null;
    }

    @Override
    public Void visitNumberPattern(NumberPatternContext ctx) {
        checkIntRange(ctx.number, ctx.MINUS() != null);
        return null;
    }

    @Override
    public Void visitNumberKey(NumberKeyContext ctx) {
        checkIntRange(ctx.number, ctx.MINUS() != null);
        return null;
    }

    private void checkIntRange(Token number, boolean negated) {
        if (number == null || number.getType() != INT) {
            return;
        }
        BigInteger magnitude = Literals.integer(number.getText());
        if (!Literals.integerFits(magnitude, negated)) {
            errors.add("integer literal out of range", Spans.of(number),
                    "ints are 64-bit: at most 9223372036854775807");
        }
    }

    // ------------------------------------------------------------ patterns, targets, imports

    @Override
    public Void visitReadyPattern(ReadyPatternContext ctx) {
        if (parsedCleanly(ctx) && !ctx.name.getText().equals("Ready")) {
            errors.add("unknown pattern " + TokenNames.quote(ctx.name.getText() + "(...)"), Spans.of(ctx.name),
                    "only Ready(p) takes a pattern in parentheses");
        }
        return visitChildren(ctx);
    }

    @Override
    public Void visitStringPattern(StringPatternContext ctx) {
        if (parsedCleanly(ctx) && isInterpolated(ctx.string())) {
            errors.add("a string pattern cannot use interpolation", Spans.of(ctx), null);
        }
        return visitChildren(ctx);
    }

    @Override
    public Void visitImportStatement(ImportStatementContext ctx) {
        if (!parsedCleanly(ctx)) {
            return visitChildren(ctx);
        }
        if (!(ctx.getParent() instanceof ProgramContext)) {
            errors.add("import is only allowed at the top level of a file", Spans.of(ctx), null);
        }
        if (isInterpolated(ctx.path)) {
            errors.add("an import path must be a plain string", Spans.of(ctx.path), null);
        }
        return visitChildren(ctx);
    }

    @Override
    public Void visitLetStatement(LetStatementContext ctx) {
        if (ctx.bindingPattern() instanceof BindingListContext list && ctx.init == null && parsedCleanly(ctx)) {
            errors.add("a list pattern in 'let' needs a value", Spans.of(list), "add '= value'");
        }
        return visitChildren(ctx);
    }

    @Override
    public Void visitAssignExpr(AssignExprContext ctx) {
        ExpressionContext target = ExpressionShapes.unparenthesized(ctx.expression(0));
        if (parsedCleanly(ctx) && target != null && !isAssignable(target)) {
            errors.add("invalid assignment target", Spans.of(target),
                    "only a variable, 'xs[i]' or 'obj.field' can be assigned");
        }
        return visitChildren(ctx);
    }

    /** True when the parser found nothing wrong in or right after {@code ctx}: its shape can be trusted. */
    private boolean parsedCleanly(ParserRuleContext ctx) {
        if (ctx.getStart() == null || ctx.getStop() == null || ctx.exception != null) {
            return false;
        }
        return !errors.parserErrorWithin(ctx.getStart().getTokenIndex(), ctx.getStop().getTokenIndex() + 1);
    }

    private static boolean isAssignable(ExpressionContext target) {
        if (target instanceof IndexExprContext || target instanceof FieldExprContext) {
            return true;
        }
        return target instanceof PrimaryExprContext primary && (primary.primary() instanceof NameReferenceContext
                || primary.primary() instanceof SelfReferenceContext);
    }

    private static boolean isInterpolated(StringContext string) {
        return string != null && string.stringPart().stream().anyMatch(InterpolationPartContext.class::isInstance);
    }
}
