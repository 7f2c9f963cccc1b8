package dev.rt.cluster;

/**
 * A remote actor failed: the handler of a remote ask threw, or a watched remote actor stopped
 * with a failure. It carries the remote exception's class name and message, never the remote
 * exception itself: exceptions do not travel, so nothing is rebuilt from the wire by
 * reflection.
 */
public final class RemoteFailureException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String remoteClass;
    private final String remoteMessage;

    /**
     * @param remoteClass the remote exception's class name
     * @param remoteMessage its message, or null
     * @param where the remote actor's path and member
     */
    public RemoteFailureException(String remoteClass, String remoteMessage, String where) {
        super(remoteClass + (remoteMessage == null ? "" : ": " + remoteMessage) + " (at "
                + where + ")");
        this.remoteClass = remoteClass;
        this.remoteMessage = remoteMessage;
    }

    /** {@return the remote exception's class name, such as {@code java.lang.IllegalStateException}} */
    public String remoteClass() {
        return remoteClass;
    }

    /** {@return the remote exception's message, or null} */
    public String remoteMessage() {
        return remoteMessage;
    }
}
