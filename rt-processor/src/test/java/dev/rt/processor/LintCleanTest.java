package dev.rt.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.rt.processor.Sources.source;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * A user's build with every lint warning as an error, {@code -processing} included, passes: the
 * processor claims RT's annotations ("No processor claimed any of these annotations") and writes
 * every file before the last round ("File for type ... created in the last round will not be
 * subject to annotation processing").
 */
class LintCleanTest {

    private static final JavaFileObject MSG =
            source(
                    "test.CounterMsg",
                    "package test;",
                    "",
                    "import dev.rt.Request;",
                    "",
                    "public sealed interface CounterMsg {",
                    "    record Increment(long by) implements CounterMsg {}",
                    "    record Get() implements CounterMsg, Request<Long> {}",
                    "}");

    private static final JavaFileObject COUNTER =
            source(
                    "test.Counter",
                    "package test;",
                    "",
                    "import dev.rt.Actor;",
                    "import dev.rt.annotation.ActorBehavior;",
                    "",
                    "@ActorBehavior",
                    "public final class Counter implements Actor<CounterMsg> {",
                    "    private long count;",
                    "    void on(CounterMsg.Increment m) { count += m.by(); }",
                    "    long on(CounterMsg.Get m) { return count; }",
                    "}");

    private static final JavaFileObject TREE =
            source(
                    "test.Tree",
                    "package test;",
                    "",
                    "import dev.rt.annotation.Child;",
                    "import dev.rt.annotation.Supervisor;",
                    "",
                    "@Supervisor",
                    "public abstract class Tree {",
                    "    @Child Counter counter() { return new Counter(); }",
                    "}");

    /** Nests {@code Tree}, and a worker that depends on it: two rounds of deferral. */
    private static final JavaFileObject ROOT =
            source(
                    "test.Root",
                    "package test;",
                    "",
                    "import dev.rt.annotation.Child;",
                    "import dev.rt.annotation.Supervisor;",
                    "",
                    "@Supervisor",
                    "public abstract class Root {",
                    "    @Child Tree tree() { return new Tree() {}; }",
                    "    @Child Counter other(TreeSupervisor tree) { return new Counter(); }",
                    "}");

    private static Compiler lintAll() {
        return Compiler.javac().withProcessors(new RtProcessor()).withOptions("-Xlint:all", "-Werror");
    }

    @Test
    void aBehaviorCompilesWithNoWarning() {
        Compilation compilation = lintAll().compile(MSG, COUNTER);
        assertThat(compilation).succeededWithoutWarnings();
    }

    @Test
    void aBehaviorAndASupervisorCompileWithNoWarning() {
        Compilation compilation = lintAll().compile(MSG, COUNTER, TREE);
        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("test.TreeSupervisor");
    }

    @Test
    void nestedSupervisorsCompileWithNoWarning() {
        Compilation compilation = lintAll().compile(ROOT, MSG, COUNTER, TREE);
        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("test.RootSupervisor");
    }
}
