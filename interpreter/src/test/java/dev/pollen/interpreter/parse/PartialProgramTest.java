package dev.pollen.interpreter.parse;

import static dev.pollen.interpreter.parse.ParseFixtures.withoutSpans;
import static org.assertj.core.api.Assertions.assertThat;

import dev.pollen.interpreter.ast.Program;
import dev.pollen.interpreter.ast.Stmt;
import dev.pollen.interpreter.diagnostics.Diagnostic;
import dev.pollen.interpreter.embed.Pollen;
import dev.pollen.interpreter.embed.PollenConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The partial program of a file with syntax errors: the top-level statements that parsed
 * cleanly, which the resolver checks so its errors are reported alongside the syntax errors.
 */
class PartialProgramTest {

    private static ParseResult parseFile(String source) {
        return SourceParser.parse(source, "test.pln");
    }

    private static List<String> kinds(Program program) {
        return program.statements().stream().map(s -> s.getClass().getSimpleName()).toList();
    }

    @Test
    void aStatementWithAnErrorIsLeftOutAndTheRestKept() {
        ParseResult result = parseFile("let a = (1 + ;\nlet b = 1;\nprint(b);\n");

        assertThat(result.program()).isNull();
        assertThat(result.errors()).hasSize(1);
        assertThat(kinds(result.partial())).containsExactly("Let", "ExprStmt");
        Stmt.Let let = (Stmt.Let) result.partial().statements().get(0);
        assertThat(let.span().line()).isEqualTo(2);
        assertThat(result.skippedNames()).containsExactly("a");
    }

    @Test
    void keptStatementsAreBuiltAsInAValidFile() {
        ParseResult broken = parseFile("f(;\nlet b = 1;\nprint(b)\n;\n");
        ParseResult valid = parseFile("let b = 1;\nprint(b)\n;\n");

        assertThat(withoutSpans(broken.partial().statements())).isEqualTo(withoutSpans(valid.program().statements()));
    }

    @Test
    void aStatementWithARuleErrorIsLeftOutSoTheResolverDoesNotReportItAgain() {
        ParseResult result = parseFile("1 = 2;\nlet c = 3;\n");

        assertThat(result.errors()).extracting(Diagnostic::headline).containsExactly("invalid assignment target");
        assertThat(kinds(result.partial())).containsExactly("Let");
    }

    @Test
    void aStatementMissingItsSemicolonIsLeftOutAndTheNextKept() {
        ParseResult result = parseFile("let c = 1\nlet d = 2;\n");

        assertThat(result.partial().statements()).hasSize(1);
        assertThat(((Stmt.Let) result.partial().statements().get(0)).span().line()).isEqualTo(2);
        assertThat(result.skippedNames()).containsExactly("c");
    }

    @Test
    void leftOutDefinitionsNameTheirGlobalsButNotTheirLocals() {
        ParseResult result = parseFile("let mut [p, q] = [1, 2 +];\n"
                + "async fn f() { let inner = (; }\n"
                + "import \"${n}.pln\" as m;\n"
                + "print(p);\n");

        assertThat(result.skippedNames()).containsExactlyInAnyOrder("p", "q", "f", "m");
        assertThat(kinds(result.partial())).containsExactly("ExprStmt");
    }

    @Test
    void aLeftOutStructIsDeclaredSoItsImplStillResolves() {
        ParseResult result = parseFile("struct S { x y }\nimpl S { fn m(self) { 1 } }\n");

        assertThat(kinds(result.partial())).containsExactly("Impl", "Struct");
        assertThat(((Stmt.Struct) result.partial().statements().get(1)).name()).isEqualTo("S");
    }

    @Test
    void noPartialProgramWhenAMissingQuoteMayHaveTurnedTextIntoCode() {
        ParseResult result = parseFile("print(\"abc);\nprint(\"def\");\nzzz;\n");

        assertThat(result.errors()).hasSize(1);
        assertThat(result.partial()).isNull();
    }

    @Test
    void aValidFileHasNoPartialProgram() {
        ParseResult result = parseFile("let a = 1;\n");

        assertThat(result.partial()).isNull();
        assertThat(result.checkable()).isSameAs(result.program());
        assertThat(result.skippedNames()).isEmpty();
    }

    @Test
    void checkReportsSyntaxAndResolverErrorsOnceEachInSourceOrder(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("app.pln");
        Files.writeString(file, "let a = [1 +];\nprint(a);\n1 = 2;\nlet b = 1;\nb = 2;\nprint(nope);\n");

        List<Diagnostic> errors;
        try (Pollen pollen = new Pollen(PollenConfig.defaults().withVirtualClock(true))) {
            errors = pollen.check(file, "app.pln");
        }

        assertThat(errors).extracting(d -> d.span().line() + " " + d.headline()).containsExactly(
                "1 expected expression, found ']'",
                "3 invalid assignment target",
                "5 cannot assign twice to immutable variable `b`",
                "6 cannot find `nope` in this scope");
    }
}
