/**
 * The {@code pollen} command: the script runner, {@code check}, {@code states} and the JLine REPL.
 * It reads Pollen through the interpreter's exported embedding API alone, as any host does: the
 * runtime, the standard library and the grammar export nothing to it, so the compiler refuses any
 * reach past that door.
 */
module dev.pollen.cli {
    requires dev.pollen.interpreter;
    requires org.jline.reader;
    requires org.jline.terminal;
    requires java.logging;  // to quiet JLine's own logger

    exports dev.pollen.cli;
}
