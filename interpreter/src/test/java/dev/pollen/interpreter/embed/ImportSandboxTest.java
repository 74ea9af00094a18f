package dev.pollen.interpreter.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** {@code import} inside its module root only (LANGUAGE.md §8), never showing a refused file. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class ImportSandboxTest {
    @TempDir
    Path dir;

    private Pollen engine(Path root) {
        return new Pollen(PollenConfig.defaults().withModuleRoot(root)
                .withStreams(new PrintStream(new ByteArrayOutputStream()), new PrintStream(new ByteArrayOutputStream())));
    }

    private String refusal(Path root, String path) {
        try (Pollen pollen = engine(root)) {
            Throwable t = org.assertj.core.api.Assertions.catchThrowable(
                    () -> pollen.eval("import \"" + path + "\" as m;"));
            assertThat(t).isInstanceOf(ScriptCompileException.class);
            assertThat(pollen.eval("1 + 1")).isEqualTo(2L);
            return t.getMessage();
        }
    }

    @Test
    void withoutAModuleRoot_everyImportIsACompileError() throws IOException {
        Files.writeString(dir.resolve("m.pln"), "let x = 1;");
        assertThat(refusal(null, "m.pln")).contains("import is off");
    }

    @Test
    void insideTheRoot_aModuleImports() throws IOException {
        Files.createDirectories(dir.resolve("lib"));
        Files.writeString(dir.resolve("lib/m.pln"), "import \"../n.pln\" as n;\nlet x = n.y + 1;");
        Files.writeString(dir.resolve("n.pln"), "let y = 41;");
        try (Pollen pollen = engine(dir)) {
            assertThat(pollen.eval("import \"lib/m.pln\" as m;\nm.x")).isEqualTo(42L);
        }
    }

    @Test
    void pathsThatLeaveTheRoot_areRefused_withoutShowingTheFile() throws IOException {
        Path inner = Files.createDirectories(dir.resolve("root"));
        Files.writeString(dir.resolve("secret.pln"), "let secret = \"TOP-SECRET\";");
        assertThat(refusal(inner, "../secret.pln")).contains("leaves the module root").doesNotContain("TOP-SECRET");
        assertThat(refusal(inner, dir.resolve("secret.pln").toString())).contains("absolute").doesNotContain("TOP-SECRET");
        Files.createSymbolicLink(inner.resolve("link.pln"), dir.resolve("secret.pln"));
        assertThat(refusal(inner, "link.pln")).contains("symbolic link").doesNotContain("TOP-SECRET");
    }

    @Test
    void devicesAndOtherFiles_areRefused_atOnce() throws IOException {
        assertThat(refusal(dir, "/dev/zero")).contains("cannot import");
        assertThat(refusal(dir, "/dev/stdin")).contains("cannot import");
        assertThat(refusal(dir, "/proc/self/environ")).contains("cannot import").doesNotContain("PATH=");
        Files.createSymbolicLink(dir.resolve("zero.pln"), Path.of("/dev/zero"));
        assertThat(refusal(dir, "zero.pln")).contains("cannot import");
        Files.createDirectories(dir.resolve("folder.pln"));
        assertThat(refusal(dir, "folder.pln")).contains("not a regular file");
        Files.writeString(dir.resolve("notes.txt"), "hello");
        assertThat(refusal(dir, "notes.txt")).contains("only `.pln` files");
    }

    @Test
    void aFileTooLarge_isRefused() throws IOException {
        Files.write(dir.resolve("big.pln"), new byte[(int) ModuleRoot.MAX_BYTES + 1]);
        assertThat(refusal(dir, "big.pln")).contains("larger than");
    }

    @Test
    void aNulCharacterInThePath_isAClearCompileError() {
        assertThat(refusal(dir, "a\\u{0}b.pln")).contains("NUL character");
        assertThat(refusal(null, "a\\u{0}b.pln")).contains("NUL character");
    }
}
