package dev.pollen.interpreter.parse;

import static dev.pollen.grammar.PollenParser.*;

import dev.pollen.grammar.PollenParserBaseVisitor;
import dev.pollen.interpreter.ast.Block;
import dev.pollen.interpreter.ast.Expr;
import dev.pollen.interpreter.ast.Param;
import dev.pollen.interpreter.ast.Program;
import dev.pollen.interpreter.diagnostics.Span;
import dev.pollen.interpreter.ast.Stmt;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * Files, blocks and declarations. In a statement list a {@code ;} is an item of its own: it
 * marks the statement before it as terminated. A block's last unterminated expression
 * statement is its tail; at the top level it stays an unterminated statement (the REPL shows
 * its value).
 */
final class StatementBuilder extends PollenParserBaseVisitor<Stmt> {
    private final AstBuilder ast;

    StatementBuilder(AstBuilder ast) {
        this.ast = ast;
    }

    Program program(ProgramContext ctx) {
        return program(ctx, statement -> true);
    }

    /**
     * The program of only the top-level statements {@code keep} accepts. Dropping a statement
     * leaves the {@code ;} items around it in place, so each kept statement stays terminated or
     * not exactly as written.
     */
    Program program(ProgramContext ctx, Predicate<StatementContext> keep) {
        List<ParseTree> items = new ArrayList<>();
        for (ParseTree item : ctx.children == null ? List.<ParseTree>of() : ctx.children) {
            if (!(item instanceof StatementContext statement) || keep.test(statement)) {
                items.add(item);
            }
        }
        // After error recovery the EOF may be missing; the last token then ends the program.
        Token last = ctx.EOF() != null ? ctx.EOF().getSymbol() : ctx.getStop();
        Span span = last == null ? new Span(1, 1, 1, 1)
                : new Span(1, 1, last.getLine(), last.getCharPositionInLine() + 1);
        return new Program(statements(items), span);
    }

    Block block(BlockContext ctx) {
        List<Stmt> statements = new ArrayList<>(statements(ctx.children));
        Expr tail = null;
        if (!statements.isEmpty() && statements.get(statements.size() - 1) instanceof Stmt.ExprStmt last
                && !last.terminated()) {
            statements.remove(statements.size() - 1);
            tail = last.expr();
        }
        return new Block(List.copyOf(statements), tail, Spans.of(ctx));
    }

    private List<Stmt> statements(List<ParseTree> items) {
        List<Stmt> statements = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            if (!(items.get(i) instanceof StatementContext statement)) {
                continue;
            }
            if (statement instanceof ExpressionStatementContext expression) {
                boolean terminated = i + 1 < items.size() && items.get(i + 1) instanceof TerminalNode next
                        && next.getSymbol().getType() == SEMI;
                Expr expr = ast.expression(expression.expression());
                statements.add(new Stmt.ExprStmt(expr, terminated, expr.span()));
            } else {
                statements.add(statement.accept(this));
            }
        }
        return List.copyOf(statements);
    }

    @Override
    public Stmt visitLetStatement(LetStatementContext ctx) {
        Expr init = ctx.init == null ? null : ast.expression(ctx.init);
        return new Stmt.Let(ast.binding(ctx.bindingPattern()), ctx.MUT() != null, init, Spans.of(ctx));
    }

    @Override
    public Stmt visitFnStatement(FnStatementContext ctx) {
        return function(ctx.fnDeclaration());
    }

    @Override
    public Stmt visitStructStatement(StructStatementContext ctx) {
        List<String> fields = AstBuilder.map(ctx.IDENT().subList(1, ctx.IDENT().size()), ParseTree::getText);
        return new Stmt.Struct(ctx.name.getText(), fields, Spans.of(ctx));
    }

    @Override
    public Stmt visitImplStatement(ImplStatementContext ctx) {
        List<Stmt.Fn> methods = AstBuilder.map(ctx.fnDeclaration(), this::function);
        return new Stmt.Impl(ctx.name.getText(), Spans.of(ctx.name), methods, Spans.of(ctx));
    }

    @Override
    public Stmt visitImportStatement(ImportStatementContext ctx) {
        String path = (String) ((Expr.Literal) ast.string(ctx.path)).value();
        return new Stmt.Import(path, ctx.alias.getText(), Spans.of(ctx));
    }

    private Stmt.Fn function(FnDeclarationContext ctx) {
        List<Param> params = ctx.parameterList() == null ? List.of()
                : AstBuilder.map(ctx.parameterList().parameter(), this::parameter);
        return new Stmt.Fn(ctx.name.getText(), Spans.of(ctx.name), params, ast.block(ctx.block()),
                ctx.ASYNC() != null, Spans.of(ctx));
    }

    private Param parameter(ParameterContext ctx) {
        Expr defaultValue = ctx.defaultValue == null ? null : ast.expression(ctx.defaultValue);
        return new Param(ctx.name.getText(), defaultValue, Spans.of(ctx));
    }
}
