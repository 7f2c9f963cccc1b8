package dev.rt.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.rt.processor.Outcomes.assertError;
import static dev.rt.processor.Outcomes.errors;
import static dev.rt.processor.Sources.compile;
import static dev.rt.processor.Sources.compileAllowingWarnings;
import static dev.rt.processor.Sources.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * One test per rule of wire codecs: each invalid protocol gives its own code on the exact element
 * (the record component, the case, the {@code @WireName} value), named by its line's text, with
 * no crash, and no error of javac's: no codec that does not compile.
 */
class WireDiagnosticsTest {

    private static String message(Compilation compilation, String code) {
        return errors(compilation).stream()
                .filter(error -> error.startsWith("[" + code + "]"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + code + " in " + errors(compilation)));
    }

    @Test
    void wireProtocolOnSomethingElseThanASealedInterface() {
        JavaFileObject msg = source("test.Msg",
                "package test;",
                "",
                "@dev.rt.annotation.WireProtocol",
                "public interface Msg {}");
        assertError(compile(msg), "RT-150", msg, "@dev.rt.annotation.WireProtocol");
        JavaFileObject record = source("test.Rec",
                "package test;",
                "",
                "@dev.rt.annotation.WireProtocol",
                "public record Rec(int x) {}");
        Compilation compilation = compile(record);
        assertError(compilation, "RT-150", record, "@dev.rt.annotation.WireProtocol");
        assertTrue(message(compilation, "RT-150").contains("Rec, which is a record"),
                errors(compilation).toString());
    }

    @Test
    void aComponentThatCannotTravel() {
        JavaFileObject msg = WireTesting.wireProtocol(
                "record Add(long by, Object note) implements Msg {}",
                "record Buffer(StringBuilder text) implements Msg {}",
                "record Task(Runnable work) implements Msg {}",
                "record Grid(int[] cells) implements Msg {}",
                "record Copy(ArrayList<String> items) implements Msg {}",
                "record Nothing(Void none) implements Msg {}",
                "record Deep(List<Map<String, Object>> rows) implements Msg {}");
        Compilation compilation = compile(msg);
        assertError(compilation, "RT-151", msg, "record Add(");
        assertError(compilation, "RT-151", msg, "record Buffer(");
        assertError(compilation, "RT-151", msg, "record Task(");
        assertError(compilation, "RT-151", msg, "record Grid(");
        assertError(compilation, "RT-151", msg, "record Copy(");
        assertError(compilation, "RT-151", msg, "record Nothing(");
        assertError(compilation, "RT-151", msg, "record Deep(");
        assertEquals(7, errors(compilation).size(), errors(compilation).toString());
        assertEquals("[RT-151] Msg.Add.note has type Object, which cannot travel: Object could be"
                        + " anything, so a reader could not tell what to read; use a record, or a"
                        + " sealed interface of the records it may hold",
                message(compilation, "RT-151"));
        String all = String.join("\n", errors(compilation));
        assertTrue(all.contains("Msg.Copy.items has type ArrayList<String>, which cannot travel:"
                + " ArrayList<String> is a class; declare it as a List, a Set or a Map"), all);
        assertTrue(all.contains("Msg.Deep.rows has type List<Map<String, Object>>, which cannot"
                + " travel: Object could be anything"), all);
    }

    /** A type reached from a component is checked too, and the path names how it is reached. */
    @Test
    void aComponentOfANestedRecordThatCannotTravel() {
        JavaFileObject item = source("test.Item",
                "package test;",
                "",
                "public record Item(String name, Thread owner) {}");
        JavaFileObject msg = WireTesting.wireProtocol("record Order(List<Item> items) implements Msg {}");
        Compilation compilation = compile(msg, item);
        assertError(compilation, "RT-151", item, "Thread owner");
        assertTrue(message(compilation, "RT-151").startsWith(
                "[RT-151] Msg.Order.items.owner has type Thread"), errors(compilation).toString());
    }

