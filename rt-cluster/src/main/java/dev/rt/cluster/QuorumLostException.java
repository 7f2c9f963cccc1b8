package dev.rt.cluster;

/**
 * This node sees fewer than a majority of its configured cluster size ({@link
 * ClusterConfig.Builder#quorum}), and its split policy is {@link
 * SplitPolicy#STOP_CLUSTER_ACTORS}: it refuses remote asks and lookups until a majority is back
 * ({@link dev.rt.MonitorEvent.QuorumRegained}). The failure of such an ask or lookup; a tell
 * becomes a dead letter with the same reason.
 */
public final class QuorumLostException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int seen;
    private final int needed;

    /**
     * @param what what could not be done, such as {@code the ask Get to /user/counter}
     * @param seen how many members this node sees, itself included
     * @param needed how many a quorum takes
     */
    public QuorumLostException(String what, int seen, int needed) {
        super(what + " was refused: this node sees " + seen + " member(s) of the " + needed
                + " that a quorum takes (the minority side of a split?); remote sends resume when"
                + " a majority is back");
        this.seen = seen;
        this.needed = needed;
    }

    /** {@return how many members the node saw, itself included} */
    public int seen() {
        return seen;
    }

    /** {@return how many members a quorum takes} */
    public int needed() {
        return needed;
    }
}
