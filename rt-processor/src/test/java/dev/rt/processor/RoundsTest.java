package dev.rt.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.rt.processor.Sources.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Rounds: a behavior that refers to a type another processor generates is deferred until the type
 * exists; a supervisor waits for the handles of its children, which the processor itself
 * generates; a type that never comes is reported in the last round, for a behavior, a supervisor
 * or a {@code @Priority} type; and an exception in a step becomes a diagnostic.
 */
class RoundsTest {

    /** Refers to {@code gen.Key}, which {@link KeyGenerator} writes in the first round. */
    private static final JavaFileObject STORE_MSG =
            source(
                    "test.StoreMsg",
                    "package test;",
                    "",
                    "import gen.Key;",
                    "",
                    "public sealed interface StoreMsg {",
                    "    record Put(Key key) implements StoreMsg {}",
                    "}");

    private static final JavaFileObject STORE =
            source(
                    "test.Store",
                    "package test;",
                    "",
                    "import dev.rt.Actor;",
                    "import dev.rt.annotation.ActorBehavior;",
                    "",
                    "@ActorBehavior",
                    "final class Store implements Actor<StoreMsg> {",
                    "    void on(StoreMsg.Put m) {}",
                    "}");

    /** A processor that generates {@code gen.Key} in its first round, as a real one might. */
    static final class KeyGenerator extends AbstractProcessor {
        private boolean done;

        @Override
        public Set<String> getSupportedAnnotationTypes() {
            return Set.of("*");
        }

        @Override
        public SourceVersion getSupportedSourceVersion() {
            return SourceVersion.latestSupported();
        }

        @Override
        public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
            if (!done) {
                done = true;
                try (Writer writer = processingEnv.getFiler().createSourceFile("gen.Key").openWriter()) {
                    writer.write("package gen;\n\npublic record Key(String value) {}\n");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return false;
        }
    }

    /** Records what the real step decides for each element, round after round. */
    private static final class Recording implements ProcessingStep {
        private final ProcessingStep step;
        private final List<String> outcomes;

        Recording(ProcessingStep step, List<String> outcomes) {
            this.step = step;
            this.outcomes = outcomes;
        }

        @Override
        public String annotation() {
            return step.annotation();
        }

        @Override
        public Outcome process(TypeElement element, boolean lastRound) {
            Outcome outcome = step.process(element, lastRound);
            outcomes.add(element.getSimpleName() + (lastRound ? " last " : " ") + outcome);
            return outcome;
        }
    }

    private static Compiler recording(List<String> outcomes, AbstractProcessor... others) {
        // The others first, as a user lists them: RT claims its annotations, so a "*" processor
        // after it is not called in a round whose only annotations are RT's.
        List<javax.annotation.processing.Processor> processors = new ArrayList<>(List.of(others));
        processors.add(
                new RtProcessor(
                        (env, reporter) ->
                                List.of(
                                        new Recording(new ActorBehaviorStep(env, reporter), outcomes),
                                        new Recording(new SupervisorStep(env, reporter), outcomes),
                                        new ChildStep(env, reporter),
                                        new Recording(new PriorityStep(env, reporter), outcomes))));
        return Compiler.javac().withProcessors(processors).withOptions("-Xlint:all,-processing", "-Werror");
    }

    @Test
    void defersUntilAnotherProcessorGeneratesTheType() throws IOException {
        List<String> outcomes = new ArrayList<>();
        Compilation compilation =
                recording(outcomes, new KeyGenerator()).compile(STORE_MSG, STORE);
        assertThat(compilation).succeededWithoutWarnings();
        // Round 1: gen.Key does not exist yet. Round 2: it does.
        assertEquals(List.of("Store DEFER", "Store DONE"), outcomes);
        String handle =
                compilation.generatedSourceFile("test.StoreHandle").orElseThrow().getCharContent(true).toString();
        assertTrue(handle.contains("import gen.Key;"), handle);
        assertTrue(handle.contains("    public void put(Key key) {\n        ref.tell(new StoreMsg.Put(key));"), handle);
    }

    @Test
    void reportsWhatIsStillMissingInTheLastRound() {
        List<String> outcomes = new ArrayList<>();
        Compilation compilation = recording(outcomes).compile(STORE_MSG, STORE);
        assertThat(compilation).failed();
        assertEquals(List.of("Store DEFER", "Store last DONE"), outcomes);
        assertThat(compilation)
                .hadErrorContaining("[RT-050]")
                .inFile(STORE)
                .onLineContaining("class Store");
        assertThat(compilation).hadErrorContaining("because type Key does not exist");
        // javac reports the missing type itself, too.
        assertThat(compilation).hadErrorContaining("gen");
        Outcomes.assertNoCrash(compilation);
    }