    @Test
    void aGenericRecordOrATypeVariable() {
        JavaFileObject box = source("test.Box",
                "package test;",
                "",
                "public record Box<T>(T value) {}");
        JavaFileObject msg = WireTesting.wireProtocol(
                "record Add(Box<String> box) implements Msg {}",
                "record Gen<T>(T value) implements Msg {}");
        Compilation compilation = compile(msg, box);
        assertError(compilation, "RT-152", msg, "record Add(");
        assertError(compilation, "RT-152", msg, "record Gen<T>");
        assertTrue(errors(compilation).toString().contains("Box declares type parameters <T>"),
                errors(compilation).toString());
    }

    @Test
    void aRawType() {
        JavaFileObject msg = WireTesting.wireProtocol(
                "@SuppressWarnings(\"rawtypes\") record Add(List items) implements Msg {}",
                "@SuppressWarnings(\"rawtypes\") record Watch(ActorRef ref) implements Msg {}");
        Compilation compilation = compileAllowingWarnings(msg);
        assertError(compilation, "RT-153", msg, "record Add(");
        assertError(compilation, "RT-153", msg, "record Watch(");
    }

    @Test
    void aWildcard() {
        JavaFileObject msg = WireTesting.wireProtocol(
                "record Add(List<? extends Number> numbers) implements Msg {}",
                "record Watch(ActorRef<?> anyone) implements Msg {}");
        Compilation compilation = compile(msg);
        assertError(compilation, "RT-154", msg, "record Add(");
        assertError(compilation, "RT-154", msg, "record Watch(");
        assertTrue(errors(compilation).toString().contains("write ActorRef<P>, with P the"
                + " @WireProtocol protocol"), errors(compilation).toString());
    }

    @Test
    void aReferenceToAnActorWhoseProtocolIsNotAWireProtocol() {
        JavaFileObject local = source("test.Local",
                "package test;",
                "",
                "public sealed interface Local {",
                "    record Poke() implements Local {}",
                "}");
        JavaFileObject poker = source("test.Poker",
                "package test;",
                "",
                "@dev.rt.annotation.ActorBehavior",
                "public final class Poker implements dev.rt.Actor<Local> {",
                "    void on(Local.Poke m) {}",
                "}");
        JavaFileObject msg = WireTesting.wireProtocol(
                "record Watch(ActorRef<Local> local) implements Msg {}",
                "record Meet(PokerHandle poker) implements Msg {}");
        Compilation compilation = compile(msg, local, poker);
        assertError(compilation, "RT-155", msg, "record Watch(");
        assertError(compilation, "RT-155", msg, "record Meet(");
        assertTrue(message(compilation, "RT-155").contains("annotate Local with @WireProtocol"),
                errors(compilation).toString());
    }

    @Test
    void aCaseThatCannotTravel() {
        JavaFileObject msg = WireTesting.wireProtocol(
                "record Add(long by) implements Msg {}",
                "final class Ping implements Msg {}",
                "non-sealed interface Open extends Msg {}");
        Compilation compilation = compile(msg);
        assertError(compilation, "RT-156", msg, "final class Ping");
        assertError(compilation, "RT-156", msg, "non-sealed interface Open");
    }

    @Test
    void anInvalidWireName() {
        JavaFileObject msg = WireTesting.wireProtocol(
                "@WireName(\"has space\") record Add(long by) implements Msg {}",
                "@WireName(\" \") record Sub(long by) implements Msg {}",
                "@WireName(\"String\") record Mul(long by) implements Msg {}",
                "@WireName(\"ok.Name_1-$\") record Div(long by) implements Msg {}");
        Compilation compilation = compile(msg);
        assertError(compilation, "RT-157", msg, "\"has space\"");
        assertError(compilation, "RT-157", msg, "@WireName(\" \")");
        assertError(compilation, "RT-157", msg, "@WireName(\"String\")");
        assertEquals(3, errors(compilation).size(), errors(compilation).toString());
    }

    @Test
    void twoTypesWithOneWireName() {
        JavaFileObject msg = WireTesting.wireProtocol(
                "@WireName(\"Same\") record Add(long by) implements Msg {}",
                "record Other(Item item) implements Msg {}",
                "@WireName(\"Same\") record Item(String name) {}");
        Compilation compilation = compile(msg);
        assertError(compilation, "RT-158", msg, "@WireName(\"Same\") record Item(");
        assertEquals("[RT-158] Msg.Add and Msg.Item both travel as 'Same' in protocol Msg, so a"
                        + " reader could not tell them apart; give one of them a wire name of its own"
                        + " with @WireName",
                message(compilation, "RT-158"));
    }

