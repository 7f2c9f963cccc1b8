package dev.rt.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.rt.processor.Sources.compile;
import static dev.rt.processor.Sources.source;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import javax.tools.JavaFileObject;
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

    /**
     * A bounded behavior with urgent messages, whose names are those of the types that its
     * descriptor and handle import, or once imported, for the mailbox and the urgent messages.
     */
    @Test
    void mailboxAndUrgentMessagesNamedLikeTheTypesTheDescriptorImports() throws IOException {
        Compilation compilation =
                compile(
                        source(
                                "test.Set",
                                "package test;",
                                "",
                                "public sealed interface Set permits Mailbox, Set.Duration, Set.Pause {",
                                "    @dev.rt.annotation.Priority record Duration(long ms) implements Set {}",
                                "    record Pause() implements Set {}",
                                "}"),
                        source(
                                "test.Mailbox",
                                "package test;",
                                "",
                                "@dev.rt.annotation.Priority",
                                "public record Mailbox(int size) implements Set {}"),
                        source(
                                "test.Overflow",
                                "package test;",
                                "",
                                "import dev.rt.Actor;",
                                "import dev.rt.annotation.ActorBehavior;",
                                "",
                                "@ActorBehavior(capacity = 3, overflow = dev.rt.annotation.Overflow.DROP_NEWEST)",
                                "public final class Overflow implements Actor<Set> {",
                                "    void on(Mailbox m) {}",
                                "    void on(Set.Duration m) {}",
                                "    void on(Set.Pause m) {}",
                                "}"));
        assertThat(compilation).succeededWithoutWarnings();
        String descriptor =
                compilation
                        .generatedSourceFile("test.OverflowDescriptor")
                        .orElseThrow()
                        .getCharContent(true)
                        .toString();
        // The names that clash are qualified.
        assertTrue(
                descriptor.contains("private static final dev.rt.Mailbox MAILBOX = new dev.rt.Mailbox(3,"),
                descriptor);
        assertTrue(descriptor.contains("dev.rt.annotation.Overflow.DROP_NEWEST"), descriptor);
        assertTrue(
                descriptor.contains(
                        "return message instanceof Mailbox\n"
                                + "                || message instanceof Set.Duration;"),
                descriptor);
    }

    /** A behavior named {@code name}, in package {@code test}, whose constructor takes anything. */
    private static JavaFileObject behavior(String name) {
        return source(
                "test." + name,
                "package test;",
                "",
                "@dev.rt.annotation.ActorBehavior",
                "public final class " + name + " implements dev.rt.Actor<" + name + ".Msg> {",
                "    public sealed interface Msg {",
                "        record Work() implements Msg {}",
                "    }",
                "",
                "    " + name + "(Object... dependencies) {}",
                "",
                "    void on(Msg.Work m) {}",
                "}");
    }

    @Test
    void supervisorsNamedLikeTheTypesTheGeneratedSupervisorImports() throws IOException {
        Compilation compilation =
                compile(
                        behavior("Duration"),
                        behavior("Restart"),
                        behavior("Objects"),
                        source(
                                "test.Supervisor",
                                "package test;",
                                "",
                                "import dev.rt.annotation.Child;",
                                "",
                                "@dev.rt.annotation.Supervisor",
                                "public abstract class Supervisor {",
                                "    @Child(shutdownMillis = 10) Duration tree() { return new Duration(); }",
                                "    @Child(restart = dev.rt.annotation.Restart.TRANSIENT)",
                                "    Restart siblings(DurationHandle tree) { return new Restart(tree); }",
                                "    @Child Strategy strategy() { return null; }",
                                "}"),
                        source(
                                "test.Strategy",
                                "package test;",
                                "",
                                "import dev.rt.annotation.Child;",
                                "",
                                "@dev.rt.annotation.Supervisor(strategy = dev.rt.annotation.Strategy.SIMPLE_ONE_FOR_ONE)",
                                "public abstract class Strategy {",
                                "    @Child Objects objects(java.util.List<String> supervisor) {",
                                "        return new Objects(supervisor);",
                                "    }",
                                "}"));
        assertThat(compilation).succeededWithoutWarnings();
        String strategy =
                compilation
                        .generatedSourceFile("test.StrategySupervisor")
                        .orElseThrow()
                        .getCharContent(true)
                        .toString();
        // The parameter hides the field: the method reaches it as this.supervisor.
        assertTrue(
                strategy.contains(
                        "    public CompletionStage<ObjectsHandle> startObjects(List<String> supervisor) {\n"
                                + "        return this.supervisor.<Objects.Msg>startChildWith(supervisor)"
                                + ".thenApply(ObjectsHandle::of);"),
                strategy);
    }

    @Test
    void templatesThatTakeAPrimitiveOrNothing() throws IOException {
        Compilation compilation =
                compile(
                        behavior("Worker"),
                        source(
                                "test.Sized",
                                "package test;",
                                "",
                                "import dev.rt.annotation.*;",
                                "",
                                "@Supervisor(strategy = Strategy.SIMPLE_ONE_FOR_ONE)",
                                "abstract class Sized {",
                                "    @Child Worker worker(int size) { return new Worker(size); }",
                                "}"),
                        source(
                                "test.Plain",
                                "package test;",
                                "",
                                "import dev.rt.annotation.*;",
                                "",
                                "@Supervisor(strategy = Strategy.SIMPLE_ONE_FOR_ONE)",
                                "abstract class Plain {",
                                "    @Child Worker worker() { return new Worker(); }",
                                "}"));
        assertThat(compilation).succeededWithoutWarnings();
        String sized =
                compilation.generatedSourceFile("test.SizedSupervisor").orElseThrow().getCharContent(true).toString();
        assertTrue(sized.contains("WorkerHandle.childTemplate(\"worker\", (Integer arg) -> tree.worker(arg))"), sized);
        assertTrue(sized.contains("public CompletionStage<WorkerHandle> startWorker(int size) {"), sized);
        String plain =
                compilation.generatedSourceFile("test.PlainSupervisor").orElseThrow().getCharContent(true).toString();
        assertTrue(plain.contains("WorkerHandle.childTemplate(\"worker\", (Void arg) -> tree.worker())"), plain);
        assertTrue(
                plain.contains(
                        "    public CompletionStage<WorkerHandle> startWorker() {\n"
                                + "        return supervisor.<Worker.Msg>startChildWith(null).thenApply(WorkerHandle::of);"),
                plain);
    }
}
