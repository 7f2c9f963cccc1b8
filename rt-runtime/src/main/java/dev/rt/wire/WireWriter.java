package dev.rt.wire;

import dev.rt.ActorRef;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Objects;
import java.util.UUID;

/**
 * A growing byte buffer that generated codecs write messages into. Integers are written as
 * zig-zag varints, floating point numbers as their IEEE bits, strings as a length and UTF-8;
 * a value that may be null is preceded by a {@link #present} byte.
 *
 * <p>Threading: one thread at a time; a writer is not shared. {@link #reset()} makes it reusable.
 */
public final class WireWriter {

    private final RefCodec refs;
    private byte[] buf;
    private int pos;
    private int depth;

    /** A writer that cannot write references ({@link RefCodec#NONE}). */
    public WireWriter() {
        this(RefCodec.NONE, 64);
    }

    /**
     * @param refs how references are written
     * @param capacity the initial size of the buffer
     */
    public WireWriter(RefCodec refs, int capacity) {
        this.refs = Objects.requireNonNull(refs, "refs");
        this.buf = new byte[Math.max(16, capacity)];
    }

    /** {@return the bytes written so far} */
    public int size() {
        return pos;
    }

    /** Forgets what was written, keeping the buffer. */
    public void reset() {
        pos = 0;
        depth = 0;
    }

    /** {@return a copy of the bytes written} */
    public byte[] toByteArray() {
        return Arrays.copyOf(buf, pos);
    }

    /**
     * {@return the buffer itself, valid up to {@link #size()} until the next write}
     */
    public byte[] buffer() {
        return buf;
    }

