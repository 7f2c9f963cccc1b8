package dev.rt.processor;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import javax.tools.JavaFileObject;

/** Compiles test sources with RT's processor, against the real runtime API. */
final class Sources {
    private Sources() {}

    /**
     * A source file from its lines, one string a line, so that a test can name the line it expects
     * a diagnostic on by its text.
     */
    static JavaFileObject source(String qualifiedName, String... lines) {
        return JavaFileObjects.forSourceLines(qualifiedName, lines);
    }

    /**
     * Compiles with RT's processor, with all lint warnings and doclint (broken javadoc links
     * included) as errors: generated code must cause none of them.
     */
    static Compilation compile(JavaFileObject... sources) {
        return compiler().compile(sources);
    }

    /**
     * Compiles as {@link #compile} does, but warnings do not fail the compilation: for tests of
     * RT's own warnings, which {@link Outcomes#assertWarning} checks are the only ones.
     */
    static Compilation compileAllowingWarnings(JavaFileObject... sources) {
        return Compiler.javac()
                .withProcessors(new RtProcessor())
                .withOptions("-Xlint:all,-processing", "-Xdoclint:all,-missing")
                .compile(sources);
    }

    /**
     * Compiles as {@link #compile} does, with processor options too, such as {@code
     * -Art.wire.baseline=dir}.
     */
    static Compilation compileWithOptions(java.util.List<String> options, JavaFileObject... sources) {
        java.util.List<String> all = new java.util.ArrayList<>(
                java.util.List.of("-Xlint:all", "-Xdoclint:all,-missing", "-Werror"));
        all.addAll(options);
        return Compiler.javac().withProcessors(new RtProcessor()).withOptions(all).compile(sources);
    }

    static Compiler compiler() {
        return Compiler.javac()
                .withProcessors(new RtProcessor())
                .withOptions("-Xlint:all", "-Xdoclint:all,-missing", "-Werror");
    }
}
