package dev.rt.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rt.wire.WireSchema.Field;
import dev.rt.wire.WireSchema.Kind;
import dev.rt.wire.WireSchema.Type;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A schema's canonical text, and the rules that compare two versions of a protocol. */
class WireSchemaTest {

    private static Type record(String name, String className, Field... fields) {
        return new Type(Kind.RECORD, name, className, List.of(fields), List.of());
    }

    private static Type sealed(String name, String className, String... cases) {
        return new Type(Kind.SEALED, name, className, List.of(), List.of(cases));
    }

    private static Type enumType(String name, String className, String... constants) {
        return new Type(Kind.ENUM, name, className, List.of(), List.of(constants));
    }

    private static Field field(String name, String type) {
        return new Field(name, type);
    }

    /** The counter of the docs, version 1. */
    private static WireSchema.Builder counter() {
        return WireSchema.builder("com.example.CounterMsg")
                .add(sealed("CounterMsg", "com.example.CounterMsg", "CounterMsg.Add", "CounterMsg.Get"))
                .add(record("CounterMsg.Add", "com.example.CounterMsg.Add",
                        field("by", "long"), field("color", "Color")))
                .add(record("CounterMsg.Get", "com.example.CounterMsg.Get"))
                .add(enumType("Color", "com.example.Color", "RED", "GREEN"))
                .reply("CounterMsg.Get", "Long");
    }

    @Test
    void textIsCanonicalAndParsesBack() {
        WireSchema schema = counter().build();
        assertEquals(String.join("\n",
                "rt-wire-schema 1",
                "protocol com.example.CounterMsg",
                "sealed CounterMsg com.example.CounterMsg",
                "  case CounterMsg.Add",
                "  case CounterMsg.Get",
                "record CounterMsg.Add com.example.CounterMsg.Add",
                "  field by long",
                "  field color Color",
                "record CounterMsg.Get com.example.CounterMsg.Get",
                "enum Color com.example.Color",
                "  constant RED",
                "  constant GREEN",
                "reply CounterMsg.Get Long",
                ""), schema.text());
        WireSchema parsed = WireSchema.parse(schema.text());
        assertEquals(schema, parsed);
        assertEquals(schema.text(), parsed.text());
        assertEquals(schema.types(), parsed.types());
        assertEquals(schema.replies(), parsed.replies());
        assertEquals(schema.fingerprint(), parsed.fingerprint());
        assertEquals(schema.hashCode(), parsed.hashCode());
        assertEquals(schema.text(), schema.toString());
        assertEquals("com.example.CounterMsg", parsed.protocol());
        assertEquals(List.of("CounterMsg", "CounterMsg.Add", "CounterMsg.Get", "Color"),
                List.copyOf(parsed.types().keySet()));
    }

    @Test
    void parseAcceptsCommentsBlankLinesAndWindowsLineEnds() {
        String text = counter().build().text();
        String edited = text.replace("\n", "\r\n")
                .replace("record CounterMsg.Get", "# a comment\r\n\r\nrecord CounterMsg.Get");
        assertEquals(counter().build(), WireSchema.parse(edited));
    }

