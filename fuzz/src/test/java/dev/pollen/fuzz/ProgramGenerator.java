package dev.pollen.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Well-formed Pollen programs with async constructs nested at random: async fns calling each
 * other, async blocks and closures, spawn and abort, join, select, timeout, channels, semaphores,
 * try/catch/finally, loops with break, throw and sleep. Every name is defined before use and
 * every {@code .await} sits where the language allows it, so a run fails only at run time
 * (exit 1: an error thrown and not caught, a deadlock, the operation limit), never to compile.
 * The output depends only on the program and {@code --seed}.
 */
final class ProgramGenerator {
    private final Random r;
    private final StringBuilder out = new StringBuilder();
    private int fresh;
    private int fns;
    /** Names usable here, innermost scope last; each holds an int unless it starts with h (a task handle). */
    private final List<List<String>> scopes = new ArrayList<>();

    private ProgramGenerator(Random r) {
        this.r = r;
    }

    static String program(Random r) {
        return new ProgramGenerator(r).generate();
    }

    private String generate() {
        fns = 1 + r.nextInt(4);
        // f_k may call only f_j with j > k, so calls end (recursion is the StackOverflow test's job)
        for (int k = fns - 1; k >= 0; k--) {
            scopes.add(new ArrayList<>(List.of("n")));
            line(0, "async fn f" + k + "(n) {");
            block(1, 2, k + 1);
            line(1, "n + " + r.nextInt(10));
            line(0, "}");
            scopes.remove(scopes.size() - 1);
        }
        scopes.add(new ArrayList<>());
        block(0, 3, 0);
        line(0, "print(\"end\", now());");
        return out.toString();
    }

    /** Some statements at {@code indent}; {@code depth} bounds further nesting; fns from {@code firstFn} may be called. */
    private void block(int indent, int depth, int firstFn) {
        int n = 1 + r.nextInt(5);
        for (int i = 0; i < n; i++) {
            statement(indent, depth, firstFn);
        }
    }

    private void statement(int indent, int depth, int firstFn) {
        int choice = r.nextInt(depth > 0 ? 16 : 6);
        switch (choice) {
            case 0 -> line(indent, "print(" + intExpr(depth, firstFn) + ");");
            case 1 -> bind(indent, intExpr(depth, firstFn));
            case 2 -> line(indent, "sleep(" + r.nextInt(50) + ").await;");
            case 3 -> line(indent, "print(\"t\", now());");
            case 4 -> {
                String h = "h" + (fresh++);
                line(indent, "let " + h + " = spawn(" + future(depth, firstFn) + ");");
                scope().add(h);
            }
            case 5 -> awaitHandle(indent);
            case 6 -> {
                line(indent, "try {");
                nested(indent, depth, firstFn);
                if (r.nextBoolean()) {
                    line(indent + 1, "throw error(\"ValueError\", \"boom\");");
                }
                line(indent, "} catch e {");
                line(indent + 1, "print(\"caught\", e.kind);");
                if (r.nextBoolean()) {
                    line(indent, "} finally {");
                    line(indent + 1, "print(\"finally\");");
                }
                line(indent, "}");
            }
            case 7 -> {
                String i = "i" + (fresh++);
                line(indent, "for " + i + " in 0.." + r.nextInt(6) + " {");
                scopes.add(new ArrayList<>(List.of(i)));
                block(indent + 1, depth - 1, firstFn);
                line(indent + 1, "if " + i + " == " + r.nextInt(4) + " { break; }");
                scopes.remove(scopes.size() - 1);
                line(indent, "}");
            }
            case 8 -> {
                line(indent, "loop {");
                nested(indent, depth, firstFn);
                line(indent + 1, "break;");
                line(indent, "}");
            }
            case 9 -> line(indent, "print(join(" + future(depth, firstFn) + ", " + future(depth, firstFn) + ").await);");
            case 10 -> line(indent, "print(select(" + future(depth, firstFn) + ", " + future(depth, firstFn) + ").await);");
            case 11 -> {
                line(indent, "try {");
                line(indent + 1, "print(timeout(" + future(depth, firstFn) + ", " + r.nextInt(60) + ").await);");
                line(indent, "} catch e { print(\"timeout\", e.kind); }");
            }
            case 12 -> channel(indent, depth, firstFn);
            case 13 -> {
                String s = "s" + (fresh++);
                line(indent, "let " + s + " = semaphore(" + r.nextInt(3) + ");");
                line(indent, "let " + s + "w = spawn(async { " + s + ".acquire().await; print(\"got\", now()); "
                        + s + ".release(); });");
                line(indent, "sleep(" + r.nextInt(20) + ").await;");
                line(indent, s + ".release();");
                line(indent, s + "w.await;");
            }
            case 14 -> {
                String h = "h" + (fresh++);
                line(indent, "let " + h + " = spawn(async { try { sleep(" + r.nextInt(40)
                        + ").await; print(\"woke\"); } finally { print(\"cleanup\"); } });");
                line(indent, "sleep(" + r.nextInt(40) + ").await;");
                line(indent, h + ".abort();");
                line(indent, "try { " + h + ".await; } catch e { print(\"aborted\", e.kind); }");
            }
            default -> {
                line(indent, "let b" + (fresh++) + " = async {");
                scopes.add(new ArrayList<>());
                block(indent + 1, depth - 1, firstFn);
                scopes.remove(scopes.size() - 1);
                line(indent, "}.await;");
            }
        }
    }

