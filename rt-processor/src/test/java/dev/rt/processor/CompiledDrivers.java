package dev.rt.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import java.util.List;
import java.util.function.Supplier;
import javax.tools.JavaFileObject;

/**
 * Sources compiled with RT's processor, and the drivers among them, which a test runs: a driver
 * is a class with a constructor without parameters that implements {@code Supplier<List<String>>}
 * and returns a transcript of what it did. Drivers are compiled with the code they drive, against
 * the real runtime API, because the tests themselves cannot name runtime types (see {@link
 * GeneratedCodeRunsTest}).
 */
final class CompiledDrivers {
    private final ClassLoader loader;

    private CompiledDrivers(ClassLoader loader) {
        this.loader = loader;
    }

    /**
     * Compiles the sources as {@link Sources#compile} does, checks that they compile without any
     * warning, and loads the classes they define.
     */
    static CompiledDrivers compile(JavaFileObject... sources) {
        Compilation compilation = Sources.compile(sources);
        assertThat(compilation).succeededWithoutWarnings();
        return new CompiledDrivers(new CompiledClasses(compilation));
    }

    /** {@return the transcript of the driver of that name} */
    @SuppressWarnings("unchecked")
    List<String> run(String driver) {
        try {
            return ((Supplier<List<String>>)
                            Class.forName(driver, true, loader).getDeclaredConstructor().newInstance())
                    .get();
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }
}
