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
 * exists; a type that never comes is reported in the last round; and an exception in a step
 * becomes a diagnostic.
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
                    "final class Store implements Actor<StoreMsg> {", // 7
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
        List<javax.annotation.processing.Processor> processors = new ArrayList<>();
        processors.add(
                new RtProcessor(
                        (env, reporter) ->
                                List.of(new Recording(new ActorBehaviorStep(env, reporter), outcomes))));
        processors.addAll(List.of(others));
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
        assertThat(compilation).hadErrorContaining("[RT-050]").inFile(STORE).onLine(7);
        assertThat(compilation).hadErrorContaining("because type Key does not exist");
        // javac reports the missing type itself, too.
        assertThat(compilation).hadErrorContaining("gen");
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
                        "final class Bad implements dev.rt.Actor<PingMsg> {", // 4
                        "    void on(PingMsg.Ping m) {}",
                        "}");
        JavaFileObject next =
                source(
                        "test.Next",
                        "package test;",
                        "",
                        "@dev.rt.annotation.ActorBehavior",
                        "final class Next implements dev.rt.Actor<PingMsg> {", // 4
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
                .onLine(4);
        // The next behavior is still processed: it lacks a handler.
        assertThat(compilation).hadErrorContaining("[RT-030]").inFile(next).onLine(4);
    }
}
