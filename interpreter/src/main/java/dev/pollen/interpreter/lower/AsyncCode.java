package dev.pollen.interpreter.lower;

import dev.pollen.interpreter.nodes.Frame;
import dev.pollen.interpreter.nodes.FunctionCode;
import dev.pollen.interpreter.nodes.FunctionValue;
import java.util.List;

/**
 * The lowered form of one async body (an async fn, closure or block, or a file's top level):
 * its basic blocks, block 0 being the entry. Each call makes a {@link StateMachine} over these
 * shared blocks; nothing here changes while programs run.
 *
 * @param futureName  shown as {@code <future NAME>} ("async" for closures and blocks)
 * @param traceName   shown in stack traces
 * @param signature   the header {@code pollen states} prints, e.g. {@code async fn fetch(url)}
 * @param slotNames   the name of each frame slot ("%..." for compiler temporaries)
 * @param declaredLines the line declaring each slot's variable (0 for temporaries)
 * @param tier        when its machines come from a generated class ({@code --compile})
 */
public record AsyncCode(String futureName, String traceName, String signature, List<BasicBlock> blocks,
                        List<String> slotNames, List<Integer> declaredLines, MachineTier tier) implements FunctionCode.AsyncBody {

    public int slotCount() {
        return slotNames.size();
    }

    @Override
    public Frame newStateMachine(FunctionValue function, int depth) {
        return tier.newMachine(this, depth);
    }

    public BasicBlock block(int index) {
        return blocks.get(index);
    }
}
