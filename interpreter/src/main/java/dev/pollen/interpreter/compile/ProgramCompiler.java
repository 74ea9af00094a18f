package dev.pollen.interpreter.compile;

import dev.pollen.interpreter.ast.Param;
import dev.pollen.interpreter.ast.Program;
import dev.pollen.interpreter.ast.Stmt;
import dev.pollen.interpreter.lower.AsyncCode;
import dev.pollen.interpreter.nodes.Cell;
import dev.pollen.interpreter.nodes.ExprNode;
import dev.pollen.interpreter.nodes.FunctionCode;
import dev.pollen.interpreter.nodes.FunctionValue;
import dev.pollen.interpreter.nodes.GlobalCell;
import dev.pollen.interpreter.nodes.PatternNodes;
import dev.pollen.interpreter.nodes.ValueNodes;
import dev.pollen.interpreter.nodes.VariableNodes;
import dev.pollen.interpreter.resolve.Resolution;
import dev.pollen.runtime.value.StructType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Compiles a whole file (or REPL entry): its top-level {@code fn}s, structs and impls become
 * definitions that run first, and the rest of its top level becomes the main task's state machine.
 */
public final class ProgramCompiler {
    private ProgramCompiler() {}

    /**
     * A compiled file: the main body and every async body in it (for {@code pollen states}), and
     * every sync function (for {@code pollen states --jvm}).
     */
    public record CompiledProgram(AsyncCode main, List<AsyncCode> asyncBodies, List<SyncFunction> syncFunctions) {}

    /** A sync function and the header that names it, e.g. {@code fn fib(n)}. */
    public record SyncFunction(String signature, FunctionCode code) {}

    /**
     * @param keepTail make a final unterminated expression the main body's value (the REPL)
     */
    public static CompiledProgram compile(Resolution resolution, ModuleEnv env, boolean keepTail) {
        Program program = resolution.program();
        Compiler c = new Compiler(resolution, env);
        List<ExprNode> prelude = new ArrayList<>();
        Map<String, StructType> structs = new HashMap<>();
        for (Stmt s : program.statements()) {
            if (s instanceof Stmt.Struct st) {
                StructType type = new StructType(st.name(), st.fields());
                structs.put(st.name(), type);
                prelude.add(define(env, st.name(), type));
            }
        }
        for (Stmt s : program.statements()) {
            if (s instanceof Stmt.Fn fn) {
                prelude.add(define(env, fn.name(), topLevelFunction(c, fn, fn.name(), fn.name())));
            } else if (s instanceof Stmt.Impl impl) {
                StructType type = structs.containsKey(impl.typeName())
                        ? structs.get(impl.typeName())
                        : existingStruct(env, impl.typeName());
                for (Stmt.Fn m : impl.methods()) {
                    FunctionValue method = topLevelFunction(c, m, m.name(), impl.typeName() + "." + m.name());
                    if (type != null) {
                        type.defineMethod(m.name(), method, takesSelf(m.params()));
                    }
                }
            }
        }
        AsyncCode main = new AsyncLowerer(c, resolution.function(program), "main", "main", "main")
                .lowerProgram(prelude, program.statements(), keepTail);
        List<AsyncCode> bodies = new ArrayList<>(c.registry);
        return new CompiledProgram(main, bodies, List.copyOf(c.syncFunctions));
    }

    private static FunctionValue topLevelFunction(Compiler c, Stmt.Fn fn, String name, String traceName) {
        FunctionCode code = c.function(c.resolution.function(fn), name, traceName, fn.params(), fn.body(), fn.async());
        return new FunctionValue(code, new Cell[0]);
    }

    private static ExprNode define(ModuleEnv env, String name, Object value) {
        GlobalCell cell = env.globals().cell(name);
        return new PatternNodes.Let(new PatternNodes.BindTo(new VariableNodes.GlobalBinder(cell)),
                new ValueNodes.Literal(value));
    }

    /** A struct defined by an earlier REPL entry. */
    private static StructType existingStruct(ModuleEnv env, String name) {
        GlobalCell cell = env.globals().find(name);
        return cell != null && cell.get() instanceof StructType t ? t : null;
    }

    private static boolean takesSelf(List<Param> params) {
        return !params.isEmpty() && params.get(0).name().equals("self");
    }
}
