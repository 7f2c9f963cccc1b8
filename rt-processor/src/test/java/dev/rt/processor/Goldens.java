package dev.rt.processor;

import static org.junit.jupiter.api.Assertions.fail;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.tools.FileObject;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;

/**
 * Compares generated sources with golden files, as exact text.
 *
 * <p>A golden file lives at {@code src/test/resources/goldens/<TestClass>/<method>/<fqcn>.java},
 * or, for a generated resource, at {@code .../<method>/<file name>}.
 * On a mismatch, or when the golden file is missing, the actual text is written under {@code
 * target/goldens-actual/} with the same layout and the test fails, saying where. To accept the new
 * output, run the tests with {@code -Drt.updateGoldens=true}: the golden files are then rewritten
 * (read the diff before committing them).
 */
final class Goldens {
    static final String UPDATE_PROPERTY = "rt.updateGoldens";

    private Goldens() {}

    /**
     * Checks one generated source against its golden file.
     *
     * @param compilation a compilation that generated {@code qualifiedName}
     * @param testClass the test class, for the path
     * @param method the test method, for the path
     * @param qualifiedName the generated type
     */
    static void assertMatches(
            Compilation compilation, Class<?> testClass, String method, String qualifiedName) {
        JavaFileObject file =
                compilation
                        .generatedSourceFile(qualifiedName)
                        .orElseThrow(() -> new AssertionError("not generated: " + qualifiedName));
        String actual;
        try {
            actual = file.getCharContent(true).toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertMatches(actual, testClass, method, qualifiedName);
    }

    static void assertMatches(String actual, Class<?> testClass, String method, String qualifiedName) {
        assertFileMatches(actual, Path.of(testClass.getSimpleName(), method, qualifiedName + ".java"));
    }

    /**
     * Checks one generated resource against its golden file, {@code
     * goldens/<TestClass>/<method>/<file name>}.
     *
     * @param compilation a compilation that wrote the resource to the class output
     * @param testClass the test class, for the path
     * @param method the test method, for the path
     * @param resource the resource's path, such as {@code META-INF/rt/wire/a.B.schema}
     */
    static void assertResourceMatches(
            Compilation compilation, Class<?> testClass, String method, String resource) {
        FileObject file =
                compilation
                        .generatedFile(StandardLocation.CLASS_OUTPUT, resource)
                        .orElseThrow(() -> new AssertionError("not generated: " + resource));
        String actual;
        try {
            actual = file.getCharContent(true).toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Path name = Path.of(resource).getFileName();
        assertFileMatches(actual, Path.of(testClass.getSimpleName(), method).resolve(name));
    }

    private static void assertFileMatches(String actual, Path relative) {
        Path golden = moduleDir().resolve("src/test/resources/goldens").resolve(relative);
        Path actualCopy = moduleDir().resolve("target/goldens-actual").resolve(relative);
        try {
            if (Boolean.getBoolean(UPDATE_PROPERTY)) {
                Files.createDirectories(golden.getParent());
                Files.writeString(golden, actual, StandardCharsets.UTF_8);
                return;
            }
            String expected =
                    Files.exists(golden) ? Files.readString(golden, StandardCharsets.UTF_8) : null;
            if (actual.equals(expected)) {
                return;
            }
            Files.createDirectories(actualCopy.getParent());
            Files.writeString(actualCopy, actual, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        fail(
                (Files.exists(golden) ? "generated source differs from " : "no golden file ")
                        + golden
                        + "\nactual output written to "
                        + actualCopy
                        + "\ncompare them (diff -u), and if the new output is right, accept it with:"
                        + "\n  mvn -o -pl rt-processor verify -D"
                        + UPDATE_PROPERTY
                        + "=true");
    }

    /** The rt-processor directory: surefire runs there and also sets {@code basedir}. */
    private static Path moduleDir() {
        return Path.of(System.getProperty("basedir", "")).toAbsolutePath();
    }
}
