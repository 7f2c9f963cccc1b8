package dev.rt.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/** Assertions on compilations that must fail, or that must warn. */
final class Outcomes {
    private Outcomes() {}

    /**
     * Asserts that the compilation failed with {@code code} on the line of {@code file} that
     * contains {@code lineText}, that the processor did not crash, and that every error is one of
     * RT's: none comes from javac, as it would if the processor had generated code that does not
     * compile.
     *
     * <p>The line is found by its text, never by its number, so that a line added to a test's
     * source does not move the expectation. {@code lineText} must be on exactly one line of the
     * file: the assertion fails if it is on none, or on more than one.
     */
    static void assertError(
            Compilation compilation, String code, JavaFileObject file, String lineText) {
        assertThat(compilation).failed();
        assertThat(compilation)
                .hadErrorContaining("[" + code + "]")
                .inFile(file)
                .onLineContaining(lineText);
        assertNoCrash(compilation);
        for (String error : errors(compilation)) {
            assertTrue(error.startsWith("[RT-"), () -> "not an error of RT: " + error);
        }
    }

    /**
     * Asserts that the compilation succeeded with the warning {@code code} on the line of {@code
     * file} that contains {@code lineText}, that the processor did not crash, and that every
     * warning is one of RT's: none comes from javac, as it would if the generated code had one.
     * The line is found as {@link #assertError} finds it.
     */
    static void assertWarning(
            Compilation compilation, String code, JavaFileObject file, String lineText) {
        assertThat(compilation).succeeded();
        assertThat(compilation)
                .hadWarningContaining("[" + code + "]")
                .inFile(file)
                .onLineContaining(lineText);
        assertNoCrash(compilation);
        for (String warning : warnings(compilation)) {
            assertTrue(warning.startsWith("[RT-"), () -> "not a warning of RT: " + warning);
        }
    }

    /** Asserts that neither RT's processor nor javac reported an exception from a processor. */
    static void assertNoCrash(Compilation compilation) {
        for (Diagnostic<? extends JavaFileObject> diagnostic : compilation.diagnostics()) {
            String message = diagnostic.getMessage(Locale.ROOT);
            assertFalse(message.contains("[RT-000]"), message);
            assertFalse(message.contains("uncaught exception"), message);
        }
    }

    /** The messages of the compilation's errors. */
    static List<String> errors(Compilation compilation) {
        return compilation.errors().stream().map(d -> d.getMessage(Locale.ROOT)).toList();
    }

    /** The messages of the compilation's warnings. */
    static List<String> warnings(Compilation compilation) {
        return compilation.warnings().stream().map(d -> d.getMessage(Locale.ROOT)).toList();
    }
}
