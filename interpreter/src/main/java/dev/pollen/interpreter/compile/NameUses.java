package dev.pollen.interpreter.compile;

import dev.pollen.interpreter.ast.Expr;
import dev.pollen.interpreter.ast.Stmt;
import dev.pollen.interpreter.resolve.FunctionInfo;
import dev.pollen.interpreter.resolve.LocalVar;
import dev.pollen.interpreter.resolve.Resolution;
import dev.pollen.interpreter.resolve.VarRef;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Set;

/**
 * Finds the locals of one function that a piece of syntax uses (including those a closure in it
 * captures), for the "keeps" column of {@code pollen states}. Walks the AST records generically.
 */
final class NameUses {
    private NameUses() {}

    static void collect(Object node, Resolution res, Set<LocalVar> out) {
        if (node == null) {
            return;
        }
        if (node instanceof Expr.Name n) {
            if (res.ref(n) instanceof VarRef.Local l) {
                out.add(l.var());
            }
            return;
        }
        if (node instanceof Expr.Lambda || node instanceof Expr.AsyncBlock || node instanceof Stmt.Fn) {
            FunctionInfo f = res.function(node);
            f.captures().forEach(capture -> out.add(capture.outer()));
            return;
        }
        if (node instanceof List<?> list) {
            list.forEach(item -> collect(item, res, out));
            return;
        }
        if (node instanceof Record r) {
            for (RecordComponent rc : r.getClass().getRecordComponents()) {
                try {
                    Object value = rc.getAccessor().invoke(r);
                    if (value instanceof Record || value instanceof List<?>) {
                        collect(value, res, out);
                    }
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
    }
}
