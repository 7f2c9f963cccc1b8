package dev.rt.wire;

import dev.rt.ActorRef;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
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
import java.util.Objects;
import java.util.UUID;

/**
 * Reads what a {@link WireWriter} wrote, checking every length against the bytes that are left:
 * bad input (truncated, malformed, a length larger than the frame) is a {@link
 * WireFormatException}, never an {@code IndexOutOfBoundsException} or a large allocation. A
 * collection's size is bounded by the bytes left, since every element takes at least one, and
 * records nest at most {@link #MAX_DEPTH} deep, so that a frame of a recursive type cannot
 * overflow the stack.
 *
 * <p>Threading: one thread at a time.
 */
public final class WireReader {

    /**
     * How deep record bodies may nest ({@link #beginBody}): deeper frames are malformed. A
     * recursive type, such as a tree of records, can only be that deep; {@link WireWriter}
     * refuses to write a deeper one.
     */
    public static final int MAX_DEPTH = 512;

    private final byte[] buf;
    private final int limit;
    private final RefCodec refs;
    private int pos;
    private int depth;

    /**
     * @param buf the bytes
     * @param offset where the message starts
     * @param length how many bytes it may use
     * @param refs how references are read
     */
    public WireReader(byte[] buf, int offset, int length, RefCodec refs) {
        Objects.checkFromIndexSize(offset, length, buf.length);
        this.buf = buf;
        this.pos = offset;
        this.limit = offset + length;
        this.refs = Objects.requireNonNull(refs, "refs");
    }

    /**
     * A reader of a whole array that cannot read references.
     *
     * @param buf the bytes
     */
    public WireReader(byte[] buf) {
        this(buf, 0, buf.length, RefCodec.NONE);
    }

    /** {@return where the next read starts} */
    public int position() {
        return pos;
    }

    /** {@return how many bytes are left} */
    public int remaining() {
        return limit - pos;
    }

    private void need(int n) {
        if (n < 0 || n > limit - pos) {
            throw new WireFormatException("truncated frame: " + n + " bytes needed at offset "
                    + pos + ", " + (limit - pos) + " left");
        }
    }

    /** {@return whether a value that may be null is there (see {@link WireWriter#present})} */
    public boolean present() {
        return readBoolean();
    }

    /** {@return a byte} */
    public byte readByte() {
        need(1);
        return buf[pos++];
    }

    /** {@return a boolean} */
    public boolean readBoolean() {
        int b = readByte();
        if (b != 0 && b != 1) {
            throw new WireFormatException("malformed boolean " + b + " at offset " + (pos - 1));
        }
        return b == 1;
    }

    /** {@return a short} */
    public short readShort() {
        int v = readInt();
        if (v != (short) v) {
            throw new WireFormatException("short out of range: " + v);
        }
        return (short) v;
    }

    /** {@return a char} */
    public char readChar() {
        int v = readVarint();
        if (v != (char) v) {
            throw new WireFormatException("char out of range: " + v);
        }
        return (char) v;
    }

    /** {@return an int} */
    public int readInt() {
        int v = readVarint();
        return (v >>> 1) ^ -(v & 1);
    }

    /** {@return a long} */
    public long readLong() {
        long v = readVarlong();
        return (v >>> 1) ^ -(v & 1);
    }

    /** {@return a float} */
    public float readFloat() {
        return Float.intBitsToFloat(readFixedInt());
    }

    /** {@return a double} */
    public double readDouble() {
        long high = readFixedInt() & 0xFFFFFFFFL;
        long low = readFixedInt() & 0xFFFFFFFFL;
        return Double.longBitsToDouble(high << 32 | low);
    }

    /** {@return four bytes, big-endian} */
    public int readFixedInt() {
        need(4);
        int v = (buf[pos] & 0xFF) << 24 | (buf[pos + 1] & 0xFF) << 16
                | (buf[pos + 2] & 0xFF) << 8 | buf[pos + 3] & 0xFF;
        pos += 4;
        return v;
    }

    /** {@return a varint, as {@link WireWriter#writeVarint} wrote it} */
    public int readVarint() {
        int v = 0;
        for (int shift = 0; shift < 35; shift += 7) {
            byte b = readByte();
            v |= (b & 0x7F) << shift;
            if (b >= 0) {
                return v;
            }
        }
        throw new WireFormatException("malformed varint ending at offset " + pos);
    }

    private long readVarlong() {
        long v = 0;
        for (int shift = 0; shift < 70; shift += 7) {
            byte b = readByte();
            v |= (long) (b & 0x7F) << shift;
            if (b >= 0) {
                return v;
            }
        }
        throw new WireFormatException("malformed varint ending at offset " + pos);
    }

    /**
     * Reads the size of a collection, a map or an array.
     *
     * @return the size, at most the bytes left
     */
    public int readSize() {
        int size = readVarint();
        if (size < 0 || size > limit - pos) {
            throw new WireFormatException("size " + size + " at offset " + pos
                    + " exceeds the " + (limit - pos) + " bytes left");
        }
        return size;
    }

    /**
     * Reads the index of an enum's constant.
     *
     * @param count how many constants this node knows
     * @return the index, below {@code count}
     */
    public int readEnumIndex(int count) {
        int index = readVarint();
        if (index < 0 || index >= count) {
            throw new WireFormatException("unknown enum constant #" + index + " (this node knows "
                    + count + "): a newer sender?");
        }
        return index;
    }

    /** {@return a string} */
    public String readString() {
        int n = readSize();
        int end = pos + n;
        for (int i = pos; i < end; i++) {
            if (buf[i] < 0) {
                String s = new String(buf, pos, n, StandardCharsets.UTF_8);
                pos = end;
                return s;
            }
        }
        String s = new String(buf, pos, n, StandardCharsets.ISO_8859_1);
        pos = end;
        return s;
    }

