package dev.rt.cluster;

/**
 * The member hosting an actor left the cluster (it stopped, crashed, froze or became
 * unreachable) or was gone already: the cause in {@link dev.rt.Terminated} for a watched remote
 * actor, and the failure of an ask that was waiting for it.
 */
public final class NodeDownException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Member member;

    /**
     * @param member the member that left
     * @param what what could not be done, such as {@code the ask Get to /user/counter}
     */
    public NodeDownException(Member member, String what) {
        super("member " + member + " has left the cluster: " + what + " cannot complete");
        this.member = member;
    }

    /** {@return the member that left} */
    public Member member() {
        return member;
    }
}
