package dev.rt.processor;

import static dev.rt.processor.WireTesting.codec;
import static dev.rt.processor.WireTesting.decode;
import static dev.rt.processor.WireTesting.deepEquals;
import static dev.rt.processor.WireTesting.encode;
import static dev.rt.processor.WireTesting.load;
import static dev.rt.processor.WireTesting.record;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.rt.ActorRef;
import dev.rt.wire.WireCodec;
import dev.rt.wire.WireFormatException;
import dev.rt.wire.WireReader;
import dev.rt.wire.WireSchema;
import dev.rt.wire.WireWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs generated codecs: every type that travels goes through {@code encode} and {@code decode}
 * and comes back equal, with its nulls, its empty and extreme values, and its order; references
 * are read with the codec of their protocol; replies travel as their request says.
 */
class WireCodecRunsTest {
    private static final String P = "demo.wire.AllMsg$";
    private static ClassLoader loader;
    private static WireCodec<Object> codec;
    private static Compilation compilation;

    @BeforeAll
    static void compileAndLoad() {
        compilation = Sources.compile(WireTesting.everyTypeSources());
        com.google.testing.compile.CompilationSubject.assertThat(compilation)
                .succeededWithoutWarnings();
        loader = new CompiledClasses(compilation);
        codec = codec(loader, "demo.wire.AllMsgCodec");
    }

    private static Object roundTrip(Object message) {
        byte[] bytes = encode(codec, message);
        Object back = decode(codec, bytes);
        assertTrue(deepEquals(message, back), () -> message + " came back as " + back);
        assertArrayEquals(bytes, encode(codec, back), () -> "re-encoded " + back);
        return back;
    }

    private static Object constant(String enumType, String name) {
        for (Object constant : load(loader, enumType).getEnumConstants()) {
            if (((Enum<?>) constant).name().equals(name)) {
                return constant;
            }
        }
        throw new AssertionError(name);
    }

    @Test
    void theCodecNamesItsProtocolAndSchema() throws IOException {
        assertSame(load(loader, "demo.wire.AllMsg"), codec.protocol());
        String resource = compilation
                .generatedFile(StandardLocation.CLASS_OUTPUT,
                        "META-INF/rt/wire/demo.wire.AllMsg.schema")
                .orElseThrow()
                .getCharContent(true)
                .toString();
        WireSchema schema = codec.schema();
        assertEquals(resource, schema.text());
        assertEquals(WireSchema.parse(resource), schema);
        assertEquals(schema, WireSchema.parse(schema.text()));
        assertEquals("demo.wire.AllMsg", schema.protocol());
        assertTrue(schema.types().containsKey("demo.Item"), schema.text());
        assertEquals("Map<String,Integer>", schema.replies().get("AllMsg.Lookup"));
        assertEquals("ref<demo.wire.PingMsg>", schema.replies().get("AllMsg.Who"));
        assertEquals("Void", schema.replies().get("AllMsg.Ping"));
        assertSame(schema, codec.schema(), "built once");
    }

    @Test
    void primitivesAndBoxesAtTheirExtremes() {
        roundTrip(record(loader, P + "Primitives", true, Byte.MIN_VALUE, Short.MAX_VALUE,
                Character.MAX_VALUE, Integer.MIN_VALUE, Long.MAX_VALUE, Float.NaN,
                Double.NEGATIVE_INFINITY));
        roundTrip(record(loader, P + "Primitives", false, (byte) 0, (short) 0, '\0', 0, 0L, -0.0f,
                -0.0));
        roundTrip(record(loader, P + "Boxes", null, null, null, null, null, null, null, null));
        roundTrip(record(loader, P + "Boxes", false, Byte.MAX_VALUE, Short.MIN_VALUE, 'é',
                Integer.MAX_VALUE, Long.MIN_VALUE, Float.MIN_VALUE, Double.MAX_VALUE));
    }

    @Test
    void valuesWithNullsUnicodeAndExtremes() {
        roundTrip(record(loader, P + "Values", null, null, null, null, null, null, null, null,
                null, null, null, null, null));
        roundTrip(record(loader, P + "Values", "", new byte[0], new UUID(0, 0), BigDecimal.ZERO,
                BigInteger.ZERO, Instant.EPOCH, Duration.ZERO, Period.ZERO, LocalDate.EPOCH,
                LocalTime.MIDNIGHT, LocalDateTime.MIN, OffsetDateTime.MIN, ZonedDateTime.of(
                        LocalDateTime.MIN, ZoneOffset.MIN)));
        Object unicode = roundTrip(record(loader, P + "Values",
                "日本語 \uD83D\uDE80 ünïcödé \0 end", new byte[] {-128, 0, 127},
                UUID.fromString("123e4567-e89b-12d3-a456-426614174000"),
                new BigDecimal("-1234567890123456789012345678901234567890.0000000001"),
                BigInteger.TWO.pow(300).negate(), Instant.MAX, Duration.ofSeconds(Long.MIN_VALUE),
                Period.of(-5, 14, Integer.MAX_VALUE), LocalDate.MAX, LocalTime.MAX, LocalDateTime.MAX,
                OffsetDateTime.MAX, ZonedDateTime.of(2026, 3, 29, 2, 30, 0, 1,
                        ZoneId.of("Europe/Paris"))));
        assertTrue(unicode.toString().contains("日本語 \uD83D\uDE80 ünïcödé"), unicode.toString());
    }

