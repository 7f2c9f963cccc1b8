package dev.rt.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.rt.processor.Sources.compile;
import static dev.rt.processor.Sources.source;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * Valid inputs whose names collide with what the generated code uses: the generated code must
 * still compile, without warnings.
 */
class TrickyNamesTest {

    @Test
    void messagesNamedLikeTheTypesTheHandleImports() throws IOException {
        Compilation compilation =
                compile(
                        source(
                                "test.Weird",
                                "package test;",
                                "",
                                "public sealed interface Weird {",
                                "    record Duration(long ms) implements Weird {}",
                                "    record Objects(String ref, java.time.Duration timeout,",
                                "            java.time.Duration askTimeout, java.time.Duration replyTimeout)",
                                "            implements Weird, dev.rt.Request<String> {}",
                                "    record Supplier() implements Weird,",
                                "            dev.rt.Request<java.util.function.Supplier<String>> {}",
                                "    record ActorRef(int[] values, String... rest) implements Weird {}",
                                "    record Request() implements Weird, dev.rt.Request<Weird.Request> {}",
                                "    record WeirdActorHandle(Weird message) implements Weird {}",
                                "    final class CompletionStage implements Weird {}",
                                "    enum Spawner implements Weird { A, B }",
                                "}"),
                        source(
                                "test.WeirdActor",
                                "package test;",
                                "",
                                "import dev.rt.Actor;",
                                "import dev.rt.annotation.ActorBehavior;",
                                "",
                                "@ActorBehavior",
                                "public final class WeirdActor implements Actor<Weird> {",
                                "    void on(Weird.Duration m) {}",
                                "    String on(Weird.Objects m) { return m.ref(); }",
                                "    java.util.function.Supplier<String> on(Weird.Supplier m) { return () -> \"\"; }",
                                "    void on(Weird.ActorRef m) {}",
                                "    Weird.Request on(Weird.Request m) { return m; }",
                                "    void on(Weird.WeirdActorHandle m) {}",
                                "    void on(Weird.CompletionStage m) {}",
                                "    void on(Weird.Spawner m) {}",
                                "}"));
        assertThat(compilation).succeededWithoutWarnings();
        String handle =
                compilation
                        .generatedSourceFile("test.WeirdActorHandle")
                        .orElseThrow()
                        .getCharContent(true)
                        .toString();
        // Four components take the obvious names of the timeout: it gets the next free one.
        assertTrue(
                handle.contains(
                        "objects(String ref, Duration timeout, Duration askTimeout,\n"
                                + "            Duration replyTimeout, Duration timeout2) {\n"
                                + "        return this.ref.ask(new Weird.Objects(ref, timeout,"
                                + " askTimeout, replyTimeout), timeout2);"),
                handle);
    }
}
