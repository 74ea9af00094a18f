/**
 * Pollen's async runtime and value model. Hosts use the interpreter's embedding API instead, so
 * these packages are exported only to Pollen's own modules.
 */
module dev.pollen.runtime {
    requires static java.management;  // the tests measure CPU time; the runtime itself needs none

    exports dev.pollen.runtime.value to dev.pollen.stdlib, dev.pollen.interpreter;
    exports dev.pollen.runtime.async to dev.pollen.stdlib, dev.pollen.interpreter;
    exports dev.pollen.runtime.sensor to dev.pollen.stdlib, dev.pollen.interpreter;
    exports dev.pollen.runtime.timeline to dev.pollen.interpreter;
}
