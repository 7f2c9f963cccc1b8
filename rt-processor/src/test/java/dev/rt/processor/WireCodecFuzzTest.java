package dev.rt.processor;

import static dev.rt.processor.WireTesting.codec;
import static dev.rt.processor.WireTesting.encode;
import static dev.rt.processor.WireTesting.load;
import static dev.rt.processor.WireTesting.record;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.rt.wire.WireCodec;
import dev.rt.wire.WireFormatException;
import dev.rt.wire.WireReader;
import dev.rt.wire.WireSchema;
import dev.rt.wire.WireWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Feeds a generated decoder bad bytes: random ones, and valid frames truncated, cut, grown and
 * mutated. It must only ever throw {@link WireFormatException}: never another exception, never
 * an {@code OutOfMemoryError} from a size it believed, never a {@code StackOverflowError} from a
 * recursive type. Seeded: {@code -Drt.wire.fuzz.seed=n} repeats a run; no timing.
 */
class WireCodecFuzzTest {
    private static final int CASES = 4000;
    private static ClassLoader loader;
    private static WireCodec<Object> codec;
    private static List<byte[]> frames;
    private static int[] tags;

    @BeforeAll
    static void compileAndLoad() {
        loader = WireTesting.compileAndLoad(WireTesting.everyTypeSources());
        codec = codec(loader, "demo.wire.AllMsgCodec");
        WireTesting.RandomValues values = new WireTesting.RandomValues(7, loader);
        Class<?> protocol = load(loader, "demo.wire.AllMsg");
        frames = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            frames.add(encode(codec, values.message(protocol)));
        }
        tags = codec.schema().types().values().stream().mapToInt(WireSchema.Type::tag).toArray();
    }

    /** What one decoding did: read a message, or refused the frame. */
    private enum Outcome { DECODED, REFUSED }

    private static Outcome decode(byte[] bytes, Function<WireReader, Object> decoder, String what) {
        WireReader in = new WireReader(bytes, 0, bytes.length, WireTesting.PathRefs.INSTANCE);
        try {
            decoder.apply(in);
            return Outcome.DECODED;
        } catch (WireFormatException e) {
            return Outcome.REFUSED;
        } catch (Throwable e) {
            fail(what + " threw " + e + " instead of a WireFormatException, for "
                    + HexFormat.of().formatHex(bytes), e);
            throw new AssertionError(e);
        }
    }

    @Test
    void badFramesOnlyEverThrowWireFormatException() {
        long seed = Long.getLong("rt.wire.fuzz.seed", 20260102L);
        Random random = new Random(seed);
        int[] outcomes = new int[Outcome.values().length];
        for (int i = 0; i < CASES; i++) {
            byte[] bytes = switch (i % 5) {
                case 0 -> randomFrame(random);
                case 1 -> randomBody(random);
                default -> mutate(random, frames.get(random.nextInt(frames.size())));
            };
            String what = "case " + i + " of seed " + seed;
            outcomes[decode(bytes, codec::decode, what).ordinal()]++;
        }
        System.out.printf("wire fuzz: %d cases, seed %d (repeat with -Drt.wire.fuzz.seed=%d):"
                        + " %d decoded, %d refused%n", CASES, seed, seed,
                outcomes[Outcome.DECODED.ordinal()], outcomes[Outcome.REFUSED.ordinal()]);
        assertTrue(outcomes[Outcome.REFUSED.ordinal()] > CASES / 2, Arrays.toString(outcomes));
    }

    @Test
    void badRepliesOnlyEverThrowWireFormatException() {
        long seed = Long.getLong("rt.wire.fuzz.seed", 20260103L);
        Random random = new Random(seed);
        Object[] requests = {
            record(loader, "demo.wire.AllMsg$Lookup", "k"),
            record(loader, "demo.wire.AllMsg$Find", 1),
            record(loader, "demo.wire.AllMsg$Who"),
            record(loader, "demo.wire.AllMsg$Count")
        };
        for (int i = 0; i < CASES / 4; i++) {
            Object request = requests[random.nextInt(requests.length)];
            byte[] bytes = new byte[random.nextInt(24)];
            random.nextBytes(bytes);
            if (random.nextBoolean() && bytes.length > 0) {
                bytes[0] = 1;
            }
            decode(bytes, in -> codec.decodeReply(request, in), "reply case " + i + " of seed " + seed);
        }
    }

    /** Sizes and lengths far beyond the frame are refused, not allocated. */
    @Test
    void hugeSizesAreRefusedNotAllocated() {
        for (int size : new int[] {Integer.MAX_VALUE, 1 << 30, 100_000_000, 65_536}) {
            WireWriter out = new WireWriter();
            out.writeTag(WireSchema.tagOf("AllMsg.Containers"));
            int body = out.beginBody();
            out.writeBoolean(true);
            out.writeSize(size);
            out.writeBoolean(true);
            out.endBody(body);
            assertEquals(Outcome.REFUSED, decode(out.toByteArray(), codec::decode, "size " + size));

            WireWriter bytes = new WireWriter();
            bytes.writeTag(WireSchema.tagOf("AllMsg.Values"));
            bytes.writeFixedInt(size);
            assertEquals(Outcome.REFUSED, decode(bytes.toByteArray(), codec::decode, "body " + size));
        }
    }

    /** A recursive type nested deeper than any reader accepts is refused, not a stack overflow. */
    @Test
    void deepRecursionIsRefused() {
        int depth = 100_000;
        WireWriter out = new WireWriter(WireTesting.PathRefs.INSTANCE, 16 * depth);
        // Tree(label, children): each level a tag-less body with no label and one child.
        out.writeTag(WireSchema.tagOf("AllMsg.Tree"));
        int[] marks = new int[depth];
        for (int i = 0; i < depth; i++) {
            if (i > 0) {
                out.writeBoolean(true);
                out.writeSize(1);
                out.writeBoolean(true);
            }
            marks[i] = beginUnchecked(out);
            out.writeBoolean(false);
        }
        for (int i = depth - 1; i >= 0; i--) {
            if (i == depth - 1) {
                out.writeBoolean(false);
            }
            endUnchecked(out, marks[i]);
        }
        assertEquals(Outcome.REFUSED, decode(out.toByteArray(), codec::decode, "deep tree"));
    }

    /** A body mark, as {@code WireWriter.beginBody} makes it, without its depth limit. */
    private static int beginUnchecked(WireWriter out) {
        int mark = out.size();
        out.writeFixedInt(0);
        return mark;
    }

    private static void endUnchecked(WireWriter out, int mark) {
        int length = out.size() - mark - 4;
        byte[] buffer = out.buffer();
        buffer[mark] = (byte) (length >>> 24);
        buffer[mark + 1] = (byte) (length >>> 16);
        buffer[mark + 2] = (byte) (length >>> 8);
        buffer[mark + 3] = (byte) length;
    }

    /** Random bytes, half of them after a tag that the codec knows. */
    private static byte[] randomFrame(Random random) {
        byte[] bytes = new byte[random.nextInt(64)];
        random.nextBytes(bytes);
        if (random.nextBoolean() && bytes.length >= 4) {
            int tag = tags[random.nextInt(tags.length)];
            bytes[0] = (byte) (tag >>> 24);
            bytes[1] = (byte) (tag >>> 16);
            bytes[2] = (byte) (tag >>> 8);
            bytes[3] = (byte) tag;
        }
        return bytes;
    }

    /** A tag that the codec knows, and a body of the right length with random bytes. */
    private static byte[] randomBody(Random random) {
        byte[] content = new byte[random.nextInt(24)];
        random.nextBytes(content);
        WireWriter out = new WireWriter();
        out.writeTag(tags[random.nextInt(tags.length)]);
        out.writeFixedInt(content.length);
        out.writeRaw(content, 0, content.length);
        return out.toByteArray();
    }

    /** A valid frame, changed in one to three ways. */
    private static byte[] mutate(Random random, byte[] frame) {
        byte[] bytes = frame.clone();
        int changes = 1 + random.nextInt(3);
        for (int c = 0; c < changes; c++) {
            if (bytes.length == 0) {
                return bytes;
            }
            int at = random.nextInt(bytes.length);
            switch (random.nextInt(7)) {
                case 0 -> bytes[at] = (byte) random.nextInt();
                case 1 -> bytes[at] ^= (byte) (1 << random.nextInt(8));
                case 2 -> bytes = Arrays.copyOf(bytes, at);
                case 3 -> {
                    byte[] grown = new byte[bytes.length + 1 + random.nextInt(8)];
                    System.arraycopy(bytes, 0, grown, 0, at);
                    for (int i = at; i < at + grown.length - bytes.length; i++) {
                        grown[i] = (byte) random.nextInt();
                    }
                    System.arraycopy(bytes, at, grown, at + grown.length - bytes.length,
                            bytes.length - at);
                    bytes = grown;
                }
                case 4 -> {
                    int end = Math.min(bytes.length, at + 1 + random.nextInt(8));
                    byte[] cut = new byte[bytes.length - (end - at)];
                    System.arraycopy(bytes, 0, cut, 0, at);
                    System.arraycopy(bytes, end, cut, at, bytes.length - end);
                    bytes = cut;
                }
                case 5 -> bytes[at] = (byte) (random.nextBoolean() ? 0xFF : 0x80);
                default -> {
                    if (at + 4 <= bytes.length) {
                        int value = random.nextBoolean() ? Integer.MAX_VALUE : random.nextInt();
                        bytes[at] = (byte) (value >>> 24);
                        bytes[at + 1] = (byte) (value >>> 16);
                        bytes[at + 2] = (byte) (value >>> 8);
                        bytes[at + 3] = (byte) value;
                    }
                }
            }
        }
        return bytes;
    }
}
