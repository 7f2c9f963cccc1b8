package dev.rt.cluster;

/**
 * A message for a remote actor encodes to more bytes than the cluster's frame limit ({@link
 * ClusterConfig#maxFrameBytes()}, 1 MiB by default): it is refused at the sender, before anything
 * is sent. Send less per message, or raise the limit on every node.
 */
public final class MessageTooLargeException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /**
     * @param messageType the message's type
     * @param bytes its encoded size
     * @param limit the frame limit
     */
    public MessageTooLargeException(String messageType, int bytes, int limit) {
        super(messageType + " encodes to " + bytes + " bytes, over the cluster's frame limit of "
                + limit + " bytes: send less per message, or raise ClusterConfig.maxFrameBytes on"
                + " every node");
    }
}