    @Test
    void containersKeepNullsOrderAndEmptiness() {
        Object item = record(loader, P + "Item", "pen", constant(P + "Color", "GREEN"));
        List<String> list = new ArrayList<>(Arrays.asList("b", null, "a", ""));
        Set<Integer> set = new LinkedHashSet<>(Arrays.asList(3, null, 1, 2));
        Map<String, List<Long>> map = new LinkedHashMap<>();
        map.put("z", List.of(Long.MIN_VALUE, 0L));
        map.put(null, null);
        map.put("a", new ArrayList<>(Arrays.asList(null, 1L)));
        Map<Object, Set<UUID>> nested = new LinkedHashMap<>();
        nested.put(constant(P + "Color", "BLUE"), new TreeSet<>(Set.of(new UUID(2, 2), new UUID(1, 1))));
        nested.put(null, Set.of());
        List<Optional<String>> options = new ArrayList<>(
                Arrays.asList(Optional.of("x"), Optional.empty()));
        Object full = roundTrip(record(loader, P + "Containers", list, set, map, Optional.of(item),
                options, nested, Optional.of(List.of(item, item))));
        String text = full.toString();
        assertTrue(text.contains("list=[b, null, a, ]"), text);
        assertTrue(text.contains("set=[3, null, 1, 2]"), text);
        assertTrue(text.contains("map={z=[-9223372036854775808, 0], null=null, a=[null, 1]}"), text);
        roundTrip(record(loader, P + "Containers", List.of(), Set.of(), Map.of(), Optional.empty(),
                List.of(), Map.of(), Optional.empty()));
        Object nulls = roundTrip(record(loader, P + "Containers", null, null, null, Optional.empty(),
                null, null, Optional.empty()));
        assertTrue(nulls.toString().startsWith("Containers[list=null, set=null, map=null,"),
                nulls.toString());
        // A null Optional travels as an empty one.
        Object nullOptionals = decode(codec, encode(codec, record(loader, P + "Containers", null,
                null, null, null, null, null, null)));
        assertEquals(nulls, nullOptionals);
    }

    @Test
    void decodedContainersAreUnmodifiable() throws ReflectiveOperationException {
        Object back = roundTrip(record(loader, P + "Containers", new ArrayList<>(List.of("a")),
                new LinkedHashSet<>(Set.of(1)), new LinkedHashMap<>(Map.of("k", List.of(1L))),
                Optional.empty(), List.of(), Map.of(), Optional.empty()));
        Class<?> type = back.getClass();
        @SuppressWarnings("unchecked")
        List<String> list = (List<String>) type.getMethod("list").invoke(back);
        @SuppressWarnings("unchecked")
        Set<Integer> set = (Set<Integer>) type.getMethod("set").invoke(back);
        @SuppressWarnings("unchecked")
        Map<String, List<Long>> map = (Map<String, List<Long>>) type.getMethod("map").invoke(back);
        assertThrows(UnsupportedOperationException.class, () -> list.add("b"));
        assertThrows(UnsupportedOperationException.class, () -> set.add(2));
        assertThrows(UnsupportedOperationException.class, () -> map.put("x", List.of()));
        assertThrows(UnsupportedOperationException.class, () -> map.get("k").add(2L));
    }

    @Test
    void sealedTypesEnumsRecursionAndTheProtocolItself() {
        Object circle = record(loader, P + "Shape$Circle", 1.5);
        Object triangle = record(loader, P + "Shape$Polygon$Triangle", List.of(3.0, 4.0, 5.0));
        Object dot = constant(P + "Shape$Dot", "HUGE");
        Map<String, Object> named = new LinkedHashMap<>();
        named.put("t", triangle);
        named.put("none", null);
        roundTrip(record(loader, P + "Drawing", dot, Arrays.asList(circle, null, triangle, dot),
                named));
        roundTrip(record(loader, P + "Drawing", null, List.of(), Map.of()));
        roundTrip(constant(P + "Signal", "OFF"));
        roundTrip(record(loader, P + "Admin$Reset"));
        roundTrip(record(loader, P + "Admin$Rename", "a", "b"));
        Object tree = record(loader, P + "Tree", "leaf", List.of());
        for (int i = 0; i < 200; i++) {
            tree = record(loader, P + "Tree", "level " + i, Arrays.asList(tree, null));
        }
        roundTrip(tree);
        Object wrapped = record(loader, P + "Wrapped",
                record(loader, P + "Wrapped", constant(P + "Signal", "ON")));
        roundTrip(wrapped);
        roundTrip(record(loader, P + "Wrapped", (Object) null));
    }