    private void ensure(int n) {
        if (pos + n > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, pos + n));
        }
    }

    /**
     * Writes whether a value that may be null is there; the value follows when it is.
     *
     * @param value the value
     * @return whether it is not null, so that the caller writes it
     */
    public boolean present(Object value) {
        writeBoolean(value != null);
        return value != null;
    }

    /** @param v a byte */
    public void writeByte(int v) {
        ensure(1);
        buf[pos++] = (byte) v;
    }

    /** @param v a boolean, as one byte */
    public void writeBoolean(boolean v) {
        writeByte(v ? 1 : 0);
    }

    /** @param v a short, as a varint */
    public void writeShort(short v) {
        writeInt(v);
    }

    /** @param v a char, as a varint */
    public void writeChar(char v) {
        writeVarint(v);
    }

    /** @param v an int, as a zig-zag varint */
    public void writeInt(int v) {
        writeVarint((v << 1) ^ (v >> 31));
    }

    /** @param v a long, as a zig-zag varint */
    public void writeLong(long v) {
        writeVarlong((v << 1) ^ (v >> 63));
    }

    /** @param v a float, as its four bytes */
    public void writeFloat(float v) {
        writeFixedInt(Float.floatToRawIntBits(v));
    }

    /** @param v a double, as its eight bytes */
    public void writeDouble(double v) {
        long bits = Double.doubleToRawLongBits(v);
        writeFixedInt((int) (bits >>> 32));
        writeFixedInt((int) bits);
    }

    /** @param v an int, as four bytes, big-endian */
    public void writeFixedInt(int v) {
        ensure(4);
        buf[pos] = (byte) (v >>> 24);
        buf[pos + 1] = (byte) (v >>> 16);
        buf[pos + 2] = (byte) (v >>> 8);
        buf[pos + 3] = (byte) v;
        pos += 4;
    }

    /** @param v a non-negative int, as a varint */
    public void writeVarint(int v) {
        ensure(5);
        while ((v & ~0x7F) != 0) {
            buf[pos++] = (byte) ((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        buf[pos++] = (byte) v;
    }

    private void writeVarlong(long v) {
        ensure(10);
        while ((v & ~0x7FL) != 0) {
            buf[pos++] = (byte) ((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        buf[pos++] = (byte) v;
    }

    /**
     * Writes the size of a collection, a map or an array that follows.
     *
     * @param size its size
     */
    public void writeSize(int size) {
        writeVarint(size);
    }

    /** @param v a string, not null, as its UTF-8 length and bytes */
    public void writeString(String v) {
        int n = v.length();
        boolean ascii = true;
        for (int i = 0; i < n; i++) {
            if (v.charAt(i) >= 0x80) {
                ascii = false;
                break;
            }
        }
        if (ascii) {
            writeVarint(n);
            ensure(n);
            for (int i = 0; i < n; i++) {
                buf[pos++] = (byte) v.charAt(i);
            }
        } else {
            writeBytes(v.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** @param v bytes, not null, as their length and themselves */
    public void writeBytes(byte[] v) {
        writeVarint(v.length);
        writeRaw(v, 0, v.length);
    }

    /**
     * Copies bytes as they are, with no length.
     *
     * @param v the bytes
     * @param offset where they start
     * @param length how many
     */
    public void writeRaw(byte[] v, int offset, int length) {
        ensure(length);
        System.arraycopy(v, offset, buf, pos, length);
        pos += length;
    }

    /** @param v a UUID, not null */
    public void writeUuid(UUID v) {
        writeLong(v.getMostSignificantBits());
        writeLong(v.getLeastSignificantBits());
    }

    /** @param v a big integer, not null, as its two's-complement bytes */
    public void writeBigInteger(BigInteger v) {
        writeBytes(v.toByteArray());
    }

    /** @param v a big decimal, not null, as its scale and unscaled value */
    public void writeBigDecimal(BigDecimal v) {
        writeInt(v.scale());
        writeBigInteger(v.unscaledValue());
    }

    /** @param v an instant, not null */
    public void writeInstant(Instant v) {
        writeLong(v.getEpochSecond());
        writeInt(v.getNano());
    }

    /** @param v a duration, not null */
    public void writeDuration(Duration v) {
        writeLong(v.getSeconds());
        writeInt(v.getNano());
    }

    /** @param v a period, not null */
    public void writePeriod(Period v) {
        writeInt(v.getYears());
        writeInt(v.getMonths());
        writeInt(v.getDays());
    }

    /** @param v a date, not null */
    public void writeLocalDate(LocalDate v) {
        writeLong(v.toEpochDay());
    }

    /** @param v a time, not null */
    public void writeLocalTime(LocalTime v) {
        writeLong(v.toNanoOfDay());
    }

    /** @param v a date-time, not null */
    public void writeLocalDateTime(LocalDateTime v) {
        writeLocalDate(v.toLocalDate());
        writeLocalTime(v.toLocalTime());
    }

    /** @param v a date-time with an offset, not null */
    public void writeOffsetDateTime(OffsetDateTime v) {
        writeLocalDateTime(v.toLocalDateTime());
        writeInt(v.getOffset().getTotalSeconds());
    }

    /** @param v a date-time in a zone, not null */
    public void writeZonedDateTime(ZonedDateTime v) {
        writeLocalDateTime(v.toLocalDateTime());
        writeInt(v.getOffset().getTotalSeconds());
        writeString(v.getZone().getId());
    }

    /**
     * Writes a reference, through the node's {@link RefCodec}.
     *
     * @param ref the reference, not null
     */
    public void writeRef(ActorRef<?> ref) {
        refs.writeRef(ref, this);
    }

    /**
     * Writes a record's tag ({@link WireSchema#tagOf}).
     *
     * @param tag the tag
     */
    public void writeTag(int tag) {
        writeFixedInt(tag);
    }

    /**
     * Starts a body whose length is written in front of it: four bytes, filled by {@link
     * #endBody}.
     *
     * @return the mark to give {@link #endBody}
     * @throws IllegalArgumentException if bodies would nest more than {@link
     *     WireReader#MAX_DEPTH} deep, which no reader accepts
     */
    public int beginBody() {
        if (depth == WireReader.MAX_DEPTH) {
            throw new IllegalArgumentException("the message nests records more than "
                    + WireReader.MAX_DEPTH + " deep, which no node reads: flatten it");
        }
        depth++;
        ensure(4);
        int mark = pos;
        pos += 4;
        return mark;
    }

    /**
     * Ends a body that {@link #beginBody} started, writing its length.
     *
     * @param mark what {@link #beginBody} returned
     */
    public void endBody(int mark) {
        depth--;
        int length = pos - mark - 4;
        buf[mark] = (byte) (length >>> 24);
        buf[mark + 1] = (byte) (length >>> 16);
        buf[mark + 2] = (byte) (length >>> 8);
        buf[mark + 3] = (byte) length;
    }
}
