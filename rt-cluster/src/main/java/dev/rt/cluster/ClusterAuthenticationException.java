package dev.rt.cluster;

/**
 * A node could not join a cluster because the two sides do not share the cluster secret
 * ({@link ClusterConfig.Builder#secret}): this node has none and the cluster has one, this node
 * has another one, or this node has one and the cluster has none. The message names the cause;
 * the fix is the same cluster secret on every member. The cluster reports the attempt as
 * {@link dev.rt.MonitorEvent.MemberRejected}.
 */
public final class ClusterAuthenticationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message the node, the cluster and the cause
     * @param cause JGroups' report, if any
     */
    public ClusterAuthenticationException(String message, Throwable cause) {
        super(message, cause);
    }
}