    @Test
    void parseRefusesWhatIsNotASchema() {
        assertThrows(IllegalArgumentException.class, () -> WireSchema.parse(""));
        assertThrows(IllegalArgumentException.class, () -> WireSchema.parse("hello\nworld\n"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> WireSchema.parse("rt-wire-schema 1\nprotocol p.P\nrecord A p.A\n  feld x int\n"));
        assertTrue(e.getMessage().contains("line 4"), e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> WireSchema.parse("rt-wire-schema 1\nprotocol p.P\n  field x int\n"));
        assertThrows(IllegalArgumentException.class, () -> WireSchema.parse(
                "rt-wire-schema 1\nprotocol p.P\nrecord A p.A\nrecord A p.B\n"));
    }

    @Test
    void fingerprintsDifferWithTheText() {
        WireSchema one = counter().build();
        WireSchema two = counter().add(record("Extra", "com.example.Extra")).build();
        assertNotEquals(one.fingerprint(), two.fingerprint());
        assertNotEquals(one, two);
    }

    @Test
    void tagsAreFnv1aOfTheUtf8Name() {
        assertEquals(0x811c9dc5, WireSchema.tagOf(""));
        assertEquals(0xe40c292c, WireSchema.tagOf("a"));
        assertEquals(WireSchema.tagOf("CounterMsg.Add"),
                record("CounterMsg.Add", "x.Y").tag());
        assertNotEquals(WireSchema.tagOf("é"), WireSchema.tagOf("e"));
    }

    @Test
    void theSameSchemaHasNoChanges() {
        assertEquals(List.of(), counter().build().breakingChangesSince(counter().build()));
        assertEquals(List.of(), counter().build().incompatibilitiesWith(counter().build()));
    }

    @Test
    void appendedComponentsConstantsCasesAndTypesAreCompatible() {
        WireSchema baseline = counter().build();
        WireSchema now = WireSchema.builder("com.example.CounterMsg")
                .add(sealed("CounterMsg", "com.example.CounterMsg",
                        "CounterMsg.Reset", "CounterMsg.Get", "CounterMsg.Add"))
                .add(record("CounterMsg.Add", "com.example.CounterMsg.Add",
                        field("amount", "long"), field("color", "Color"),
                        field("note", "String")))
                .add(record("CounterMsg.Get", "com.example.CounterMsg.Get"))
                .add(enumType("Color", "com.example.Color", "RED", "GREEN", "BLUE"))
                .add(record("CounterMsg.Reset", "com.example.CounterMsg.Reset"))
                .reply("CounterMsg.Get", "Long")
                .build();
        assertEquals(List.of(), now.breakingChangesSince(baseline));
        assertEquals(List.of(), now.incompatibilitiesWith(baseline));
        assertEquals(List.of(), baseline.incompatibilitiesWith(now));
    }

    @Test
    void removedTypeComponentAndChangedTypeBreak() {
        WireSchema baseline = counter().build();
        WireSchema now = WireSchema.builder("com.example.CounterMsg")
                .add(sealed("CounterMsg", "com.example.CounterMsg", "CounterMsg.Add"))
                .add(record("CounterMsg.Add", "com.example.CounterMsg.Add", field("by", "int")))
                .add(enumType("Color", "com.example.Color", "RED", "GREEN"))
                .build();
        assertEquals(List.of(
                        "case CounterMsg.Get of CounterMsg was removed; nodes on the baseline still"
                                + " send it as a CounterMsg",
                        "component #1 of CounterMsg.Add, by, changed type to int (was long)",
                        "component color of CounterMsg.Add was removed; components may only be"
                                + " appended",
                        "type CounterMsg.Get (com.example.CounterMsg.Get) was removed; nodes on the"
                                + " baseline still send and expect it"),
                now.breakingChangesSince(baseline));
        // Between peers, only the changed type matters: the rest is unknown tags and defaults.
        assertEquals(List.of("component #1 of CounterMsg.Add, by, changed type to int (there: long)"),
                now.incompatibilitiesWith(baseline));
    }

    @Test
    void enumConstantsTravelByPosition() {
        WireSchema baseline = counter().build();
        WireSchema removed = counter().build();
        removed = WireSchema.parse(removed.text().replace("  constant GREEN\n", ""));
        assertEquals(List.of("constant GREEN of Color was removed; constants may only be appended"),
                removed.breakingChangesSince(baseline));
        WireSchema reordered = WireSchema.parse(baseline.text()
                .replace("  constant RED\n  constant GREEN\n", "  constant GREEN\n  constant RED\n"));
        assertEquals(List.of("constant #1 of Color is GREEN (was RED); constants travel by position,"
                        + " so they may only be appended"),
                reordered.breakingChangesSince(baseline));
        assertEquals(1, reordered.incompatibilitiesWith(baseline).size());
    }

    @Test
    void aReusedTagBreaksButARenamedClassDoesNot() {
        WireSchema baseline = counter().build();
        // Add moved to a name of its own, and another class took its old name.
        WireSchema reused = WireSchema.parse(baseline.text()
                .replace("record CounterMsg.Add com.example.CounterMsg.Add",
                        "record CounterMsg.Add com.example.CounterMsg.Increment")
                .replace("record CounterMsg.Get com.example.CounterMsg.Get",
                        "record CounterMsg.Add2 com.example.CounterMsg.Add\n"
                                + "record CounterMsg.Get com.example.CounterMsg.Get"));
        assertEquals(List.of("tag CounterMsg.Add names class com.example.CounterMsg.Increment (was"
                        + " com.example.CounterMsg.Add, which now travels as CounterMsg.Add2): a"
                        + " reused tag; give the new class a name of its own with @WireName"),
                reused.breakingChangesSince(baseline));
        assertEquals(1, reused.incompatibilitiesWith(baseline).size());
        assertEquals(1, baseline.incompatibilitiesWith(reused).size());
        // Renamed in Java only: the wire name stays, and so do its components.
        WireSchema renamed = WireSchema.parse(baseline.text()
                .replace("com.example.CounterMsg.Add", "com.example.CounterMsg.Increment"));
        assertEquals(List.of(), renamed.breakingChangesSince(baseline));
        assertEquals(List.of(), renamed.incompatibilitiesWith(baseline));
    }

    @Test
    void aChangedKindOrReplyBreaks() {
        WireSchema baseline = counter().build();
        WireSchema now = WireSchema.parse(baseline.text()
                .replace("enum Color com.example.Color\n  constant RED\n  constant GREEN\n",
                        "record Color com.example.Color\n")
                .replace("reply CounterMsg.Get Long", "reply CounterMsg.Get Integer"));
        assertEquals(List.of("type Color is a record (was enum)",
                        "the reply of CounterMsg.Get changed from Long to Integer"),
                now.breakingChangesSince(baseline));
        assertEquals(List.of("type Color is a record (there: enum)",
                        "the reply of CounterMsg.Get is Integer here and Long there"),
                now.incompatibilitiesWith(baseline));
    }
}
