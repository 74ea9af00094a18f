package dev.pollen.interpreter.compile;

import dev.pollen.interpreter.nodes.ExprNode;
import dev.pollen.interpreter.nodes.Frame;

/** {@code import "path" as m}: asks the engine for the module's future, which the top level awaits. */
final class ImportModule extends ExprNode {
    private final ModuleEnv env;
    private final String path;

    ImportModule(ModuleEnv env, String path) {
        this.env = env;
        this.path = path;
    }

    @Override
    public Object execute(Frame frame) {
        return env.importer().load(path, env.file());
    }
}