    /**
     * Whether a {@code @Priority} type implements a sealed interface cannot be told while its
     * interface is missing: it waits, and is reported in the last round.
     */
    @Test
    void priorityTypeWithAMissingInterfaceIsReportedInTheLastRound() {
        JavaFileObject urgent =
                source(
                        "test.Urgent",
                        "package test;",
                        "",
                        "@dev.rt.annotation.Priority",
                        "record Urgent() implements Missing {}");
        List<String> outcomes = new ArrayList<>();
        Compilation compilation = recording(outcomes).compile(urgent);
        assertThat(compilation).failed();
        assertEquals(List.of("Urgent DEFER", "Urgent last DONE"), outcomes);
        assertThat(compilation)
                .hadErrorContaining("[RT-050]")
                .inFile(urgent)
                .onLineContaining("record Urgent()");
        assertThat(compilation)
                .hadErrorContaining("test.Urgent was not processed because type Missing does not exist");
        assertThat(compilation).hadErrorContaining("cannot find symbol");
        Outcomes.assertNoCrash(compilation);
    }

    @Test
    void anExceptionBecomesAnInternalErrorOnItsElementOnly() {
        JavaFileObject bad =
                source(
                        "test.Bad",
                        "package test;",
                        "",
                        "@dev.rt.annotation.ActorBehavior",
                        "final class Bad implements dev.rt.Actor<PingMsg> {",
                        "    void on(PingMsg.Ping m) {}",
                        "}");
        JavaFileObject next =
                source(
                        "test.Next",
                        "package test;",
                        "",
                        "@dev.rt.annotation.ActorBehavior",
                        "final class Next implements dev.rt.Actor<PingMsg> {",
                        "}");
        JavaFileObject msg =
                source(
                        "test.PingMsg",
                        "package test;",
                        "",
                        "sealed interface PingMsg {",
                        "    record Ping() implements PingMsg {}",
                        "}");
        RtProcessor processor =
                new RtProcessor(
                        (env, reporter) -> {
                            ProcessingStep real = new ActorBehaviorStep(env, reporter);
                            return List.of(
                                    new ProcessingStep() {
                                        @Override
                                        public String annotation() {
                                            return real.annotation();
                                        }

                                        @Override
                                        public Outcome process(TypeElement element, boolean last) {
                                            if (element.getSimpleName().contentEquals("Bad")) {
                                                throw new IllegalStateException("boom");
                                            }
                                            return real.process(element, last);
                                        }
                                    });
                        });
        Compilation compilation = Compiler.javac().withProcessors(processor).compile(msg, bad, next);
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorCount(2);
        assertThat(compilation)
                .hadErrorContaining("[RT-000] internal error in RT's processor while processing test.Bad:"
                        + " java.lang.IllegalStateException: boom at ")
                .inFile(bad)
                .onLineContaining("class Bad");
        // The next behavior is still processed: it lacks a handler.
        assertThat(compilation)
                .hadErrorContaining("[RT-030]")
                .inFile(next)
                .onLineContaining("class Next");
    }

    /** A behavior, in package {@code test}, whose constructor takes anything. */
    private static JavaFileObject behavior(String name) {
        return source(
                "test." + name,
                "package test;",
                "",
                "@dev.rt.annotation.ActorBehavior",
                "final class " + name + " implements dev.rt.Actor<" + name + ".Msg> {",
                "    sealed interface Msg {",
                "        record Work() implements Msg {}",
                "    }",
                "",
                "    " + name + "(Object... dependencies) {}",
                "",
                "    void on(Msg.Work m) {}",
                "}");
    }

    @Test
    void supervisorWaitsForTheHandlesOfItsChildren() throws IOException {
        JavaFileObject tree =
                source(
                        "test.Tree",
                        "package test;",
                        "",
                        "import dev.rt.annotation.Child;",
                        "import dev.rt.annotation.Supervisor;",
                        "",
                        "@Supervisor",
                        "abstract class Tree {",
                        "    @Child Worker worker() { return new Worker(); }",
                        "    @Child Clerk clerk(WorkerHandle worker) { return new Clerk(worker); }",
                        "}");
        List<String> outcomes = new ArrayList<>();
        Compilation compilation =
                recording(outcomes).compile(behavior("Worker"), behavior("Clerk"), tree);
        assertThat(compilation).succeededWithoutWarnings();
        // Round 1: the handles are written, and the parameter's type does not exist yet.
        // Round 2: it does.
        assertEquals(List.of("Worker DONE", "Clerk DONE", "Tree DEFER", "Tree DONE"), outcomes);
        String supervisor =
                compilation.generatedSourceFile("test.TreeSupervisor").orElseThrow().getCharContent(true).toString();
        assertTrue(
                supervisor.contains(
                        ".child(ClerkHandle.childSpec(\"clerk\",\n"
                                + "                        siblings -> tree.clerk(WorkerHandle.of(siblings.ref(\"worker\")))))"),
                supervisor);
    }

