package dev.pollen.interpreter.jsr223;

import java.util.List;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineFactory;

/**
 * Makes Pollen available through {@code javax.script}: {@code new ScriptEngineManager()
 * .getEngineByName("pollen")} (or by the extension {@code pln}). Registered as a service in
 * {@code META-INF/services}.
 */
public final class PollenScriptEngineFactory implements ScriptEngineFactory {
    static final String VERSION = "0.1.0";

    @Override
    public String getEngineName() {
        return "Pollen";
    }

    @Override
    public String getEngineVersion() {
        return VERSION;
    }

    @Override
    public List<String> getExtensions() {
        return List.of("pln");
    }

    @Override
    public List<String> getMimeTypes() {
        return List.of("application/x-pollen", "text/x-pollen");
    }

    @Override
    public List<String> getNames() {
        return List.of("pollen", "Pollen");
    }

    @Override
    public String getLanguageName() {
        return "Pollen";
    }

    @Override
    public String getLanguageVersion() {
        return "1";
    }

    @Override
    public Object getParameter(String key) {
        return switch (key) {
            case ScriptEngine.ENGINE -> getEngineName();
            case ScriptEngine.ENGINE_VERSION -> getEngineVersion();
            case ScriptEngine.LANGUAGE -> getLanguageName();
            case ScriptEngine.LANGUAGE_VERSION -> getLanguageVersion();
            case ScriptEngine.NAME -> "pollen";
            // Calls from several threads are run one at a time on the engine's own thread, and
            // each sees what the others defined: MULTITHREADED in the JSR-223 sense.
            case "THREADING" -> "MULTITHREADED";
            default -> null;
        };
    }

    @Override
    public String getMethodCallSyntax(String obj, String m, String... args) {
        return obj + "." + m + "(" + String.join(", ", args) + ")";
    }

    @Override
    public String getOutputStatement(String toDisplay) {
        return "print(\"" + toDisplay.replace("\\", "\\\\").replace("\"", "\\\"").replace("$", "\\$") + "\")";
    }

    @Override
    public String getProgram(String... statements) {
        return String.join(";\n", statements) + ";";
    }

    @Override
    public ScriptEngine getScriptEngine() {
        return new PollenScriptEngine(this);
    }
}
