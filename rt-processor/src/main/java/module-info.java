/**
 * RT's annotation processor. Found by javac through {@code META-INF/services} on the processor
 * path, and through {@code provides} on the processor module path.
 */
module dev.rt.processor {
    requires java.compiler;
    // com.sun.source.util.Trees: the imports of a source, to find a handle named before it exists.
    requires static jdk.compiler;
    requires com.palantir.javapoet;
    requires static com.google.auto.service;
    requires dev.rt.annotations;
    // dev.rt.wire.WireSchema: the schema of a @WireProtocol, its text and its baseline rules.
    requires dev.rt.runtime;

    provides javax.annotation.processing.Processor with
            dev.rt.processor.RtProcessor;
}