    /** A processor that generates the behavior {@code gen.Ticker} in its first round. */
    static final class TickerGenerator extends AbstractProcessor {
        private boolean done;

        @Override
        public Set<String> getSupportedAnnotationTypes() {
            return Set.of("*");
        }

        @Override
        public SourceVersion getSupportedSourceVersion() {
            return SourceVersion.latestSupported();
        }

        @Override
        public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
            if (!done) {
                done = true;
                try (Writer writer =
                        processingEnv.getFiler().createSourceFile("gen.Ticker").openWriter()) {
                    writer.write(
                            """
                            package gen;

                            @dev.rt.annotation.ActorBehavior
                            public final class Ticker implements dev.rt.Actor<Ticker.Msg> {
                                public sealed interface Msg {
                                    record Tick() implements Msg {}
                                }

                                void on(Msg.Tick m) {}
                            }
                            """);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return false;
        }
    }

    @Test
    void supervisorWaitsForABehaviorThatAnotherProcessorGenerates() {
        JavaFileObject tree =
                source(
                        "test.Tree",
                        "package test;",
                        "",
                        "import dev.rt.annotation.Child;",
                        "import dev.rt.annotation.Supervisor;",
                        "import gen.Ticker;",
                        "",
                        "@Supervisor",
                        "abstract class Tree {",
                        "    @Child Ticker ticker() { return new Ticker(); }",
                        "}");
        List<String> outcomes = new ArrayList<>();
        Compilation compilation = recording(outcomes, new TickerGenerator()).compile(tree);
        assertThat(compilation).succeededWithoutWarnings();
        // Round 1: gen.Ticker does not exist. Round 2: it does, and its handle is written.
        // Round 3: the handle exists.
        assertEquals(List.of("Tree DEFER", "Ticker DONE", "Tree DEFER", "Tree DONE"), outcomes);
        assertThat(compilation)
                .generatedSourceFile("test.TreeSupervisor")
                .contentsAsUtf8String()
                .contains("public TickerHandle ticker() {");
    }

    @Test
    void templateArgumentThatAnotherProcessorGenerates() {
        JavaFileObject tree =
                source(
                        "test.Tree",
                        "package test;",
                        "",
                        "import dev.rt.annotation.Child;",
                        "import dev.rt.annotation.Strategy;",
                        "import dev.rt.annotation.Supervisor;",
                        "import gen.Key;",
                        "",
                        "@Supervisor(strategy = Strategy.SIMPLE_ONE_FOR_ONE)",
                        "abstract class Tree {",
                        "    @Child Worker worker(Key key) { return new Worker(key); }",
                        "}");
        List<String> outcomes = new ArrayList<>();
        Compilation compilation =
                recording(outcomes, new KeyGenerator()).compile(behavior("Worker"), tree);
        assertThat(compilation).succeededWithoutWarnings();
        assertEquals(List.of("Worker DONE", "Tree DEFER", "Tree DONE"), outcomes);
        assertThat(compilation)
                .generatedSourceFile("test.TreeSupervisor")
                .contentsAsUtf8String()
                .contains("public CompletionStage<WorkerHandle> startWorker(Key key) {");
    }

    @Test
    void supervisorReportsWhatIsStillMissingInTheLastRound() {
        JavaFileObject tree =
                source(
                        "test.Tree",
                        "package test;",
                        "",
                        "import dev.rt.annotation.Child;",
                        "import dev.rt.annotation.Supervisor;",
                        "",
                        "@Supervisor",
                        "abstract class Tree {",
                        "    @Child Worker worker(Missing missing) { return new Worker(); }",
                        "}");
        List<String> outcomes = new ArrayList<>();
        Compilation compilation = recording(outcomes).compile(behavior("Worker"), tree);
        assertThat(compilation).failed();
        assertEquals(List.of("Worker DONE", "Tree DEFER", "Tree DEFER", "Tree last DONE"), outcomes);
        assertThat(compilation)
                .hadErrorContaining("[RT-050]")
                .inFile(tree)
                .onLineContaining("class Tree");
        assertThat(compilation)
                .hadErrorContaining(
                        "test.Tree was not processed because type Missing does not exist");
        assertThat(compilation).hadErrorContaining("cannot find symbol");
        Outcomes.assertNoCrash(compilation);
    }
}
