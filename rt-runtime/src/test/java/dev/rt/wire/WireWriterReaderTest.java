package dev.rt.wire;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import java.util.Arrays;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** What a {@link WireWriter} writes, a {@link WireReader} reads back; bad bytes are refused. */
class WireWriterReaderTest {

    private static WireReader written(Consumer<WireWriter> write) {
        WireWriter out = new WireWriter();
        write.accept(out);
        return new WireReader(out.toByteArray());
    }

    @Test
    void primitivesRoundTripAtTheirExtremes() {
        int[] ints = {0, 1, -1, 63, -64, 64, Integer.MAX_VALUE, Integer.MIN_VALUE};
        long[] longs = {0, -1, Long.MAX_VALUE, Long.MIN_VALUE, 1L << 35};
        WireReader in = written(out -> {
            for (int v : ints) {
                out.writeInt(v);
            }
            for (long v : longs) {
                out.writeLong(v);
            }
            out.writeShort(Short.MIN_VALUE);
            out.writeShort(Short.MAX_VALUE);
            out.writeChar(Character.MAX_VALUE);
            out.writeChar('\0');
            out.writeByte(Byte.MIN_VALUE);
            out.writeBoolean(true);
            out.writeBoolean(false);
            out.writeFloat(Float.NaN);
            out.writeFloat(-0.0f);
            out.writeFloat(Float.MIN_VALUE);
            out.writeDouble(Double.NEGATIVE_INFINITY);
            out.writeDouble(Double.MAX_VALUE);
            out.writeDouble(-0.0);
        });
        for (int v : ints) {
            assertEquals(v, in.readInt());
        }
        for (long v : longs) {
            assertEquals(v, in.readLong());
        }
        assertEquals(Short.MIN_VALUE, in.readShort());
        assertEquals(Short.MAX_VALUE, in.readShort());
        assertEquals(Character.MAX_VALUE, in.readChar());
        assertEquals('\0', in.readChar());
        assertEquals(Byte.MIN_VALUE, in.readByte());
        assertTrue(in.readBoolean());
        assertFalse(in.readBoolean());
        assertTrue(Float.isNaN(in.readFloat()));
        assertEquals(Float.floatToRawIntBits(-0.0f), Float.floatToRawIntBits(in.readFloat()));
        assertEquals(Float.MIN_VALUE, in.readFloat());
        assertEquals(Double.NEGATIVE_INFINITY, in.readDouble());
        assertEquals(Double.MAX_VALUE, in.readDouble());
        assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(in.readDouble()));
        assertEquals(0, in.remaining());
    }

    @Test
    void smallIntegersTakeOneByte() {
        assertEquals(1, written(out -> out.writeInt(-64)).remaining());
        assertEquals(1, written(out -> out.writeLong(63)).remaining());
        assertEquals(5, written(out -> out.writeInt(Integer.MIN_VALUE)).remaining());
        assertEquals(10, written(out -> out.writeLong(Long.MIN_VALUE)).remaining());
    }

    @Test
    void stringsAndBytesRoundTrip() {
        String[] strings = {"", "ascii", "héllo wörld", "日本語", "emoji \uD83D\uDE00 pair", "\0nul"};
        byte[] bytes = {0, -1, 127, -128};
        WireReader in = written(out -> {
            for (String s : strings) {
                out.writeString(s);
            }
            out.writeBytes(bytes);
            out.writeBytes(new byte[0]);
        });
        for (String s : strings) {
            assertEquals(s, in.readString());
        }
        assertArrayEquals(bytes, in.readBytes());
        assertArrayEquals(new byte[0], in.readBytes());
    }

    @Test
    void valuesRoundTrip() {
        UUID uuid = UUID.randomUUID();
        BigInteger big = BigInteger.TWO.pow(200).negate();
        BigDecimal decimal = new BigDecimal("-12345678901234567890.000000000000000001");
        Instant instant = Instant.MIN;
        Duration duration = Duration.ofSeconds(Long.MAX_VALUE, 999_999_999);
        Period period = Period.of(-1, 14, 400);
        LocalDate date = LocalDate.MAX;
        LocalTime time = LocalTime.of(23, 59, 59, 999_999_999);
        LocalDateTime dateTime = LocalDateTime.MIN;
        OffsetDateTime offset = OffsetDateTime.of(dateTime.plusYears(1), ZoneOffset.ofHours(-18));
        ZonedDateTime zoned = ZonedDateTime.of(2026, 3, 29, 2, 30, 0, 0, ZoneId.of("Europe/Paris"));
        ZonedDateTime overlap = ZonedDateTime.of(2026, 10, 25, 2, 30, 0, 0, ZoneId.of("Europe/Paris"))
                .withLaterOffsetAtOverlap();
        WireReader in = written(out -> {
            out.writeUuid(uuid);
            out.writeBigInteger(big);
            out.writeBigDecimal(decimal);
            out.writeInstant(instant);
            out.writeDuration(duration);
            out.writePeriod(period);
            out.writeLocalDate(date);
            out.writeLocalTime(time);
            out.writeLocalDateTime(dateTime);
            out.writeOffsetDateTime(offset);
            out.writeZonedDateTime(zoned);
            out.writeZonedDateTime(overlap);
        });
        assertEquals(uuid, in.readUuid());
        assertEquals(big, in.readBigInteger());
        assertEquals(decimal, in.readBigDecimal());
        assertEquals(instant, in.readInstant());
        assertEquals(duration, in.readDuration());
        assertEquals(period, in.readPeriod());
        assertEquals(date, in.readLocalDate());
        assertEquals(time, in.readLocalTime());
        assertEquals(dateTime, in.readLocalDateTime());
        assertEquals(offset, in.readOffsetDateTime());
        assertEquals(zoned, in.readZonedDateTime());
        assertEquals(overlap, in.readZonedDateTime());
        assertEquals(0, in.remaining());
    }

    @Test
    void presenceAndEnumIndexes() {
        WireReader in = written(out -> {
            assertTrue(out.present("x"));
            assertFalse(out.present(null));
            out.writeVarint(2);
        });
        assertTrue(in.present());
        assertFalse(in.present());
        assertEquals(2, in.readEnumIndex(3));
        assertThrows(WireFormatException.class, () -> written(out -> out.writeVarint(3))
                .readEnumIndex(3));
    }

    /** A body that a newer sender made longer is skipped to its end; an older one is shorter. */
    @Test
    void bodiesFrameComponents() {
        WireReader in = written(out -> {
            int outer = out.beginBody();
            out.writeInt(1);
            int inner = out.beginBody();
            out.writeString("inner");
            out.writeLong(99);
            out.endBody(inner);
            out.writeString("unknown to the reader");
            out.endBody(outer);
            out.writeInt(7);
        });
        int outer = in.beginBody();
        assertTrue(in.more(outer));
        assertEquals(1, in.readInt());
        int inner = in.beginBody();
        assertEquals("inner", in.readString());
        in.endBody(inner);
        assertTrue(in.more(outer));
        in.endBody(outer);
        assertEquals(7, in.readInt());

        WireReader empty = written(out -> out.endBody(out.beginBody()));
        int end = empty.beginBody();
        assertFalse(empty.more(end));
        empty.endBody(end);
    }

    @Test
    void readingPastABodysEndIsMalformed() {
        WireReader in = written(out -> {
            int body = out.beginBody();
            out.writeByte(1);
            out.endBody(body);
            out.writeString("next");
        });
        int end = in.beginBody();
        in.readString();
        assertThrows(WireFormatException.class, () -> in.endBody(end));
    }

    @Test
    void bodiesNestAtMostMaxDepth() {
        WireWriter out = new WireWriter();
        int[] marks = new int[WireReader.MAX_DEPTH];
        for (int i = 0; i < marks.length; i++) {
            marks[i] = out.beginBody();
        }
        assertThrows(IllegalArgumentException.class, out::beginBody);
        for (int i = marks.length - 1; i >= 0; i--) {
            out.endBody(marks[i]);
        }
        WireReader in = new WireReader(out.toByteArray());
        int[] ends = new int[marks.length];
        for (int i = 0; i < ends.length; i++) {
            ends[i] = in.beginBody();
        }
        for (int i = ends.length - 1; i >= 0; i--) {
            in.endBody(ends[i]);
        }
        assertEquals(0, in.remaining());

        // One deeper, written by hand: each body says it holds the rest of the frame.
        int depth = WireReader.MAX_DEPTH + 1;
        byte[] deep = new byte[4 * depth];
        for (int i = 0; i < depth; i++) {
            int length = 4 * (depth - i - 1);
            deep[4 * i + 2] = (byte) (length >>> 8);
            deep[4 * i + 3] = (byte) length;
        }
        WireReader tooDeep = new WireReader(deep);
        WireFormatException e = assertThrows(WireFormatException.class, () -> {
            for (int i = 0; i < depth; i++) {
                tooDeep.beginBody();
            }
        });
        assertTrue(e.getMessage().contains("nested more than " + WireReader.MAX_DEPTH), e.getMessage());
        out.reset();
        assertEquals(0, out.size());
        out.endBody(out.beginBody());
    }

    @Test
    void badInputIsAWireFormatException() {
        assertThrows(WireFormatException.class, () -> new WireReader(new byte[0]).readByte());
        assertThrows(WireFormatException.class, () -> new WireReader(new byte[] {2}).readBoolean());
        assertThrows(WireFormatException.class, () -> new WireReader(new byte[3]).readFixedInt());
        byte[] endless = new byte[12];
        Arrays.fill(endless, (byte) 0x80);
        assertThrows(WireFormatException.class, () -> new WireReader(endless).readVarint());
        assertThrows(WireFormatException.class, () -> new WireReader(endless).readLong());
        // A size larger than what is left: never allocated.
        assertThrows(WireFormatException.class,
                () -> written(out -> out.writeSize(Integer.MAX_VALUE)).readSize());
        assertThrows(WireFormatException.class,
                () -> written(out -> out.writeSize(1_000_000)).readBytes());
        assertThrows(WireFormatException.class,
                () -> written(out -> out.writeVarint(10)).readString());
        assertThrows(WireFormatException.class,
                () -> written(out -> out.writeInt(70_000)).readShort());
        assertThrows(WireFormatException.class,
                () -> written(out -> out.writeVarint(-1)).readChar());
        assertThrows(WireFormatException.class,
                () -> written(out -> out.writeBytes(new byte[0])).readBigInteger());
        assertThrows(WireFormatException.class, () -> written(out -> {
            out.writeLong(Long.MAX_VALUE);
            out.writeInt(0);
        }).readInstant());
        assertThrows(WireFormatException.class, () -> written(out -> {
            out.writeLong(Long.MAX_VALUE);
            out.writeInt(Integer.MAX_VALUE);
        }).readDuration());
        assertThrows(WireFormatException.class,
                () -> written(out -> out.writeLong(Long.MAX_VALUE)).readLocalDate());
        assertThrows(WireFormatException.class,
                () -> written(out -> out.writeLong(-1)).readLocalTime());
        assertThrows(WireFormatException.class, () -> written(out -> {
            out.writeLocalDateTime(LocalDateTime.MIN);
            out.writeInt(100_000);
        }).readOffsetDateTime());
        assertThrows(WireFormatException.class, () -> written(out -> {
            out.writeLocalDateTime(LocalDateTime.MIN);
            out.writeInt(0);
            out.writeString("Not/AZone");
        }).readZonedDateTime());
        assertThrows(WireFormatException.class,
                () -> written(out -> out.writeFixedInt(-1)).beginBody());
    }

    @Test
    void unknownTagsAndRefusedValuesNameTheType() {
        WireReader in = written(out -> out.writeTag(WireSchema.tagOf("Msg.Gone")));
        int tag = in.readTag();
        WireFormatException unknown = in.unknownTag(tag, "Msg");
        assertTrue(unknown.getMessage().contains("for Msg at offset 0"), unknown.getMessage());
        IllegalArgumentException cause = new IllegalArgumentException("negative");
        WireFormatException refused = in.invalid("Msg.Add", cause);
        assertSame(cause, refused.getCause());
        assertTrue(refused.getMessage().contains("malformed Msg.Add"), refused.getMessage());
    }

    @Test
    void referencesNeedANode() {
        assertThrows(IllegalStateException.class, () -> new WireWriter().writeRef(null));
        assertThrows(WireFormatException.class,
                () -> new WireReader(new byte[1]).readRef(null));
    }

    @Test
    void theWriterGrowsAndResets() {
        WireWriter out = new WireWriter(RefCodec.NONE, 1);
        byte[] big = new byte[10_000];
        Arrays.fill(big, (byte) 7);
        out.writeBytes(big);
        assertEquals(10_002, out.size());
        assertTrue(out.buffer().length >= out.size());
        out.reset();
        assertEquals(0, out.size());
        out.writeString("again");
        assertEquals("again", new WireReader(out.toByteArray()).readString());
    }
}
