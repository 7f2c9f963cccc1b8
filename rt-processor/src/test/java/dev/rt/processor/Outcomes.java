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
     * Asserts that the compilation failed with {@code code} on {@code line} of {@code file}, that
     * the processor did not crash, and that every error is one of RT's: none comes from javac, as
     * it would if the processor had generated code that does not compile.
     */
    static void assertError(Compilation compilation, String code, JavaFileObject file, int line) {
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining("[" + code + "]").inFile(file).onLine(line);
        assertNoCrash(compilation);
        for (String error : errors(compilation)) {
            assertTrue(error.startsWith("[RT-"), () -> "not an error of RT: " + error);
        }
    }

    /**
     * Asserts that the compilation succeeded with the warning {@code code} on {@code line} of
     * {@code file}, that the processor did not crash, and that every warning is one of RT's: none
     * comes from javac, as it would if the generated code had one.
     */
    static void assertWarning(Compilation compilation, String code, JavaFileObject file, int line) {
        assertThat(compilation).succeeded();
        assertThat(compilation).hadWarningContaining("[" + code + "]").inFile(file).onLine(line);
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
