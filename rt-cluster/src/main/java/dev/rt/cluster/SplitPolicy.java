package dev.rt.cluster;

/**
 * What a node does when it sees fewer than a majority of its configured cluster size (see
 * {@link ClusterConfig.Builder#quorum}), such as on the minority side of a network split. In
 * every case the node emits {@link dev.rt.MonitorEvent.QuorumLost} when it loses the majority
 * and {@link dev.rt.MonitorEvent.QuorumRegained} when it has one again.
 */
public enum SplitPolicy {
    /**
     * The default: stop the node's cluster actors (those it {@linkplain ClusterNode#publish
     * published}, and those in the cluster registry) once, when the quorum is lost; while
     * without quorum, remote tells become dead letters and remote asks and lookups fail with
     * {@link QuorumLostException}. Nothing restarts by itself when the quorum returns.
     */
    STOP_CLUSTER_ACTORS,
    /** Only report: actors keep running and remote sends go on (both sides of a split act). */
    KEEP_RUNNING,
    /** Close the node's {@link dev.rt.ActorSystem} (and so leave the cluster). */
    SHUTDOWN_SYSTEM
}