    /** T323329 and T1134096 have the same 32-bit FNV-1a hash. */
    @Test
    void twoWireNamesWithOneTag() {
        JavaFileObject msg = WireTesting.wireProtocol(
                "@WireName(\"T323329\") record Add(long by) implements Msg {}",
                "@WireName(\"T1134096\") record Sub(long by) implements Msg {}");
        Compilation compilation = compile(msg);
        assertError(compilation, "RT-159", msg, "@WireName(\"T1134096\")");
        assertTrue(message(compilation, "RT-159").contains("0xc9e043f1"), errors(compilation).toString());
    }

    @Test
    void aReferenceToAWireProtocolThatHasErrors() {
        JavaFileObject other = source("test.Other",
                "package test;",
                "",
                "@dev.rt.annotation.WireProtocol",
                "public sealed interface Other {",
                "    record Bad(Object anything) implements Other {}",
                "}");
        JavaFileObject msg = WireTesting.wireProtocol("record Watch(ActorRef<Other> other) implements Msg {}");
        Compilation compilation = compile(msg, other);
        assertError(compilation, "RT-160", msg, "record Watch(");
        assertError(compilation, "RT-151", other, "record Bad(");
        assertTrue(message(compilation, "RT-160").contains("Msg.Watch.other refers to actors of"
                + " Other, but their codec OtherCodec is not generated, because Other has errors"),
                errors(compilation).toString());
    }

    /** Two protocols that refer to each other are both valid: their codecs come together. */
    @Test
    void protocolsThatReferToEachOther() {
        JavaFileObject other = source("test.Other",
                "package test;",
                "",
                "@dev.rt.annotation.WireProtocol",
                "public sealed interface Other {",
                "    record Back(dev.rt.ActorRef<Msg> msg) implements Other {}",
                "}");
        JavaFileObject msg = WireTesting.wireProtocol("record Watch(ActorRef<Other> other, ActorRef<Msg> self)"
                + " implements Msg {}");
        Compilation compilation = compile(msg, other);
        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("test.MsgCodec");
        assertThat(compilation).generatedSourceFile("test.OtherCodec");
    }

    @Test
    void aTypeThatTheCodecCannotAccess() {
        JavaFileObject outer = source("test.Outer",
                "package test;",
                "",
                "public class Outer {",
                "    @dev.rt.annotation.WireProtocol",
                "    sealed interface Msg {",
                "        record Add(Secret secret) implements Msg {}",
                "    }",
                "",
                "    private record Secret(int code) {}",
                "}");
        Compilation compilation = compile(outer);
        assertError(compilation, "RT-013", outer, "private record Secret(");
        assertTrue(message(compilation, "RT-013").contains("code generated for OuterMsgCodec"),
                errors(compilation).toString());
    }
    /**
     * A handle that a component holds waits for its behavior; if the behavior has errors, the
     * handle never comes, and the last round says so on the component.
     */
    @Test
    void aHandleThatIsNeverGenerated() {
        JavaFileObject ping = source("test.PingMsg",
                "package test;",
                "",
                "@dev.rt.annotation.WireProtocol",
                "public sealed interface PingMsg {",
                "    record Ping() implements PingMsg {}",
                "    record Pong() implements PingMsg {}",
                "}");
        JavaFileObject pinger = source("test.Pinger",
                "package test;",
                "",
                "@dev.rt.annotation.ActorBehavior",
                "public final class Pinger implements dev.rt.Actor<PingMsg> {",
                "    void on(PingMsg.Ping m) {}",
                "}");
        JavaFileObject msg = WireTesting.wireProtocol("record Meet(List<PingerHandle> pingers) implements Msg {}");
        Compilation compilation = compile(msg, ping, pinger);
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining("[RT-030]").inFile(pinger)
                .onLineContaining("public final class Pinger");
        assertThat(compilation).hadErrorContaining("[RT-095] Msg.Meet.pingers needs PingerHandle,"
                        + " which RT generates from Pinger, but it was not generated; fix the errors"
                        + " reported on Pinger")
                .inFile(msg)
                .onLineContaining("record Meet(");
        Outcomes.assertNoCrash(compilation);
    }
}
