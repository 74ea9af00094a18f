package dev.pollen.interpreter.embed;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.ByteBuffer;

/**
 * The folder {@code import} may read from (LANGUAGE.md §8), and the only way the engine reads a
 * module. A path is refused when it is absolute, leaves the root (through {@code ..} or a
 * symbolic link), is not a regular file ending in {@code .pln}, or is larger than
 * {@value #MAX_BYTES} bytes. A refusal never shows anything of the file: only the path as written.
 */
final class ModuleRoot {
    /** The largest module the engine reads. */
    static final long MAX_BYTES = 4L << 20;

    /** Why an import cannot be read; the message is for the script's author, after "cannot import". */
    static final class Refused extends Exception {
        Refused(String message) {
            super(message, null, false, false);
        }
    }

    private final Path root;
    private final Path realRoot;

    private ModuleRoot(Path root, Path realRoot) {
        this.root = root;
        this.realRoot = realRoot;
    }

    /** The root {@code folder}, or null when {@code folder} is null (imports off). */
    static ModuleRoot of(Path folder) {
        if (folder == null) {
            return null;
        }
        Path absolute = folder.toAbsolutePath().normalize();
        Path real;
        try {
            real = absolute.toRealPath();
        } catch (IOException e) {
            real = absolute;  // a root that does not exist yet: nothing under it can be read either
        }
        return new ModuleRoot(absolute, real);
    }

    Path folder() {
        return root;
    }

    /**
     * Where {@code written} (the text of an {@code import}) points from the file {@code importer}
     * (null, or a file outside the root such as a REPL entry: from the root itself).
     */
    Path locate(Path importer, String written) throws Refused {
        if (written.indexOf('\0') >= 0) {
            throw new Refused("the path contains a NUL character");
        }
        if (!written.endsWith(".pln")) {
            throw new Refused("only `.pln` files can be imported");
        }
        Path relative;
        try {
            relative = Path.of(written);
        } catch (InvalidPathException e) {
            throw new Refused("it is not a valid path");
        }
        if (relative.isAbsolute() || written.startsWith("/") || written.startsWith("\\")) {
            throw new Refused("an absolute path leaves the module root; write a path relative to the importing file");
        }
        Path base = importer != null && importer.startsWith(root) ? importer.getParent() : root;
        Path target = base.resolve(relative).normalize();
        if (!target.startsWith(root)) {
            throw new Refused("the path leaves the module root " + root);
        }
        return target;
    }

    /** The text of the module at {@code target} (from {@link #locate}), checked again as it is opened. */
    String read(Path target) throws Refused {
        Path real;
        try {
            real = target.toRealPath();
        } catch (IOException e) {
            throw new Refused("no such file");
        }
        if (!real.startsWith(realRoot)) {
            throw new Refused("a symbolic link leads out of the module root");
        }
        if (!Files.isRegularFile(real, LinkOption.NOFOLLOW_LINKS)) {
            throw new Refused("it is not a regular file");
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(real)) {
            bytes = in.readNBytes((int) MAX_BYTES + 1);
        } catch (IOException e) {
            throw new Refused("it cannot be read");
        }
        if (bytes.length > MAX_BYTES) {
            throw new Refused("it is larger than " + (MAX_BYTES >> 20) + " MiB");
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new Refused("it is not UTF-8 text");
        }
    }
}
