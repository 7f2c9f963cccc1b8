package dev.rt.cluster;

/**
 * A node refused to join, or was refused by, a cluster whose members speak a wire protocol that
 * this node would misread (or that would misread this node's): the message names the member,
 * the protocol and each difference. Recompile the older side, or change the protocol only in
 * the ways that docs/distribution.md lists as compatible (appended components and types).
 */
public final class IncompatibleProtocolException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message the member, the protocol and the differences
     */
    public IncompatibleProtocolException(String message) {
        super(message);
    }
}
