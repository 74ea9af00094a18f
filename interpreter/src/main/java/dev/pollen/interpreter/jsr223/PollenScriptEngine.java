package dev.pollen.interpreter.jsr223;

import dev.pollen.interpreter.embed.Pollen;
import dev.pollen.interpreter.embed.PollenConfig;
import dev.pollen.interpreter.embed.ScriptCompileException;
import dev.pollen.interpreter.embed.ScriptRuntimeException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;
import javax.script.AbstractScriptEngine;
import javax.script.Bindings;
import javax.script.ScriptContext;
import javax.script.ScriptEngineFactory;
import javax.script.ScriptException;
import javax.script.SimpleBindings;

/**
 * Pollen behind {@code javax.script}. Each {@code eval} runs as a REPL entry of one engine (real
 * clock): definitions persist between evals, the value of a final expression is returned, and
 * the bindings of the context (engine and global scope) are defined as script globals first.
 * {@code print} writes to the context's writer. Errors become {@link ScriptException}s carrying
 * the file name, line and column, with the rendered diagnostic as their message.
 */
public final class PollenScriptEngine extends AbstractScriptEngine {
    private final ScriptEngineFactory factory;
    private Pollen pollen;
    private Writer pollenWriter;

    PollenScriptEngine(ScriptEngineFactory factory) {
        this.factory = factory;
    }

    @Override
    public Object eval(String script, ScriptContext ctx) throws ScriptException {
        Pollen engine = engineFor(ctx);
        defineBindings(engine, ctx.getBindings(ScriptContext.GLOBAL_SCOPE));
        defineBindings(engine, ctx.getBindings(ScriptContext.ENGINE_SCOPE));
        Object name = ctx.getAttribute(FILENAME);
        try {
            return name == null ? engine.eval(script) : engine.eval(script, name.toString());
        } catch (ScriptCompileException e) {
            var first = e.diagnostics().isEmpty() ? null : e.diagnostics().get(0);
            throw new ScriptException(e.rendered(), first == null ? null : first.file(),
                    first == null ? -1 : first.span().line(), first == null ? -1 : first.span().column());
        } catch (ScriptRuntimeException e) {
            var d = e.diagnostic();
            throw new ScriptException(e.rendered(), d.file(), d.span().line() > 0 ? d.span().line() : -1,
                    d.span().column() > 0 ? d.span().column() : -1);
        } finally {
            flush(ctx);
        }
    }

    @Override
    public Object eval(Reader reader, ScriptContext ctx) throws ScriptException {
        try (BufferedReader in = new BufferedReader(reader)) {
            return eval(in.lines().collect(Collectors.joining("\n")), ctx);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Bindings createBindings() {
        return new SimpleBindings();
    }

    @Override
    public ScriptEngineFactory getFactory() {
        return factory;
    }

    /** One Pollen engine per writer: its print stream is fixed when it is made. */
    private Pollen engineFor(ScriptContext ctx) {
        Writer writer = ctx.getWriter();
        if (pollen == null || writer != pollenWriter) {
            if (pollen != null) {
                pollen.close();
            }
            PrintStream out = new PrintStream(new WriterStream(writer), true, StandardCharsets.UTF_8);
            PrintStream err = new PrintStream(new WriterStream(ctx.getErrorWriter()), true, StandardCharsets.UTF_8);
            pollen = new Pollen(PollenConfig.defaults().withStreams(out, err));
            pollenWriter = writer;
        }
        return pollen;
    }

    private static void defineBindings(Pollen engine, Bindings bindings) {
        if (bindings == null) {
            return;
        }
        for (Map.Entry<String, Object> e : bindings.entrySet()) {
            if (e.getKey().matches("[A-Za-z_][A-Za-z0-9_]*")) {
                engine.define(e.getKey(), JavaValues.toScript(e.getValue()));
            }
        }
    }

    private static void flush(ScriptContext ctx) {
        try {
            ctx.getWriter().flush();
            ctx.getErrorWriter().flush();
        } catch (IOException ignored) {
            // A writer that cannot flush has nothing more for us to do.
        }
    }

    /** Bytes printed by the script, decoded as UTF-8 into the context's writer. */
    private static final class WriterStream extends OutputStream {
        private final Writer writer;
        private final java.io.ByteArrayOutputStream pending = new java.io.ByteArrayOutputStream();

        WriterStream(Writer writer) {
            this.writer = writer;
        }

        @Override
        public void write(int b) {
            pending.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            pending.write(b, off, len);
        }

        @Override
        public void flush() throws IOException {
            writer.write(pending.toString(StandardCharsets.UTF_8));
            pending.reset();
            writer.flush();
        }
    }
}
