package dev.pollen.interpreter.jvm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pollen.interpreter.embed.CompileTier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The back end changes speed, never behaviour: each program prints the same and fails with the
 * same rendered error (location and script stack trace) whether its functions are compiled on
 * first call or interpreted; a function the JVM cannot take stays interpreted.
 */
@Timeout(60)
class JvmBackendTest {

    @ParameterizedTest
    @ValueSource(strings = {
        // errors deep in compiled code: the location and the trace through calls
        "fn a(x) { x + 1 }\nfn b(x) { a(x) * 2 }\nfn c(xs) { let mut t = 0; for x in xs { t += b(x); } t }\n"
                + "print(c([1, 2]));\nprint(c([1, \"s\"]));",
        // int overflow on each fast path, and division by zero
        "fn add(a, b) { a + b }\nfn mul(a, b) { a * b }\nfn sub(a, b) { a - b }\n"
                + "print(try { add(9223372036854775807, 1) } catch e { e.message });\n"
                + "print(try { mul(4611686018427387904, 2) } catch e { e.message });\n"
                + "print(try { sub(-9223372036854775807, 2) } catch e { e.message });\n"
                + "print(try { mul(-1, 3) } catch e { e.message }, 7 / 2, -7 % 3);\nfn d(a) { a / 0 }\nd(1);",
        // floats and strings through the general rule; comparisons of mixed numbers
        "fn f(a, b) { [a + b, a - b, a * b, a / b, a < b, a == b, a != b, a >= b] }\n"
                + "print(f(1.5, 2));\nprint(f(3, 3.0));\nprint(f(\"x\", \"y\") );",
        // break and continue thrown from code the interpreter runs (a match), a loop's value
        "fn g() { let mut k = 0; let m = loop { k += 1; match k { 3 => { break k * 10; }, _ => { continue; } } }; m }\n"
                + "print(g());\nfn h(xs) { for x in xs { if x > 2 { return x; } } -1 }\nprint(h([1, 5, 3]), h([]));",
        // return and break through try/finally, errors through catch
        "fn t(n) { let mut log = []; for i in 0..n { try { if i == 2 { break; } log.push(i); } finally { log.push(\"f\"); } } log }\n"
                + "print(t(5));\nfn r() { try { return 1; } finally { print(\"fin\"); } }\nprint(r());\n"
                + "fn u() { try { [1][5] } catch e { e.kind } }\nprint(u());",
        // closures capturing a loop variable, defaults, calls of natives and methods
        "fn mk(n, step = 2) { let mut fs = []; for i in 0..n { fs.push(|| i * step); } fs }\n"
                + "print(mk(3).map(|f| f()));\nprint(mk(2, 5).map(|f| f()), len(\"abc\"), \"ab\".len());",
        // async bodies: awaits in loops and trys, cancellation running finally, spawn
        "async fn w(n) { let mut s = 0; for i in 0..n { s += sleep(1).await; s += i; } s }\n"
                + "async fn slow() { try { sleep(100).await; } finally { print(\"cleanup\"); } }\n"
                + "print(w(3).await);\nlet t = spawn(slow());\nsleep(5).await;\nt.cancel();\nsleep(1).await;\n"
                + "print(try { w(\"x\").await } catch e { e.kind });\nasync fn boom() { sleep(1).await; [][1] }\nboom().await;",
        // float fast paths: IEEE rules for NaN, -0.0 and infinities, int beside float, conditions
        "fn f(a, b) { [a + b, a - b, a * b, a / b, a % b, a < b, a <= b, a > b, a >= b, a == b, a != b] }\n"
                + "let nan = 0.0 / 0.0;\nprint(f(1.5, 2.25));\nprint(f(-7.5, 2));\nprint(f(7, -2.5));\n"
                + "print(f(nan, nan));\nprint(f(nan, 1));\nprint(f(0.0, -0.0));\nprint(f(1.0, 0.0));\n"
                + "print(f(9007199254740993, 9007199254740992.0));\n"
                + "fn g(x) { if x < 0.5 { \"lo\" } else if x >= 2.5 { \"hi\" } else if x != x { \"nan\" } else { \"mid\" } }\n"
                + "print(g(0.25), g(nan), g(3.0), g(1.0), g(2));\nprint(f(1.5, \"x\"));",
        // globals, ranges, interpolation, maps, field and index assignment and throw compiled
        "let base = 10;\nstruct P { x, y }\n"
                + "fn h(n) { let p = P(1, 2); p.x = n; p.y += base; let xs = [0, 0]; xs[1] = n; xs[0] += 5;\n"
                + "  let m = #{\"a\": n, \"b\": p.y}; let r = 0..n; \"${p.x}-${p.y} ${xs} ${m} ${r} ${1..=2}\" }\n"
                + "print(h(3));\nfn bad(n) { if n > 1 { throw \"too big: ${n}\"; } let r = n..\"z\"; r }\n"
                + "print(try { bad(2) } catch e { e });\nfn later() { undefined_yet }\n"
                + "print(try { later() } catch e { e.kind });\nlet undefined_yet = 1;\nfn ix(xs) { xs[9] = 1; }\nprint(try { bad(0) } catch e { e.message });\nix([1]);",
        // struct methods called through their entries: results, arity and lookup errors, depth, traces
        "struct V { x, y }\nimpl V {\n  fn add(self, o) { V(self.x + o.x, self.y + o.y) }\n"
                + "  fn bad(self, k) { if k > 2 { [][k] } else { self.bad(k + 1) } }\n"
                + "  fn deep(self, n) { self.deep(n + 1) }\n  fn make(a) { V(a, a) }\n}\n"
                + "let mut v = V(0, 0);\nfor i in 0..10 { v = v.add(V(i, 1)); }\nprint(v.x, v.y, V.make(2).add(v).x);\n"
                + "print(try { v.add() } catch e { e.message }, try { v.nope() } catch e { e.message });\n"
                + "print(try { v.deep(0) } catch e { e.kind });\nv.bad(0);",
        // functions called back by natives through their entries: results, arity, depth, traces
        "fn twice(x) { x * 2 }\nprint([1, 2, 3].map(twice), [3, 1, 2].map(|x| x + 1).filter(|x| x > 2));\n"
                + "print(try { [1].map(|a, b| a) } catch e { e.message });\n"
                + "fn down(n) { if n == 0 { 0 } else { [n - 1].map(down)[0] + 1 } }\n"
                + "print(down(50), try { down(100000) } catch e { e.kind });\n[1, 0].map(|x| 10 / x);",
        // closures reading and assigning captured variables, with their slots in JVM locals
        "fn counter() { let mut n = 0; |k| { n += k; n } }\nlet c = counter();\nc(1);\nc(2);\nprint(c(3));\n"
                + "fn scale(xs, k) { xs.map(|x| x * k) }\nprint(scale([1, 2, 3], 10));\n"
                + "fn acc(xs) { let mut total = 0; xs.map(|x| { total = total + x; total }) }\nprint(acc([1, 2, 3, 4]));\n"
                + "fn bad(xs, k) { xs.map(|x| x / k) }\nprint(try { bad([1], 0) } catch e { e.message });\nbad([2], 0);",
        // try compiled: finally on every way out (break, continue, return, an error from catch),
        // nested finallys in order, a stack overflow caught, a try in an async body around no await
        "fn t(n) { let mut log = []; for i in 0..n { try { if i == 1 { continue; } if i == 3 { break; } log.push(i); }"
                + " finally { log.push(\"f${i}\"); } } log }\nprint(t(5));\n"
                + "fn nested() { let mut out = []; let v = loop { try { try { out.push(1); break 7; } finally { out.push(2); } }"
                + " finally { out.push(3); } }; out.push(v); out }\nprint(nested());\n"
                + "fn rethrow() { try { try { throw \"a\"; } catch e { throw \"${e}b\"; } finally { print(\"inner fin\"); } }"
                + " catch e2 { e2 } }\nprint(rethrow());\nfn deep(n) { try { deep(n + 1) } catch e { e.kind } }\nprint(deep(0));\n"
                + "fn cr() { for i in 0..3 { try { throw i; } catch e { if e == 1 { return \"ret ${e}\"; } } finally { print(\"f\", i); } } }\n"
                + "print(cr());\nasync fn a(xs) { let mut s = 0; for x in xs { yield_now().await; s += try { 10 / x } catch _ { -1 } finally { s += 100; }; }"
                + " s }\nprint(a([1, 0, 5]).await);\nfn uncaught() { try { [][1] } finally { print(\"cleanup\"); } }\nuncaught();",
        // match compiled: literals, alternatives, nested lists, nil and bool, guards, Ready/Pending,
        // arms with awaits in an async body, and no arm matching
        "fn kind(v) { match v { 0 => \"zero\", 1 | 2 => \"small\", [a, [b, _]] => \"pair ${a} ${b}\", [] => \"empty\", "
                + "nil => \"nil\", true => \"yes\", \"s\" => \"str\", n if type_of(n) == \"int\" && n > 100 => \"big ${n}\", _ => \"other\" } }\n"
                + "print([0, 1, 2, [1, [2, 3]], [], nil, true, 500, \"s\", 7, [1, 2]].map(kind));\n"
                + "async fn ak(xs) { let mut out = []; for x in xs { yield_now().await; "
                + "let r = match x { [p, q] => { yield_now().await; p + q }, k if k < 0 => -k, _ => x }; out.push(r); } out }\n"
                + "print(ak([[1, 2], -3, 4]).await);\nfn pi(p) { match p { Ready(v) => \"ready ${v}\", Pending => \"pending\" } }\n"
                + "print(pi(Pending), pi(Ready(3)));\nfn bad(v) { match v { 1 => \"one\" } }\nbad(2);",
        // the operation budget stops compiled loops and calls alike
        "fn spin() { let mut i = 0; while true { i += 1; } }\nspin();",
    })
    void compiledAndInterpretedRunsAgree(String program) {
        TierRuns.assertTiersAgree(program);
    }

