package dev.pollen.interpreter.compile;

import dev.pollen.interpreter.nodes.ExprNode;
import dev.pollen.interpreter.nodes.Frame;
import dev.pollen.interpreter.nodes.SlotUses;

/** {@code import "path" as m}: asks the engine for the module's future, which the top level awaits. */
final class ImportModule extends ExprNode {
    private final ModuleEnv env;
    private final String path;

    ImportModule(ModuleEnv env, String path) {
        this.env = env;
        this.path = path;
    }

    @Override
    public void slotUses(SlotUses uses) {
        // loading a module touches no slot of the importing frame
    }

    @Override
    public Object execute(Frame frame) {
        return env.importer().load(path, env.file());
    }
}