    private void nested(int indent, int depth, int firstFn) {
        scopes.add(new ArrayList<>());
        block(indent + 1, depth - 1, firstFn);
        scopes.remove(scopes.size() - 1);
    }

    private void channel(int indent, int depth, int firstFn) {
        String c = "c" + (fresh++);
        int count = r.nextInt(5);
        line(indent, "let [" + c + "tx, " + c + "rx] = channel(" + (1 + r.nextInt(3)) + ");");
        line(indent, "let " + c + "p = spawn(async {");
        line(indent + 1, "for v in 0.." + count + " { " + c + "tx.send(v).await; sleep(" + r.nextInt(5) + ").await; }");
        line(indent + 1, c + "tx.close();");
        line(indent, "});");
        line(indent, "let mut " + c + "sum = 0;");
        line(indent, "loop {");
        line(indent + 1, "let v = " + c + "rx.recv().await;");
        line(indent + 1, "if v == nil { break; }");
        line(indent + 1, c + "sum += v;");
        line(indent, "}");
        line(indent, "print(\"sum\", " + c + "sum);");
        line(indent, c + "p.await;");
    }

    private void awaitHandle(int indent) {
        for (int i = scopes.size() - 1; i >= 0; i--) {
            for (String name : scopes.get(i)) {
                if (name.startsWith("h")) {
                    line(indent, "try { print(" + name + ".await); } catch e { print(\"task\", e.kind); }");
                    return;
                }
            }
        }
        line(indent, "print(ready(" + r.nextInt(9) + ").await);");
    }

    private void bind(int indent, String value) {
        String v = "v" + (fresh++);
        line(indent, "let " + v + " = " + value + ";");
        scope().add(v);
    }

    /** A future expression (not yet awaited). */
    private String future(int depth, int firstFn) {
        int choice = r.nextInt(firstFn < fns ? 5 : 4);
        return switch (choice) {
            case 0 -> "sleep(" + r.nextInt(30) + ")";
            case 1 -> "ready(" + intExpr(0, firstFn) + ")";
            case 2 -> "async { sleep(" + r.nextInt(30) + ").await; " + intExpr(0, firstFn) + " }";
            case 3 -> "(async |x| { sleep(x).await; x })(" + r.nextInt(30) + ")";
            default -> "f" + (firstFn + r.nextInt(fns - firstFn)) + "(" + intExpr(0, firstFn) + ")";
        };
    }

    /** An int expression; may await. */
    private String intExpr(int depth, int firstFn) {
        String name = anyName();
        return switch (r.nextInt(5)) {
            case 0 -> Integer.toString(r.nextInt(100));
            case 1 -> name != null ? name : "1";
            case 2 -> "(" + intExpr(0, firstFn) + " + " + intExpr(0, firstFn) + ")";
            case 3 -> firstFn < fns ? "f" + (firstFn + r.nextInt(fns - firstFn)) + "(" + r.nextInt(9) + ").await" : "2";
            default -> "async { " + r.nextInt(9) + " }.await";
        };
    }

    private String anyName() {
        List<String> ints = new ArrayList<>();
        for (List<String> s : scopes) {
            for (String n : s) {
                if (!n.startsWith("h")) {
                    ints.add(n);
                }
            }
        }
        return ints.isEmpty() ? null : ints.get(r.nextInt(ints.size()));
    }

    private List<String> scope() {
        return scopes.get(scopes.size() - 1);
    }

    private void line(int indent, String text) {
        out.append("    ".repeat(indent)).append(text).append('\n');
    }
}
