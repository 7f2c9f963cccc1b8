package dev.rt.wire;

/**
 * The codec of one protocol: writes and reads its messages and the replies of its requests, in
 * RT's binary format. The processor generates one, {@code <Protocol>Codec} with an {@code
 * INSTANCE}, for each sealed protocol annotated {@code @WireProtocol}: plain code over the
 * records, with no reflection.
 *
 * <p>Format: a message is its record's tag (four bytes, from {@link WireSchema#tagOf}) and a
 * length-prefixed body holding its components in declaration order. A reader skips trailing
 * components it does not know (a newer sender) and gives defaults for the ones missing (an older
 * sender): zero, false, null, or an empty collection or {@code Optional}. Decoding throws {@link
 * WireFormatException} for every bad input, and nothing else.
 *
 * <p>Threading: implementations are stateless; any thread may call any method.
 *
 * @param <M> the protocol
 */
public interface WireCodec<M> {

    /** {@return the protocol's sealed interface} */
    Class<M> protocol();

    /** {@return the protocol's schema: what its nodes compare when they meet} */
    WireSchema schema();

    /**
     * Writes a message.
     *
     * @param message the message
     * @param out where to write it
     * @throws IllegalStateException if it holds a reference and {@code out} has no node's
     *     {@link RefCodec}
     * @throws IllegalArgumentException if its records nest deeper than {@link
     *     WireReader#MAX_DEPTH}
     */
    void encode(M message, WireWriter out);

    /**
     * Reads a message.
     *
     * @param in the bytes
     * @return the message
     * @throws WireFormatException if the bytes are truncated, malformed or of an unknown tag
     */
    M decode(WireReader in);

    /**
     * Writes the reply of a request of this protocol.
     *
     * @param request the request that was answered
     * @param reply its reply
     * @param out where to write it
     * @throws IllegalArgumentException if {@code request} is not a request
     */
    void encodeReply(M request, Object reply, WireWriter out);

    /**
     * Reads the reply of a request of this protocol.
     *
     * @param request the request that was asked
     * @param in the bytes
     * @return the reply
     * @throws WireFormatException if the bytes are truncated or malformed
     */
    Object decodeReply(M request, WireReader in);
}