    /** {@return bytes} */
    public byte[] readBytes() {
        int n = readSize();
        byte[] v = new byte[n];
        System.arraycopy(buf, pos, v, 0, n);
        pos += n;
        return v;
    }

    /** {@return a UUID} */
    public UUID readUuid() {
        return new UUID(readLong(), readLong());
    }

    /** {@return a big integer} */
    public BigInteger readBigInteger() {
        byte[] bytes = readBytes();
        if (bytes.length == 0) {
            throw new WireFormatException("malformed big integer: no bytes");
        }
        return new BigInteger(bytes);
    }

    /** {@return a big decimal} */
    public BigDecimal readBigDecimal() {
        int scale = readInt();
        return new BigDecimal(readBigInteger(), scale);
    }

    /** {@return an instant} */
    public Instant readInstant() {
        long seconds = readLong();
        int nanos = readInt();
        try {
            return Instant.ofEpochSecond(seconds, nanos);
        } catch (DateTimeException | ArithmeticException e) {
            throw new WireFormatException("malformed instant: " + e.getMessage());
        }
    }

    /** {@return a duration} */
    public Duration readDuration() {
        long seconds = readLong();
        int nanos = readInt();
        try {
            return Duration.ofSeconds(seconds, nanos);
        } catch (ArithmeticException e) {
            throw new WireFormatException("malformed duration: " + e.getMessage());
        }
    }

    /** {@return a period} */
    public Period readPeriod() {
        return Period.of(readInt(), readInt(), readInt());
    }

    /** {@return a date} */
    public LocalDate readLocalDate() {
        long day = readLong();
        try {
            return LocalDate.ofEpochDay(day);
        } catch (DateTimeException e) {
            throw new WireFormatException("malformed date: " + e.getMessage());
        }
    }

    /** {@return a time} */
    public LocalTime readLocalTime() {
        long nanos = readLong();
        try {
            return LocalTime.ofNanoOfDay(nanos);
        } catch (DateTimeException e) {
            throw new WireFormatException("malformed time: " + e.getMessage());
        }
    }

    /** {@return a date-time} */
    public LocalDateTime readLocalDateTime() {
        return LocalDateTime.of(readLocalDate(), readLocalTime());
    }

    /** {@return a date-time with an offset} */
    public OffsetDateTime readOffsetDateTime() {
        LocalDateTime local = readLocalDateTime();
        return OffsetDateTime.of(local, offset(readInt()));
    }

    /** {@return a date-time in a zone} */
    public ZonedDateTime readZonedDateTime() {
        LocalDateTime local = readLocalDateTime();
        ZoneOffset offset = offset(readInt());
        String zone = readString();
        try {
            return ZonedDateTime.ofLocal(local, ZoneId.of(zone), offset);
        } catch (DateTimeException e) {
            throw new WireFormatException("malformed zone " + zone + ": " + e.getMessage());
        }
    }

    private static ZoneOffset offset(int seconds) {
        try {
            return ZoneOffset.ofTotalSeconds(seconds);
        } catch (DateTimeException e) {
            throw new WireFormatException("malformed zone offset: " + e.getMessage());
        }
    }

    /**
     * Reads a reference, through the node's {@link RefCodec}.
     *
     * @param codec the codec of the referenced actor's protocol
     * @param <M> the protocol
     * @return the reference
     */
    public <M> ActorRef<M> readRef(WireCodec<M> codec) {
        return refs.readRef(this, codec);
    }

    /** {@return a record's tag} */
    public int readTag() {
        return readFixedInt();
    }

    /**
     * Starts reading a body that {@link WireWriter#beginBody} framed.
     *
     * @return where the body ends, for {@link #more} and {@link #endBody}
     * @throws WireFormatException if the body is longer than the bytes left, or nested more than
     *     {@link #MAX_DEPTH} deep
     */
    public int beginBody() {
        int length = readFixedInt();
        need(length);
        if (depth == MAX_DEPTH) {
            throw new WireFormatException("record bodies nested more than " + MAX_DEPTH
                    + " deep at offset " + (pos - 4));
        }
        depth++;
        return pos + length;
    }

    /**
     * {@return whether the body has more components: false for the ones an older sender did not
     * have}
     *
     * @param end what {@link #beginBody} returned
     */
    public boolean more(int end) {
        return pos < end;
    }

    /**
     * Ends a body: skips the components a newer sender added.
     *
     * @param end what {@link #beginBody} returned
     */
    public void endBody(int end) {
        if (pos > end) {
            throw new WireFormatException("malformed body: read past its end at offset " + end);
        }
        pos = end;
        depth--;
    }

    /**
     * Fails on values that their type refuses: a record whose constructor threw on the values
     * read, such as a component that an older sender did not have and whose default the record
     * does not accept.
     *
     * @param type the wire name of the type being read
     * @param cause what the constructor threw
     * @return the exception to throw, with {@code cause} as its cause
     */
    public WireFormatException invalid(String type, RuntimeException cause) {
        return new WireFormatException("malformed " + type + " ending at offset " + pos
                + ": its constructor refused the values read (" + cause + ")", cause);
    }

    /**
     * Fails on a tag this node does not know.
     *
     * @param tag the tag
     * @param where the protocol or sealed type being read
     * @return never
     */
    public WireFormatException unknownTag(int tag, String where) {
        return new WireFormatException(String.format("unknown tag 0x%08x for %s at offset %d:"
                + " a message type this node does not know (a newer sender?)", tag, where,
                pos - 4));
    }
}
