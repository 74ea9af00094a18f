package dev.pollen.interpreter.jvm;

import dev.pollen.interpreter.lower.AsyncCode;
import dev.pollen.interpreter.lower.BasicBlock;
import dev.pollen.interpreter.lower.Terminator;
import dev.pollen.interpreter.nodes.FunctionCode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.util.TraceClassVisitor;

/**
 * {@code pollen states --jvm}: the class the back end generates for a function, as text — its
 * constants (what each {@code K} field holds), then its fields and methods in ASM's textual form,
 * where the {@code TABLESWITCH} of an async body's {@code runBlock} lists its blocks and each
 * {@code LINENUMBER} the source line the code after it came from.
 */
public final class JvmPrinter {
    private JvmPrinter() {}

    /** The class of an async body (fn, method, closure, block or the top level). */
    public static String print(AsyncCode code) {
        return render(code.signature() + "  (" + code.blocks().size() + " blocks)", JvmBackend.generate(code));
    }

    /** The class of a synchronous function. */
    public static String print(FunctionCode code, String signature) {
        return render(signature, JvmBackend.generate(code));
    }

    private static String render(String title, SyncBodyClass.Generated g) {
        StringWriter out = new StringWriter();
        PrintWriter w = new PrintWriter(out);
        w.println("// " + title + " -> class " + g.name().replace('/', '.'));
        List<Object> constants = g.data().values();
        for (int i = 0; i < constants.size(); i++) {
            w.println("//   K" + i + " = " + describe(constants.get(i)));
        }
        if (!g.delegated().isEmpty()) {
            w.println("//   run by the node interpreter: " + String.join(", ", g.delegated()));
        }
        StringWriter listing = new StringWriter();
        new ClassReader(g.bytes()).accept(new TraceClassVisitor(new PrintWriter(listing)), ClassReader.SKIP_FRAMES);
        // The constants are listed above: drop their field declarations and the access-flag notes.
        listing.toString().lines()
                .filter(line -> !line.startsWith("  // access flags") && !line.matches("  private final static .* K\\d+"))
                .filter(line -> !line.isEmpty())
                .forEach(w::println);
        w.flush();
        return out.toString();
    }

    private static String describe(Object constant) {
        if (constant instanceof BasicBlock b) {
            return "block B" + b.index() + (b.firstLine() > 0 ? " (lines " + b.firstLine() + "-" + b.lastLine() + ")" : "");
        }
        if (constant instanceof Terminator.Await a) {
            return "await " + abbreviate(a.source()) + " at " + a.location() + ", resumes at B" + a.resume();
        }
        String type = ClassData.visibleType(constant.getClass()).getSimpleName();
        String kind = constant.getClass().getEnclosingClass() != null
                ? constant.getClass().getEnclosingClass().getSimpleName() + "." + constant.getClass().getSimpleName()
                : constant.getClass().getSimpleName();
        String text = String.valueOf(constant);
        boolean readable = constant instanceof String || constant instanceof Number
                || !text.contains("@");
        return kind + (type.equals(constant.getClass().getSimpleName()) ? "" : " (as " + type + ")")
                + (readable ? " " + abbreviate(text) : "");
    }

    private static String abbreviate(String s) {
        String one = s.replace("\n", "\\n");
        return one.length() <= 60 ? one : one.substring(0, 57) + "...";
    }
}