    @Test
    void aMessageDeeperThanReadersAcceptIsRefusedWhenWritten() {
        Object tree = record(loader, P + "Tree", "leaf", List.of());
        for (int i = 0; i < WireReader.MAX_DEPTH; i++) {
            tree = record(loader, P + "Tree", "level " + i, List.of(tree));
        }
        Object deep = tree;
        assertThrows(IllegalArgumentException.class, () -> encode(codec, deep));
    }

    @Test
    void referencesAreReadWithTheCodecOfTheirProtocol() throws ReflectiveOperationException {
        Class<?> handle = load(loader, "demo.wire.PingerHandle");
        Object pinger = handle.getMethod("of", ActorRef.class)
                .invoke(null, new WireTesting.PathRef<>("/user/pinger", "PingMsg"));
        Object refs = record(loader, P + "Refs", new WireTesting.PathRef<>("/user/me", "AllMsg"),
                pinger, new WireTesting.PathRef<>("/user/raw", "PingMsg"),
                Arrays.asList(new WireTesting.PathRef<>("/user/a", "PingMsg"), null));
        Object back = roundTrip(refs);
        assertInstanceOf(handle, back.getClass().getMethod("pinger").invoke(back));
        roundTrip(record(loader, P + "Refs", null, null, null, null));
        // Without a node, references cannot travel.
        assertThrows(IllegalStateException.class, () -> codec.encode(refs, new WireWriter()));
        byte[] bytes = encode(codec, refs);
        assertThrows(WireFormatException.class, () -> codec.decode(new WireReader(bytes)));
    }

    @Test
    void repliesTravelAsTheirRequestSays() throws ReflectiveOperationException {
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("b", 2);
        counts.put("a", null);
        assertEquals(counts, replyRoundTrip(record(loader, P + "Lookup", "k"), counts));
        assertNull(replyRoundTrip(record(loader, P + "Lookup", "k"), null));
        Object item = record(loader, P + "Item", "ink", null);
        assertEquals(item, replyRoundTrip(record(loader, P + "Find", 1), item));
        assertEquals(Long.MIN_VALUE, replyRoundTrip(record(loader, P + "Count"), Long.MIN_VALUE));
        Object pinger = load(loader, "demo.wire.PingerHandle").getMethod("of", ActorRef.class)
                .invoke(null, new WireTesting.PathRef<>("/user/p", "PingMsg"));
        assertEquals(pinger, replyRoundTrip(record(loader, P + "Who"), pinger));
        Object ping = record(loader, P + "Ping");
        WireWriter out = new WireWriter();
        codec.encodeReply(ping, null, out);
        assertEquals(0, out.size(), "a Void reply is nothing");
        assertNull(codec.decodeReply(ping, new WireReader(new byte[0])));

        Object notARequest = record(loader, P + "Tree", "x", List.of());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> codec.encodeReply(notARequest, 1, new WireWriter()));
        assertEquals("demo.wire.AllMsg$Tree is not a request of AllMsg, so it has no reply",
                e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> codec.decodeReply(notARequest, new WireReader(new byte[0])));
    }

    private static Object replyRoundTrip(Object request, Object reply) {
        WireWriter out = new WireWriter(WireTesting.PathRefs.INSTANCE, 16);
        codec.encodeReply(request, reply, out);
        byte[] bytes = out.toByteArray();
        WireReader in = new WireReader(bytes, 0, bytes.length, WireTesting.PathRefs.INSTANCE);
        Object back = codec.decodeReply(request, in);
        assertEquals(0, in.remaining());
        return back;
    }

    @Test
    void valuesThatARecordRefusesAreMalformed() {
        WireWriter out = new WireWriter();
        out.writeTag(WireSchema.tagOf("AllMsg.Positive"));
        int body = out.beginBody();
        out.writeInt(-1);
        out.endBody(body);
        WireFormatException e = assertThrows(WireFormatException.class,
                () -> codec.decode(new WireReader(out.toByteArray())));
        assertInstanceOf(IllegalArgumentException.class, e.getCause());
        assertTrue(e.getMessage().contains("AllMsg.Positive"), e.getMessage());
    }

    @Test
    void anUnknownTagIsMalformed() {
        WireWriter out = new WireWriter();
        out.writeTag(WireSchema.tagOf("AllMsg.FromTheFuture"));
        out.endBody(out.beginBody());
        WireFormatException e = assertThrows(WireFormatException.class,
                () -> codec.decode(new WireReader(out.toByteArray())));
        assertTrue(e.getMessage().contains("for AllMsg"), e.getMessage());
    }

    /** Random messages of every type, nulls and extremes included; all of them come back. */
    @Test
    void randomMessagesOfEveryTypeRoundTrip() {
        long seed = Long.getLong("rt.wire.seed", 20260101L);
        WireTesting.RandomValues random = new WireTesting.RandomValues(seed, loader);
        Class<?> protocol = load(loader, "demo.wire.AllMsg");
        Set<String> seen = new TreeSet<>();
        for (int i = 0; i < 2000; i++) {
            Object message = random.message(protocol);
            seen.add(message.getClass().getSimpleName());
            roundTrip(message);
        }
        assertEquals(17, seen.size(), () -> "seed " + seed + ": " + seen);
    }
}
