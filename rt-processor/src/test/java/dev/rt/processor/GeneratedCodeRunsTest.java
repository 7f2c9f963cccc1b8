package dev.rt.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.rt.processor.Sources.compile;
import static dev.rt.processor.Sources.source;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs the generated handle, descriptor and supervisor spec, driven by fakes of the runtime: no
 * threads, no actor system.
 *
 * <p>The drivers are compiled with the behavior, against the real runtime API, and write what
 * happens to a transcript that the tests compare. (The tests themselves cannot name runtime types:
 * they are compiled inside the processor's module, whose {@code dev.rt} package directory hides the
 * runtime's {@code dev.rt} package on the class path.)
 */
class GeneratedCodeRunsTest {
    private static ClassLoader loader;

    @BeforeAll
    static void compileAndLoad() {
        Compilation compilation =
                compile(
                        source(
                                "demo.Msg",
                                "package demo;",
                                "",
                                "import dev.rt.Request;",
                                "",
                                "public sealed interface Msg {",
                                "    record Add(long n) implements Msg {}",
                                "    record Total() implements Msg, Request<Long> {}",
                                "    record Echo(String text) implements Msg, Request<String> {}",
                                "    record Fail(String why) implements Msg {}",
                                "}"),
                        source(
                                "demo.Acc",
                                "package demo;",
                                "",
                                "import dev.rt.Actor;",
                                "import dev.rt.ActorContext;",
                                "import dev.rt.annotation.ActorBehavior;",
                                "import java.util.concurrent.CompletableFuture;",
                                "",
                                "@ActorBehavior",
                                "public final class Acc implements Actor<Msg> {",
                                "    long total;",
                                "    ActorContext<Msg> context;",
                                "",
                                "    void on(Msg.Add m) { total += m.n(); }",
                                "",
                                "    long on(Msg.Total m) { return total; }",
                                "",
                                "    CompletableFuture<String> on(Msg.Echo m, ActorContext<Msg> context) {",
                                "        this.context = context;",
                                "        return CompletableFuture.completedFuture(m.text());",
                                "    }",
                                "",
                                "    void on(Msg.Fail m) { throw new IllegalStateException(m.why()); }",
                                "}"),
                        source(
                                "demo.DescriptorDriver",
                                "package demo;",
                                "",
                                "import dev.rt.ActorContext;",
                                "import dev.rt.spi.Replier;",
                                "import java.lang.reflect.Proxy;",
                                "import java.util.ArrayList;",
                                "import java.util.List;",
                                "import java.util.concurrent.CompletionStage;",
                                "import java.util.function.Supplier;",
                                "",
                                "public final class DescriptorDriver implements Supplier<List<String>> {",
                                "    @Override",
                                "    @SuppressWarnings(\"unchecked\")",
                                "    public List<String> get() {",
                                "        List<String> log = new ArrayList<>();",
                                "        Replier replier = new Replier() {",
                                "            @Override public void reply(Object value) { log.add(\"reply \" + value); }",
                                "            @Override public void replyLater(CompletionStage<?> stage) {",
                                "                log.add(\"replyLater \" + stage.toCompletableFuture().join());",
                                "            }",
                                "        };",
                                "        ActorContext<Msg> context = (ActorContext<Msg>) Proxy.newProxyInstance(",
                                "                getClass().getClassLoader(), new Class<?>[] {ActorContext.class},",
                                "                (proxy, method, args) -> { throw new UnsupportedOperationException(); });",
                                "        Acc acc = new Acc();",
                                "        AccDescriptor descriptor = AccDescriptor.INSTANCE;",
                                "        log.add(\"protocol \" + descriptor.protocol().getName());",
                                "        try {",
                                "            descriptor.dispatch(acc, new Msg.Add(5), context, replier);",
                                "            descriptor.dispatch(acc, new Msg.Add(2), context, replier);",
                                "            descriptor.dispatch(acc, new Msg.Total(), context, replier);",
                                "            descriptor.dispatch(acc, new Msg.Echo(\"hi\"), context, replier);",
                                "            log.add(\"context passed \" + (acc.context == context));",
                                "            descriptor.dispatch(acc, new Msg.Fail(\"boom\"), context, replier);",
                                "        } catch (Exception e) {",
                                "            log.add(\"threw \" + e);",
                                "        }",
                                "        return log;",
                                "    }",
                                "}"),
                        source(
                                "demo.HandleDriver",
                                "package demo;",
                                "",
                                "import dev.rt.Actor;",
                                "import dev.rt.ActorRef;",
                                "import dev.rt.OfferResult;",
                                "import dev.rt.Request;",
                                "import dev.rt.Mailbox;",
                                "import dev.rt.Spawner;",
                                "import dev.rt.annotation.Overflow;",
                                "import dev.rt.spi.BehaviorDescriptor;",
                                "import java.time.Duration;",
                                "import java.util.ArrayList;",
                                "import java.util.List;",
                                "import java.util.concurrent.CompletableFuture;",
                                "import java.util.concurrent.CompletionStage;",
                                "import java.util.function.Supplier;",
                                "",
                                "public final class HandleDriver implements Supplier<List<String>> {",
                                "    private final List<String> log = new ArrayList<>();",
                                "",
                                "    private final class FakeRef implements ActorRef<Msg> {",
                                "        @Override public String path() { return \"/user/acc\"; }",
                                "        @Override public String name() { return \"acc\"; }",
                                "        @Override public void tell(Msg message) { log.add(\"tell \" + message); }",
                                "        @Override public OfferResult offer(Msg message) { throw new UnsupportedOperationException(); }",
                                "        @Override public void tellWithin(Msg message, Duration timeToLive) {",
                                "            throw new UnsupportedOperationException();",
                                "        }",
                                "        @Override public <R> CompletionStage<R> ask(Request<R> request) {",
                                "            log.add(\"ask \" + request);",
                                "            return new CompletableFuture<>();",
                                "        }",
                                "        @Override public <R> CompletionStage<R> ask(Request<R> request, Duration timeout) {",
                                "            log.add(\"ask \" + request + \" within \" + timeout);",
                                "            return new CompletableFuture<>();",
                                "        }",
                                "        @Override public void stop() { log.add(\"stop\"); }",
                                "        @Override public String toString() { return \"ref /user/acc\"; }",
                                "    }",
                                "",
                                "    @Override",
                                "    public List<String> get() {",
                                "        FakeRef ref = new FakeRef();",
                                "        AccHandle handle = AccHandle.of(ref);",
                                "        handle.add(3);",
                                "        handle.total();",
                                "        handle.echo(\"x\", Duration.ofSeconds(2));",
                                "        handle.stop();",
                                "        log.add(\"ref \" + (handle.ref() == ref));",
                                "        log.add(\"equal \" + handle.equals(AccHandle.of(ref))",
                                "                + \" \" + (handle.hashCode() == AccHandle.of(ref).hashCode())",
                                "                + \" \" + handle.equals(AccHandle.of(new FakeRef())));",
                                "        log.add(\"text \" + handle);",
                                "        Spawner spawner = new Spawner() {",
                                "            @Override",
                                "            @SuppressWarnings(\"unchecked\")",
                                "            public <A extends Actor<M>, M> ActorRef<M> spawn(String name,",
                                "                    Supplier<? extends A> factory, BehaviorDescriptor<A, M> descriptor, Mailbox mailbox) {",
                                "                log.add(\"spawn \" + name + \" \" + descriptor.getClass().getSimpleName()",
                                "                        + \" \" + factory.get().getClass().getSimpleName()",
                                "                        + \" \" + (mailbox == Mailbox.UNBOUNDED ? \"unbounded\" : mailbox));",
                                "                return (ActorRef<M>) ref;",
                                "            }",
                                "        };",
                                "        log.add(\"spawned \" + (AccHandle.spawn(spawner, \"acc-1\", Acc::new).ref() == ref));",
                                "        AccHandle.spawn(spawner, \"acc-2\", Acc::new, Mailbox.bounded(5, Overflow.DROP_NEWEST));",
                                "        JobsHandle.spawn(spawner, \"jobs-1\", Jobs::new);",
                                "        try {",
                                "            AccHandle.of(null);",
                                "        } catch (NullPointerException e) {",
                                "            log.add(\"null ref rejected\");",
                                "        }",
                                "        return log;",
                                "    }",
                                "}"),
                        source(
                                "demo.Jobs",
                                "package demo;",
                                "",
                                "import dev.rt.Actor;",
                                "import dev.rt.annotation.ActorBehavior;",
                                "import dev.rt.annotation.Overflow;",
                                "import dev.rt.annotation.Priority;",
                                "",
                                "@ActorBehavior(capacity = 16, overflow = Overflow.BLOCK, blockTimeoutMillis = 250)",
                                "public final class Jobs implements Actor<Jobs.Msg> {",
                                "    public sealed interface Msg {",
                                "        record Run(String job) implements Msg {}",
                                "        @Priority record Cancel(String job) implements Msg {}",
                                "        @Priority sealed interface Control extends Msg {",
                                "            record Pause() implements Control {}",
                                "            record Resume() implements Control {}",
                                "        }",
                                "        @Priority enum Alarm implements Msg { RAISED, CLEARED { } }",
                                "        enum Level implements Msg { LOW, HIGH { } }",
                                "    }",
                                "",
                                "    void on(Msg.Run m) {}",
                                "    void on(Msg.Cancel m) {}",
                                "    void on(Msg.Control m) {}",
                                "    void on(Msg.Alarm m) {}",
                                "    void on(Msg.Level m) {}",
                                "}"),
                        source(
                                "demo.MailboxDriver",
                                "package demo;",
                                "",
                                "import dev.rt.Mailbox;",
                                "import java.util.ArrayList;",
                                "import java.util.List;",
                                "import java.util.function.Supplier;",
                                "import java.util.stream.Stream;",
                                "",
                                "public final class MailboxDriver implements Supplier<List<String>> {",
                                "    @Override",
                                "    public List<String> get() {",
                                "        List<String> log = new ArrayList<>();",
                                "        AccDescriptor acc = AccDescriptor.INSTANCE;",
                                "        log.add(\"acc \" + (acc.mailbox() == Mailbox.UNBOUNDED) + \" \" + acc.hasUrgentMessages()",
                                "                + \" \" + acc.isUrgent(new Msg.Add(1)));",
                                "        JobsDescriptor jobs = JobsDescriptor.INSTANCE;",
                                "        log.add(\"jobs \" + jobs.mailbox() + \" \" + (jobs.mailbox() == jobs.mailbox()));",
                                "        log.add(\"urgent \" + jobs.hasUrgentMessages() + \" \" + Stream.<Jobs.Msg>of(new Jobs.Msg.Run(\"r\"),",
                                "                        new Jobs.Msg.Cancel(\"c\"), new Jobs.Msg.Control.Pause(),",
                                "                        new Jobs.Msg.Control.Resume(), Jobs.Msg.Alarm.RAISED, Jobs.Msg.Alarm.CLEARED,",
                                "                        Jobs.Msg.Level.LOW, Jobs.Msg.Level.HIGH)",
                                "                .filter(jobs::isUrgent).map(String::valueOf).toList());",
                                "        log.add(\"child \" + JobsHandle.childSpec(\"jobs\", s -> new Jobs()).mailbox());",
                                "        return log;",
                                "    }",
                                "}"),
                        source(
                                "demo.Audit",
                                "package demo;",
                                "",
                                "import dev.rt.Actor;",
                                "import dev.rt.annotation.ActorBehavior;",
                                "",
                                "@ActorBehavior",
                                "public final class Audit implements Actor<Audit.Msg> {",
                                "    public sealed interface Msg {",
                                "        record Check() implements Msg {}",
                                "    }",
                                "",
                                "    final Object acc;",
                                "",
                                "    Audit(Object acc) { this.acc = acc; }",
                                "",
                                "    void on(Msg.Check m) {}",
                                "}"),
                        source(
                                "demo.Tree",
                                "package demo;",
                                "",
                                "import dev.rt.annotation.Child;",
                                "import dev.rt.annotation.Restart;",
                                "import dev.rt.annotation.Strategy;",
                                "import dev.rt.annotation.Supervisor;",
                                "",
                                "@Supervisor(strategy = Strategy.REST_FOR_ONE, intensity = 2, periodSeconds = 30)",
                                "abstract class Tree {",
                                "    @Child Acc acc() { return new Acc(); }",
                                "",
                                "    @Child(restart = Restart.TRANSIENT, shutdownMillis = 0)",
                                "    Audit audit(AccHandle acc) { return new Audit(acc); }",
                                "",
                                "    @Child(shutdownMillis = -1) Pool pool() { return new Pool(); }",
                                "}"),
                        source(
                                "demo.Pool",
                                "package demo;",
                                "",
                                "import dev.rt.annotation.Child;",
                                "import dev.rt.annotation.Restart;",
                                "import dev.rt.annotation.Strategy;",
                                "import dev.rt.annotation.Supervisor;",
                                "",
                                "@Supervisor(strategy = Strategy.SIMPLE_ONE_FOR_ONE)",
                                "class Pool {",
                                "    @Child(restart = Restart.TEMPORARY, shutdownMillis = 100)",
                                "    Audit auditor(String name) { return new Audit(name); }",
                                "}"),
                        source(
                                "demo.SupervisorDriver",
                                "package demo;",
                                "",
                                "import dev.rt.ActorRef;",
                                "import dev.rt.OfferResult;",
                                "import dev.rt.Request;",
                                "import dev.rt.supervision.ChildSpec;",
                                "import dev.rt.supervision.Siblings;",
                                "import dev.rt.supervision.SupervisorSpec;",
                                "import java.time.Duration;",
                                "import java.util.ArrayList;",
                                "import java.util.List;",
                                "import java.util.concurrent.CompletionStage;",
                                "import java.util.function.Supplier;",
                                "",
                                "public final class SupervisorDriver implements Supplier<List<String>> {",
                                "    private final List<String> log = new ArrayList<>();",
                                "",
                                "    private static final class FakeRef<M> implements ActorRef<M> {",
                                "        private final String name;",
                                "        FakeRef(String name) { this.name = name; }",
                                "        @Override public String path() { return \"/user/tree/\" + name; }",
                                "        @Override public String name() { return name; }",
                                "        @Override public void tell(M message) {}",
                                "        @Override public OfferResult offer(M message) { return OfferResult.ACCEPTED; }",
                                "        @Override public void tellWithin(M message, Duration timeToLive) {}",
                                "        @Override public <R> CompletionStage<R> ask(Request<R> request) { return null; }",
                                "        @Override public <R> CompletionStage<R> ask(Request<R> request, Duration timeout) {",
                                "            return null;",
                                "        }",
                                "        @Override public void stop() {}",
                                "        @Override public String toString() { return \"ref \" + path(); }",
                                "    }",
                                "",
                                "    @Override",
                                "    public List<String> get() {",
                                "        SupervisorSpec spec = TreeSupervisor.spec(new Tree() {});",
                                "        log.add(spec.strategy() + \" \" + spec.intensity() + \" in \" + spec.period());",
                                "        for (ChildSpec<?> child : spec.children()) {",
                                "            String shutdown = child.shutdown().map(Duration::toString).orElse(\"forever\");",
                                "            String nested = child.isSupervisor()",
                                "                    ? \" supervisor \" + child.supervisorSpec().strategy()",
                                "                            + \" template \" + child.supervisorSpec().template().prefix()",
                                "                    : \" descriptor \" + child.descriptor().getClass().getSimpleName();",
                                "            log.add(child.id() + \" \" + child.restart() + \" \" + shutdown + nested);",
                                "        }",
                                "        FakeRef<Msg> acc = new FakeRef<>(\"acc\");",
                                "        Siblings siblings = new Siblings() {",
                                "            @Override",
                                "            @SuppressWarnings(\"unchecked\")",
                                "            public <M> ActorRef<M> ref(String id) {",
                                "                log.add(\"sibling \" + id);",
                                "                return (ActorRef<M>) acc;",
                                "            }",
                                "        };",
                                "        Audit audit = (Audit) spec.children().get(1).factory().create(siblings);",
                                "        log.add(\"audit gets \" + audit.acc + \" \" + (((AccHandle) audit.acc).ref() == acc));",
                                "        try {",
                                "            TreeSupervisor.spec(null);",
                                "        } catch (NullPointerException e) {",
                                "            log.add(\"null tree rejected\");",
                                "        }",
                                "        ChildSpec<Msg> byHand = AccHandle.childSpec(\"counter\", s -> new Acc());",
                                "        log.add(byHand.id() + \" \" + byHand.restart() + \" \" + byHand.shutdown().orElseThrow()",
                                "                + \" \" + (byHand.descriptor() == AccDescriptor.INSTANCE)",
                                "                + \" \" + byHand.factory().create(siblings).getClass().getSimpleName());",
                                "        log.add(\"template \" + AccHandle.childTemplate(\"acc\", (String s) -> new Acc()).prefix());",
                                "        return log;",
                                "    }",
                                "}"));
        assertThat(compilation).succeededWithoutWarnings();
        loader = new CompiledClassLoader(compilation);
    }

    @Test
    void descriptorCallsEachHandlerAndReplies() {
        assertEquals(
                List.of(
                        "protocol demo.Msg",
                        "reply 7",
                        "replyLater hi",
                        "context passed true",
                        "threw java.lang.IllegalStateException: boom"),
                run("demo.DescriptorDriver"));
    }

    @Test
    void handleSendsThroughItsReference() {
        assertEquals(
                List.of(
                        "tell Add[n=3]",
                        "ask Total[]",
                        "ask Echo[text=x] within PT2S",
                        "stop",
                        "ref true",
                        "equal true true false",
                        "text ref /user/acc",
                        "spawn acc-1 AccDescriptor Acc unbounded",
                        "spawned true",
                        "spawn acc-2 AccDescriptor Acc"
                                + " Mailbox[capacity=5, overflow=DROP_NEWEST, blockTimeout=PT1S]",
                        "spawn jobs-1 JobsDescriptor Jobs"
                                + " Mailbox[capacity=16, overflow=BLOCK, blockTimeout=PT0.25S]",
                        "null ref rejected"),
                run("demo.HandleDriver"));
    }

    /**
     * A behavior that declares a bounded mailbox and urgent messages has a descriptor that returns
     * the mailbox, as a constant, and tells the urgent messages, an enum's constants by their enum
     * (a constant with a body too); one that declares neither keeps the defaults of {@code
     * BehaviorDescriptor}.
     */
    @Test
    void descriptorDeclaresTheMailboxAndTheUrgentMessages() {
        assertEquals(
                List.of(
                        "acc true false false",
                        "jobs Mailbox[capacity=16, overflow=BLOCK, blockTimeout=PT0.25S] true",
                        "urgent true [Cancel[job=c], Pause[], Resume[], RAISED, CLEARED]",
                        "child Mailbox[capacity=16, overflow=BLOCK, blockTimeout=PT0.25S]"),
                run("demo.MailboxDriver"));
    }

    @Test
    void supervisorSpecHoldsTheTreeAndWiresSiblings() {
        assertEquals(
                List.of(
                        "REST_FOR_ONE 2 in PT30S",
                        "acc PERMANENT PT5S descriptor AccDescriptor",
                        "audit TRANSIENT PT0S descriptor AuditDescriptor",
                        "pool PERMANENT forever supervisor SIMPLE_ONE_FOR_ONE template auditor",
                        "sibling acc",
                        "audit gets ref /user/tree/acc true",
                        "null tree rejected",
                        "counter PERMANENT PT5S true Acc",
                        "template acc"),
                run("demo.SupervisorDriver"));
    }

    @SuppressWarnings("unchecked")
    private static List<String> run(String driver) {
        try {
            return ((Supplier<List<String>>)
                            Class.forName(driver, true, loader).getDeclaredConstructor().newInstance())
                    .get();
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    /** Defines the classes that a compilation wrote, over the test's class path. */
    static final class CompiledClassLoader extends ClassLoader {
        private final Map<String, byte[]> classes = new HashMap<>();

        CompiledClassLoader(Compilation compilation) {
            super(GeneratedCodeRunsTest.class.getClassLoader());
            for (JavaFileObject file : compilation.generatedFiles()) {
                if (file.getKind() != JavaFileObject.Kind.CLASS) {
                    continue;
                }
                String path = file.toUri().getPath();
                String name =
                        path.substring(path.indexOf("/CLASS_OUTPUT/") + "/CLASS_OUTPUT/".length())
                                .replaceFirst("\\.class$", "")
                                .replace('/', '.');
                try (InputStream in = file.openInputStream()) {
                    classes.put(name, in.readAllBytes());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            byte[] bytes = classes.get(name);
            if (bytes == null) {
                throw new ClassNotFoundException(name);
            }
            return defineClass(name, bytes, 0, bytes.length);
        }
    }
}
