package dev.pollen.interpreter.embed;

import dev.pollen.interpreter.ast.Program;
import dev.pollen.interpreter.diagnostics.Span;
import dev.pollen.interpreter.ast.Stmt;
import dev.pollen.interpreter.compile.ModuleEnv;
import dev.pollen.interpreter.compile.ProgramCompiler;
import dev.pollen.interpreter.diagnostics.Diagnostic;
import dev.pollen.interpreter.nodes.Globals;
import dev.pollen.interpreter.nodes.RunContext;
import dev.pollen.interpreter.parse.ParseResult;
import dev.pollen.interpreter.parse.SourceParser;
import dev.pollen.interpreter.resolve.Resolution;
import dev.pollen.interpreter.resolve.Resolver;
import dev.pollen.runtime.value.PollenException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds, compiles and runs the files a program imports. Every file is compiled (and every error in
 * any of them reported) before anything runs; an import cycle is a compile error; each module runs
 * once per program, the first time it is imported.
 */
final class ModuleLoader implements ModuleEnv.Importer {
    private final Map<String, Object> builtins;
    private final Set<String> builtinNames;
    private final RunContext context;
    private final Map<String, String> sources;
    private final Map<Path, LoadedModule> modules = new LinkedHashMap<>();
    private final Map<String, Path> pathsByDisplayName = new HashMap<>();
    private final Deque<Path> compiling = new ArrayDeque<>();
    /** Where imports may read; null when the host gave no module root (every import refused). */
    private final ModuleRoot moduleRoot;

    ModuleLoader(Map<String, Object> builtins, Set<String> builtinNames, RunContext context, Map<String, String> sources,
                 ModuleRoot moduleRoot) {
        this.moduleRoot = moduleRoot;
        this.builtins = builtins;
        this.builtinNames = builtinNames;
        this.context = context;
        this.sources = sources;
    }

    /** Remembers where a top-level file (or REPL entry) lives, so its imports resolve from there. */
    void registerRoot(String displayName, Path path) {
        pathsByDisplayName.put(displayName, path.toAbsolutePath().normalize());
    }

    /** Compiles the imports of a top-level file, which is itself part of any cycle through it. */
    void compileRootImports(Program program, String rootDisplay, List<Diagnostic> errors) {
        Path root = pathsByDisplayName.get(rootDisplay);
        compiling.push(root);
        try {
            compileImports(program, rootDisplay, errors);
        } finally {
            compiling.pop();
        }
    }

    /** Compiles each file {@code program} imports (recursively), adding their errors to {@code errors}. */
    private void compileImports(Program program, String importerDisplay, List<Diagnostic> errors) {
        Path importer = pathsByDisplayName.get(importerDisplay);
        for (Stmt s : program.statements()) {
            if (s instanceof Stmt.Import imp) {
                Path target;
                try {
                    target = locate(importer, imp.path());
                } catch (ModuleRoot.Refused e) {
                    errors.add(refusal(imp.path(), e, importerDisplay, imp.span()));
                    continue;
                }
                String display = displayName(importerDisplay, imp.path());
                if (compiling.contains(target)) {
                    errors.add(Diagnostic.error("import cycle: " + cycle(target), importerDisplay, imp.span()));
                } else if (!modules.containsKey(target)) {
                    compileModule(target, display, imp.span(), importerDisplay, errors);
                }
            }
        }
    }

    private void compileModule(Path path, String display, Span importSpan, String importerDisplay,
                               List<Diagnostic> errors) {
        String text;
        try {
            text = moduleRoot.read(path);
        } catch (ModuleRoot.Refused e) {
            errors.add(refusal(display, e, importerDisplay, importSpan));
            return;
        }
        sources.put(display, text);
        pathsByDisplayName.put(display, path);
        compiling.push(path);
        try {
            var parsed = SourceParser.parse(text, display);
            Program checkable = parsed.checkable();
            if (checkable == null) {
                errors.addAll(parsed.errors());
                return;
            }
            // A module with syntax errors is still resolved (its clean statements), like a root file.
            compileImports(checkable, display, errors);
            Resolution resolution = Resolver.resolve(checkable, display, known(builtinNames, parsed), Map.of());
            List<Diagnostic> own = new ArrayList<>(parsed.errors());
            own.addAll(resolution.errors());
            errors.addAll(inSourceOrder(own));
            if (!own.isEmpty()) {
                return;
            }
            Globals globals = new Globals();
            ModuleEnv env = new ModuleEnv(display, text, globals, builtins, context, this);
            var compiled = ProgramCompiler.compile(resolution, env, false);
            modules.put(path, new LoadedModule(display, compiled, globals, moduleName(path)));
        } finally {
            compiling.pop();
        }
    }

