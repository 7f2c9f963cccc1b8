package dev.rt.processor.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.rt.processor.RtProcessor;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Inputs that the fuzzer found, or that its exploration led to, on which the generated code does
 * not compile cleanly, although the input is valid and breaks none of the processor's rules.
 * Each test is the smallest input that shows one problem; each fails until the processor handles
 * it. They compile as {@code Sources.compile} does: all lint and doclint warnings are errors,
 * since generated code must cause none.
 *
 * <ul>
 *   <li>The generated files name {@code java.lang} types by their simple names ({@code
 *       Override}, {@code String}, {@code Object}, {@code Exception}...). A top-level type of the
 *       same name in the behavior's package shadows them in any generated file that does not
 *       itself refer to that type (JavaPoet qualifies a {@code java.lang} name only when the file
 *       refers to a clashing type), so the file does not compile.
 *   <li>The javadoc of the generated descriptor and handle has {@code @throws Exception} and
 *       {@code @throws NullPointerException} as plain text, which doclint resolves to a type of
 *       that name in the package, even one the file refers to.
 *   <li>A message type marked {@code @Deprecated} gives deprecation warnings in the generated
 *       handle and descriptor, which the user cannot suppress.
 * </ul>
 */
class ShadowedNamesTest {

    /** A protocol whose message {@code Override} is handled through its group. */
    @Test
    void messageNamedOverrideHandledByItsGroup() {
        assertCompilesCleanly(
                JavaFileObjects.forSourceString("q.P", """
                        package q;

                        public sealed interface P {
                            sealed interface Admin extends P permits Override {}

                            record Ping() implements P {}
                        }
                        """),
                JavaFileObjects.forSourceString("q.Override", """
                        package q;

                        record Override() implements P.Admin {}
                        """),
                JavaFileObjects.forSourceString("q.B", """
                        package q;

                        @dev.rt.annotation.ActorBehavior
                        public final class B implements dev.rt.Actor<P> {
                            void on(P.Admin m) {}

                            void on(P.Ping m) {}
                        }
                        """));
    }

    /** A package that holds a class named {@code String}, which no message uses. */
    @Test
    void classNamedStringInThePackage() {
        assertCompilesCleanly(
                JavaFileObjects.forSourceString("q.P", """
                        package q;

                        public sealed interface P {
                            record Ping(int n) implements P {}
                        }
                        """),
                JavaFileObjects.forSourceString("q.String", """
                        package q;

                        final class String {}
                        """),
                JavaFileObjects.forSourceString("q.B", """
                        package q;

                        @dev.rt.annotation.ActorBehavior
                        public final class B implements dev.rt.Actor<P> {
                            void on(P.Ping m) {}
                        }
                        """));
    }

    /** A message named {@code Exception}: the descriptor's javadoc says "@throws Exception". */
    @Test
    void messageNamedException() {
        assertCompilesCleanly(
                JavaFileObjects.forSourceString("q.P", """
                        package q;

                        public sealed interface P permits Exception, P.Ping {
                            record Ping() implements P {}
                        }
                        """),
                JavaFileObjects.forSourceString("q.Exception", """
                        package q;

                        record Exception(java.lang.String why) implements P {}
                        """),
                JavaFileObjects.forSourceString("q.B", """
                        package q;

                        @dev.rt.annotation.ActorBehavior
                        public final class B implements dev.rt.Actor<P> {
                            void on(Exception m) {}

                            void on(P.Ping m) {}
                        }
                        """));
    }

    /** A deprecated message, whose handler suppresses the warning as it should. */
    @Test
    void deprecatedMessage() {
        assertCompilesCleanly(
                JavaFileObjects.forSourceString("q.P", """
                        package q;

                        public sealed interface P {
                            /** Replaced by {@link P.Ping}. */
                            @Deprecated
                            record OldPing() implements P {}

                            record Ping() implements P {}
                        }
                        """),
                JavaFileObjects.forSourceString("q.B", """
                        package q;

                        @dev.rt.annotation.ActorBehavior
                        public final class B implements dev.rt.Actor<P> {
                            @SuppressWarnings("deprecation")
                            void on(P.OldPing m) {}

                            void on(P.Ping m) {}
                        }
                        """));
    }

    /** A deprecated child behavior and @Child method, supervised by a generated supervisor. */
    @Test
    void deprecatedChildOfASupervisor() {
        assertCompilesCleanly(
                JavaFileObjects.forSourceString("q.Old", """
                        package q;

                        /** Replaced by a newer worker. */
                        @Deprecated
                        @dev.rt.annotation.ActorBehavior
                        public final class Old implements dev.rt.Actor<Old.Msg> {
                            /** The protocol. */
                            public sealed interface Msg {
                                /** Work. */
                                record Work() implements Msg {}
                            }

                            void on(Msg.Work m) {}
                        }
                        """),
                JavaFileObjects.forSourceString("q.Tree", """
                        package q;

                        /** The tree. */
                        @dev.rt.annotation.Supervisor(strategy = dev.rt.annotation.Strategy.ONE_FOR_ONE)
                        public final class Tree {
                            /** {@return the old worker} */
                            @Deprecated
                            @SuppressWarnings("deprecation")
                            @dev.rt.annotation.Child
                            Old old() {
                                return new Old();
                            }
                        }
                        """));
    }

    private static void assertCompilesCleanly(JavaFileObject... sources) {
        Compilation compilation = Compiler.javac()
                .withProcessors(new RtProcessor())
                .withOptions("-Xlint:all", "-Xdoclint:all,-missing", "-Werror")
                .compile(sources);
        StringBuilder problems = new StringBuilder();
        for (Diagnostic<? extends JavaFileObject> d : compilation.diagnostics()) {
            if (d.getKind() != Diagnostic.Kind.NOTE) {
                problems.append("\n  ").append(d.getKind()).append(" ")
                        .append(d.getSource() == null ? "" : d.getSource().toUri().getPath()
                                + ":" + d.getLineNumber() + ": ")
                        .append(d.getMessage(Locale.ROOT));
            }
        }
        assertTrue(compilation.status() == Compilation.Status.SUCCESS && problems.isEmpty(),
                "the generated code does not compile cleanly:" + problems);
    }
}