    @Test
    void hotLoopsInCodeThatRunsOnceAreCompiledAndAgree() {
        // past LoopBody.HOT_ITERATIONS the bodies run compiled: continue, break, return, a loop's
        // value, an error inside (its location and trace) all as the interpreter has them
        String program = "let mut s = 0;\nlet mut log = [];\n"
                + "for i in 0..3000 { if i % 1000 == 999 { log.push(i); continue; } if i == 2500 { break; } s += i * 2; }\n"
                + "let mut k = 0;\nwhile k < 5000 { k += 1; if k == 4321 { log.push(k); } }\n"
                + "fn once() { let mut n = 0; let v = loop { n += 1; if n == 1500 { break n * 2; } }; "
                + "loop { n += 1; if n == 3000 { return [v, n]; } } }\n"
                + "print(s, log, k, once());\nfn fails() { let mut j = 0; for x in 0..2000 { j += x; if x == 1500 { j = j + \"!\"; } } }\n"
                + "fails();";
        TierRuns.Run auto = TierRuns.run(program, CompileTier.AUTO);
        TierRuns.Run interpreted = TierRuns.run(program, CompileTier.NEVER);
        assertThat(auto.out()).isEqualTo(interpreted.out()).isEqualTo("6241504 [999, 1999, 4321] 5000 [3000, 3000]\n");
        assertThat(auto.error()).isEqualTo(interpreted.error()).contains("in fails");
        assertThat(JvmBackend.rejected()).as("bodies the JVM refused").isEmpty();
    }

    @Test
    void aFunctionTooLargeForOneJvmMethodStaysInterpreted() {
        StringBuilder body = new StringBuilder("fn big(x) {\n    let mut s = x;\n");
        for (int i = 0; i < 4000; i++) {
            body.append("    s = s + ").append(i % 7).append(";\n");
        }
        body.append("    s\n}\nprint(big(1));\n");
        TierRuns.Run compiled = TierRuns.run(body.toString(), CompileTier.ALWAYS);
        assertThat(compiled.error()).isEmpty();
        assertThat(compiled.out()).isEqualTo(TierRuns.run(body.toString(), CompileTier.NEVER).out()).isEqualTo("11995\n");
    }
}
