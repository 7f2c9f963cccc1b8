package dev.rt.wire;

/**
 * A frame that cannot be read: truncated, malformed, too large, or naming a type this node does
 * not know. Every decoder throws this and nothing else for bad input, so that a receiving node
 * drops the frame and reports it instead of failing.
 */
public final class WireFormatException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message what is wrong, with the offset where it was found
     */
    public WireFormatException(String message) {
        super(message);
    }

    /**
     * @param message what is wrong, with the offset where it was found
     * @param cause what the frame's values made fail, such as a record's constructor that rejected
     *     them
     */
    public WireFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
