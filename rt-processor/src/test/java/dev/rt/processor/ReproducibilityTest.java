package dev.rt.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.rt.processor.Sources.compile;
import static dev.rt.processor.Sources.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** The same input gives the same bytes, with no timestamp: builds are reproducible. */
class ReproducibilityTest {
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}|\\d{2}:\\d{2}:\\d{2}");

    private static JavaFileObject[] sources() {
        return new JavaFileObject[] {
            source(
                    "test.ShopMsg",
                    "package test;",
                    "",
                    "import dev.rt.Request;",
                    "",
                    "public sealed interface ShopMsg {",
                    "    record Add(String item, int n) implements ShopMsg {}",
                    "    sealed interface Query extends ShopMsg, Request<Integer> {",
                    "        record Stock(String item) implements Query {}",
                    "        record Price(String item) implements Query {}",
                    "    }",
                    "    enum Mode implements ShopMsg { OPEN, CLOSED }",
                    "}"),
            source(
                    "test.Shop",
                    "package test;",
                    "",
                    "import dev.rt.Actor;",
                    "import dev.rt.ActorContext;",
                    "import dev.rt.annotation.ActorBehavior;",
                    "",
                    "@ActorBehavior",
                    "public final class Shop implements Actor<ShopMsg> {",
                    "    void on(ShopMsg.Add m, ActorContext<ShopMsg> context) {}",
                    "    int on(ShopMsg.Query q) { return 0; }",
                    "    void on(ShopMsg.Mode m) {}",
                    "}")
        };
    }

    /** The generated files' bytes, as text, by file name. */
    private static Map<String, String> generated(Compilation compilation) throws IOException {
        assertThat(compilation).succeededWithoutWarnings();
        Map<String, String> sources = new TreeMap<>();
        for (JavaFileObject file : compilation.generatedSourceFiles()) {
            try (InputStream in = file.openInputStream()) {
                // ISO-8859-1 maps each byte to one char: equal strings are equal bytes.
                sources.put(
                        file.toUri().toString(),
                        new String(in.readAllBytes(), StandardCharsets.ISO_8859_1));
            }
        }
        return sources;
    }

    @Test
    void sameInputGivesSameBytesWithoutTimestamps() throws IOException {
        Map<String, String> first = generated(compile(sources()));
        Map<String, String> second = generated(compile(sources()));
        assertEquals(2, first.size(), first.keySet().toString());
        assertEquals(first, second);
        for (String text : first.values()) {
            assertFalse(DATE.matcher(text).find(), text);
            assertTrue(text.contains("@Generated(\"dev.rt.processor.RtProcessor\")\n"), text);
        }
    }

    private static JavaFileObject[] supervisorSources() {
        return new JavaFileObject[] {
            source(
                    "test.Worker",
                    "package test;",
                    "",
                    "@dev.rt.annotation.ActorBehavior",
                    "final class Worker implements dev.rt.Actor<Worker.Msg> {",
                    "    sealed interface Msg {",
                    "        record Work() implements Msg {}",
                    "    }",
                    "",
                    "    Worker(Object... dependencies) {}",
                    "",
                    "    void on(Msg.Work m) {}",
                    "}"),
            source(
                    "test.Pool",
                    "package test;",
                    "",
                    "import dev.rt.annotation.*;",
                    "",
                    "@Supervisor(strategy = Strategy.SIMPLE_ONE_FOR_ONE)",
                    "final class Pool {",
                    "    @Child(restart = Restart.TEMPORARY) Worker worker(String job) { return new Worker(job); }",
                    "}"),
            source(
                    "test.Tree",
                    "package test;",
                    "",
                    "import dev.rt.annotation.*;",
                    "",
                    "@Supervisor(strategy = Strategy.REST_FOR_ONE, intensity = 5, periodSeconds = 10)",
                    "abstract class Tree {",
                    "    @Child Worker first() { return new Worker(); }",
                    "    @Child Pool pool() { return new Pool(); }",
                    "    @Child(shutdownMillis = 100) Worker second(WorkerHandle first, PoolSupervisor pool) {",
                    "        return new Worker(first, pool);",
                    "    }",
                    "}")
        };
    }

    @Test
    void supervisorsGiveTheSameBytesWithoutTimestamps() throws IOException {
        Map<String, String> first = generated(compile(supervisorSources()));
        Map<String, String> second = generated(compile(supervisorSources()));
        assertEquals(4, first.size(), first.keySet().toString());
        assertEquals(first, second);
        for (String text : first.values()) {
            assertFalse(DATE.matcher(text).find(), text);
        }
        assertTrue(first.keySet().stream().anyMatch(name -> name.endsWith("test/TreeSupervisor.java")));
        assertTrue(first.keySet().stream().anyMatch(name -> name.endsWith("test/PoolSupervisor.java")));
    }
    @Test
    void codecsAndSchemasGiveTheSameBytesWithoutTimestamps() throws IOException {
        Map<String, String> first = generatedWithResources(compile(WireTesting.everyTypeSources()));
        Map<String, String> second = generatedWithResources(compile(WireTesting.everyTypeSources()));
        assertEquals(first, second);
        assertTrue(first.keySet().stream().anyMatch(name -> name.endsWith("demo/wire/AllMsgCodec.java")));
        assertTrue(first.keySet().stream().anyMatch(name -> name.endsWith("demo.wire.AllMsg.schema")));
        for (String text : first.values()) {
            assertFalse(DATE.matcher(text).find(), text);
        }
    }

    /** The generated sources and the resources (schemas), as text, by file name. */
    private static Map<String, String> generatedWithResources(Compilation compilation)
            throws IOException {
        Map<String, String> files = generated(compilation);
        for (JavaFileObject file : compilation.generatedFiles()) {
            if (file.getKind() == JavaFileObject.Kind.OTHER) {
                try (InputStream in = file.openInputStream()) {
                    files.put(file.toUri().toString(),
                            new String(in.readAllBytes(), StandardCharsets.ISO_8859_1));
                }
            }
        }
        return files;
    }
}
