package dev.rt.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.rt.processor.Outcomes.assertError;
import static dev.rt.processor.Outcomes.errors;
import static dev.rt.processor.Sources.compile;
import static dev.rt.processor.Sources.compileWithOptions;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The processor option {@code rt.wire.baseline}: a protocol whose schema breaks its committed
 * baseline is an error per change, on the protocol; a compatible change compiles; a baseline that
 * cannot be read is an error that names it; no baseline, nothing.
 */
class WireBaselineTest {
    private static final String SCHEMA = "META-INF/rt/wire/test.Msg.schema";

    @TempDir
    Path baselines;

    /** Version 1, committed as the baseline. */
    @BeforeEach
    void commitTheBaseline() throws IOException {
        Compilation v1 = compile(WireTesting.wireProtocol(
                "record Add(long by, String note) implements Msg {}",
                "record Get() implements Msg, Request<Long> {}",
                "enum Color implements Msg { RED, GREEN, BLUE }"));
        assertThat(v1).succeededWithoutWarnings();
        String text = v1.generatedFile(StandardLocation.CLASS_OUTPUT, SCHEMA)
                .orElseThrow()
                .getCharContent(true)
                .toString();
        Files.writeString(baselines.resolve("test.Msg.schema"), text, StandardCharsets.UTF_8);
    }

    private Compilation againstTheBaseline(JavaFileObject protocol) {
        return compileWithOptions(List.of("-Art.wire.baseline=" + baselines), protocol);
    }

    @Test
    void anAppendedComponentAConstantAndATypeAreCompatible() {
        Compilation v2 = againstTheBaseline(WireTesting.wireProtocol(
                "record Add(long by, String note, List<String> tags) implements Msg {}",
                "record Get() implements Msg, Request<Long> {}",
                "enum Color implements Msg { RED, GREEN, BLUE, BLACK }",
                "record Reset() implements Msg {}"));
        assertThat(v2).succeededWithoutWarnings();
    }

    @Test
    void aRemovedComponent() {
        JavaFileObject msg = WireTesting.wireProtocol(
                "record Add(long by) implements Msg {}",
                "record Get() implements Msg, Request<Long> {}",
                "enum Color implements Msg { RED, GREEN, BLUE }");
        Compilation v2 = againstTheBaseline(msg);
        assertError(v2, "RT-170", msg, "public sealed interface Msg");
        assertEquals(List.of("[RT-170] the schema of Msg breaks its baseline "
                        + baselines.resolve("test.Msg.schema") + ": component note of Msg.Add was"
                        + " removed; components may only be appended; make the change compatible"
                        + " (append components, add types, keep wire names with @WireName), or,"
                        + " when no node on the baseline will meet this version, copy the new"
                        + " schema from target/classes/META-INF/rt/wire over the baseline"),
                errors(v2));
    }

    @Test
    void aChangedType() {
        JavaFileObject msg = WireTesting.wireProtocol(
                "record Add(int by, String note) implements Msg {}",
                "record Get() implements Msg, Request<Integer> {}",
                "enum Color implements Msg { RED, GREEN, BLUE }");
        Compilation v2 = againstTheBaseline(msg);
        assertError(v2, "RT-170", msg, "public sealed interface Msg");
        String all = String.join("\n", errors(v2));
        assertEquals(2, errors(v2).size(), all);
        assertTrue(all.contains("component #1 of Msg.Add, by, changed type to int (was long)"), all);
        assertTrue(all.contains("the reply of Msg.Get changed from Long to Integer"), all);
    }

    /** Add now travels under a new name, and another class took its old one. */
    @Test
    void aReusedTag() {
        JavaFileObject msg = WireTesting.wireProtocol(
                "@WireName(\"Msg.Increment\") record Add(long by, String note) implements Msg {}",
                "@WireName(\"Msg.Add\") record Plus(long by, String note) implements Msg {}",
                "record Get() implements Msg, Request<Long> {}",
                "enum Color implements Msg { RED, GREEN, BLUE }");
        Compilation v2 = againstTheBaseline(msg);
        assertError(v2, "RT-170", msg, "public sealed interface Msg");
        assertTrue(errors(v2).get(0).contains("tag Msg.Add names class test.Msg.Plus (was"
                + " test.Msg.Add, which now travels as Msg.Increment): a reused tag"), errors(v2).toString());
    }

    /** A class renamed in Java that keeps its wire name is compatible. */
    @Test
    void aRenamedClassThatKeepsItsWireName() {
        Compilation v2 = againstTheBaseline(WireTesting.wireProtocol(
                "@WireName(\"Msg.Add\") record Increment(long by, String note) implements Msg {}",
                "record Get() implements Msg, Request<Long> {}",
                "enum Color implements Msg { RED, GREEN, BLUE }"));
        assertThat(v2).succeededWithoutWarnings();
    }

    @Test
    void aRemovedEnumConstant() {
        JavaFileObject msg = WireTesting.wireProtocol(
                "record Add(long by, String note) implements Msg {}",
                "record Get() implements Msg, Request<Long> {}",
                "enum Color implements Msg { RED, GREEN }");
        Compilation v2 = againstTheBaseline(msg);
        assertError(v2, "RT-170", msg, "public sealed interface Msg");
        assertTrue(errors(v2).get(0).contains("constant BLUE of Msg.Color was removed"),
                errors(v2).toString());
    }

    @Test
    void aRemovedType() {
        JavaFileObject msg = WireTesting.wireProtocol(
                "record Add(long by, String note) implements Msg {}",
                "enum Color implements Msg { RED, GREEN, BLUE }");
        Compilation v2 = againstTheBaseline(msg);
        assertError(v2, "RT-170", msg, "public sealed interface Msg");
        assertTrue(errors(v2).toString().contains("type Msg.Get (test.Msg.Get) was removed"),
                errors(v2).toString());
    }

    @Test
    void aMalformedBaselineNamesTheFile() throws IOException {
        Path file = baselines.resolve("test.Msg.schema");
        Files.writeString(file, "rt-wire-schema 1\nprotocol test.Msg\nrecord\n");
        JavaFileObject msg = WireTesting.wireProtocol("record Add(long by, String note) implements Msg {}");
        Compilation v2 = againstTheBaseline(msg);
        assertError(v2, "RT-171", msg, "public sealed interface Msg");
        assertTrue(errors(v2).get(0).startsWith("[RT-171] the baseline " + file + " of Msg cannot"
                + " be read: line 3 of the schema of test.Msg is not understood"), errors(v2).toString());

        Files.writeString(file, "rt-wire-schema 1\nprotocol test.Other\n");
        Compilation other = againstTheBaseline(msg);
        assertError(other, "RT-171", msg, "public sealed interface Msg");
        assertTrue(errors(other).get(0).contains("it is the schema of test.Other, not of test.Msg"),
                errors(other).toString());

        Files.write(file, new byte[] {(byte) 0xC3, (byte) 0x28});
        assertError(againstTheBaseline(msg), "RT-171", msg, "public sealed interface Msg");
    }

    @Test
    void noBaselineFileChecksNothing() throws IOException {
        Files.delete(baselines.resolve("test.Msg.schema"));
        assertThat(againstTheBaseline(WireTesting.wireProtocol("record Other(int x) implements Msg {}")))
                .succeededWithoutWarnings();
        assertThat(compileWithOptions(List.of("-Art.wire.baseline=" + baselines.resolve("none")),
                        WireTesting.wireProtocol("record Other(int x) implements Msg {}")))
                .succeededWithoutWarnings();
    }
}
