/** Pollen's standard library: the builtins and native modules the interpreter installs. */
module dev.pollen.stdlib {
    requires transitive dev.pollen.runtime;

    exports dev.pollen.stdlib to dev.pollen.interpreter;
}