    /**
     * The names a file may use without defining them: the standard library's, and those that its
     * statements left out for syntax errors would define (so they are not also called unknown).
     */
    static Set<String> known(Set<String> builtinNames, ParseResult parsed) {
        if (parsed.skippedNames().isEmpty()) {
            return builtinNames;
        }
        Set<String> known = new HashSet<>(builtinNames);
        known.addAll(parsed.skippedNames());
        return known;
    }

    /** One file's diagnostics by position; the sort is stable, so errors at one place keep their order. */
    static List<Diagnostic> inSourceOrder(List<Diagnostic> diagnostics) {
        List<Diagnostic> sorted = new ArrayList<>(diagnostics);
        sorted.sort(Comparator.comparingInt((Diagnostic d) -> d.span().line())
                .thenComparingInt(d -> d.span().column()));
        return sorted;
    }

    /** Called when an import statement runs: a future of the module, which runs it the first time. */
    @Override
    public Object load(String path, String fromFile) {
        Path target;
        try {
            target = locate(pathsByDisplayName.get(fromFile), path);
        } catch (ModuleRoot.Refused e) {
            throw PollenException.valueError("module `" + printable(path) + "` was not compiled");
        }
        LoadedModule module = modules.get(target);
        if (module == null) {
            throw PollenException.valueError("module `" + path + "` was not compiled");
        }
        if (!module.start()) {
            return module.whenRun();
        }
        return new ModuleRun(module, (dev.pollen.runtime.async.Future) module.program.main().newStateMachine(null, 0));
    }

    /** Every module compiled so far, in the order they were first imported (for {@code pollen states}). */
    List<ProgramCompiler.CompiledProgram> compiledModules() {
        return new ArrayList<>(modules.values().stream().map(m -> m.program).toList());
    }

    private Path locate(Path importer, String path) throws ModuleRoot.Refused {
        if (moduleRoot == null) {
            if (path.indexOf('\0') >= 0) {
                throw new ModuleRoot.Refused("the path contains a NUL character");
            }
            throw new ModuleRoot.Refused("this engine has no module root, so import is off "
                    + "(PollenConfig.withModuleRoot turns it on)");
        }
        return moduleRoot.locate(importer, path);
    }

    /** The compile error of an import the module root refuses: the path as written, nothing of the file. */
    private static Diagnostic refusal(String path, ModuleRoot.Refused why, String importerDisplay, Span span) {
        return Diagnostic.error("cannot import `" + printable(path) + "`: " + why.getMessage(), importerDisplay, span);
    }

    /** The path with control characters (a NUL, say) shown as escapes. */
    private static String printable(String path) {
        StringBuilder sb = new StringBuilder();
        path.codePoints().forEach(cp -> {
            if (Character.isISOControl(cp)) {
                sb.append(String.format("\\u{%x}", cp));
            } else {
                sb.appendCodePoint(cp);
            }
        });
        return sb.toString();
    }

    /** The imported file's name as users see it: relative to the importer's folder, as written. */
    private static String displayName(String importerDisplay, String path) {
        Path parent = Path.of(importerDisplay.replace('\0', '?')).getParent();
        return parent == null ? Path.of(path).normalize().toString() : parent.resolve(path).normalize().toString();
    }

    private static String moduleName(Path path) {
        String file = path.getFileName().toString();
        return file.endsWith(".pln") ? file.substring(0, file.length() - 4) : file;
    }

    private String cycle(Path target) {
        List<String> names = new ArrayList<>();
        List<Path> stack = new ArrayList<>(compiling);
        java.util.Collections.reverse(stack);
        boolean inCycle = false;
        for (Path p : stack) {
            inCycle |= p.equals(target);
            if (inCycle) {
                names.add(p.getFileName().toString());
            }
        }
        names.add(target.getFileName().toString());
        return String.join(" -> ", names);
    }
}
