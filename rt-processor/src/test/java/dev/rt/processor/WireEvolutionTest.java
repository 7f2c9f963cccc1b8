package dev.rt.processor;

import static dev.rt.processor.Sources.source;
import static dev.rt.processor.WireTesting.codec;
import static dev.rt.processor.WireTesting.decode;
import static dev.rt.processor.WireTesting.encode;
import static dev.rt.processor.WireTesting.load;
import static dev.rt.processor.WireTesting.record;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rt.wire.WireCodec;
import dev.rt.wire.WireFormatException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two versions of one protocol, compiled apart, talk to each other: a newer reader gives defaults
 * for the components that an older sender did not have, an older reader skips those that a newer
 * sender appended, nested records included, and refuses what it cannot know (a new type, a new
 * enum constant) with a {@link WireFormatException}.
 */
class WireEvolutionTest {
    private static final String M = "demo.evolve.Msg$";
    private static ClassLoader v1;
    private static ClassLoader v2;
    private static WireCodec<Object> codec1;
    private static WireCodec<Object> codec2;

    @BeforeAll
    static void compileBothVersions() {
        v1 = WireTesting.compileAndLoad(source(
                "demo.evolve.Msg",
                "package demo.evolve;",
                "",
                "import dev.rt.annotation.WireProtocol;",
                "import java.util.List;",
                "",
                "@WireProtocol",
                "public sealed interface Msg {",
                "    record Add(long by) implements Msg {}",
                "    record Batch(List<Item> items, int count) implements Msg {}",
                "    record Item(String name) {}",
                "    enum Color { RED, GREEN }",
                "    record Paint(Color color, String where) implements Msg {}",
                "}"));
        v2 = WireTesting.compileAndLoad(source(
                "demo.evolve.Msg",
                "package demo.evolve;",
                "",
                "import dev.rt.annotation.WireProtocol;",
                "import java.util.List;",
                "import java.util.Map;",
                "import java.util.Optional;",
                "import java.util.Set;",
                "",
                "@WireProtocol",
                "public sealed interface Msg {",
                "    record Add(long by, String note, List<String> tags, int times,",
                "            Optional<String> origin, Map<String, Long> extra, Set<Integer> seen,",
                "            boolean flag, Item item) implements Msg {}",
                "    record Batch(List<Item> items, int count) implements Msg {}",
                "    record Item(String name, double weight, Color color) {}",
                "    enum Color { RED, GREEN, BLUE }",
                "    record Paint(Color color, String where) implements Msg {}",
                "    record Reset() implements Msg {}",
                "}"));
        codec1 = codec(v1, "demo.evolve.MsgCodec");
        codec2 = codec(v2, "demo.evolve.MsgCodec");
    }

    private static Object constant(ClassLoader loader, String name) {
        for (Object constant : load(loader, M + "Color").getEnumConstants()) {
            if (((Enum<?>) constant).name().equals(name)) {
                return constant;
            }
        }
        throw new AssertionError(name);
    }

    @Test
    void aNewerReaderGivesDefaultsForWhatAnOlderSenderDidNotHave() {
        Object add = decode(codec2, encode(codec1, record(v1, M + "Add", 5L)));
        assertEquals("Add[by=5, note=null, tags=[], times=0, origin=Optional.empty, extra={},"
                + " seen=[], flag=false, item=null]", add.toString());
        Object batch = decode(codec2, encode(codec1, record(v1, M + "Batch",
                List.of(record(v1, M + "Item", "a"), record(v1, M + "Item", "b")), 2)));
        assertEquals("Batch[items=[Item[name=a, weight=0.0, color=null],"
                + " Item[name=b, weight=0.0, color=null]], count=2]", batch.toString());
        Object paint = decode(codec2, encode(codec1,
                record(v1, M + "Paint", constant(v1, "GREEN"), "wall")));
        assertEquals("Paint[color=GREEN, where=wall]", paint.toString());
    }

    @Test
    void anOlderReaderSkipsWhatANewerSenderAppended() {
        Object item = record(v2, M + "Item", "x", 2.5, constant(v2, "BLUE"));
        Object add = decode(codec1, encode(codec2, record(v2, M + "Add", -7L, "note",
                List.of("t"), 3, Optional.of("o"), Map.of("k", 1L), Set.of(4), true, item)));
        assertEquals("Add[by=-7]", add.toString());
        // The items' appended components are skipped, and the count after them still read.
        Object batch = decode(codec1, encode(codec2, record(v2, M + "Batch",
                List.of(item, record(v2, M + "Item", "y", 0.0, null)), 2)));
        assertEquals("Batch[items=[Item[name=x], Item[name=y]], count=2]", batch.toString());
    }

    @Test
    void anOlderReaderRefusesANewTypeOrConstant() {
        WireFormatException type = assertThrows(WireFormatException.class,
                () -> decode(codec1, encode(codec2, record(v2, M + "Reset"))));
        assertTrue(type.getMessage().contains("unknown tag"), type.getMessage());
        WireFormatException constant = assertThrows(WireFormatException.class,
                () -> decode(codec1, encode(codec2,
                        record(v2, M + "Paint", constant(v2, "BLUE"), "door"))));
        assertTrue(constant.getMessage().contains("unknown enum constant"), constant.getMessage());
        assertEquals("Paint[color=RED, where=door]", decode(codec1, encode(codec2,
                record(v2, M + "Paint", constant(v2, "RED"), "door"))).toString());
    }

    @Test
    void theSchemasSayTheChangesAreCompatible() {
        assertEquals(List.of(), codec2.schema().breakingChangesSince(codec1.schema()));
        assertEquals(List.of(), codec2.schema().incompatibilitiesWith(codec1.schema()));
        assertEquals(List.of(), codec1.schema().incompatibilitiesWith(codec2.schema()));
        // Going back is not.
        List<String> back = codec1.schema().breakingChangesSince(codec2.schema());
        assertTrue(back.contains("component weight of Msg.Item was removed; components may only"
                + " be appended"), back.toString());
        assertTrue(back.contains("constant BLUE of Msg.Color was removed; constants may only be"
                + " appended"), back.toString());
        assertTrue(back.contains("type Msg.Reset (demo.evolve.Msg.Reset) was removed; nodes on the"
                + " baseline still send and expect it"), back.toString());
    }
}
