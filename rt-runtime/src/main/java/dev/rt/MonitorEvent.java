package dev.rt;

/**
 * Something that happened in an {@link ActorSystem}, reported to its {@link Monitor}. Every event
 * names the path of the actor it concerns; the events of a cluster node name a member of the
 * cluster as {@code /cluster/<member>}.
 */
public sealed interface MonitorEvent {

    /** {@return the path of the actor the event concerns} */
    String path();

    /**
     * An actor was created and its {@link Actor#preStart} returned.
     *
     * @param path the actor's path
     * @param behavior the simple name of the behavior class
     */
    record ActorStarted(String path, String behavior) implements MonitorEvent {}

    /**
     * A handler or a hook threw. The message it was handling is not retried.
     *
     * @param path the actor's path
     * @param messageType the simple name of the message's type, or the hook's name
     * @param cause what was thrown
     */
    record ActorFailed(String path, String messageType, Throwable cause) implements MonitorEvent {}

    /**
     * An actor terminated: its children have stopped and {@link Actor#postStop} has run.
     *
     * @param path the actor's path
     * @param failed whether it terminated because it failed
     */
    record ActorStopped(String path, boolean failed) implements MonitorEvent {}

    /**
     * A supervisor restarted an actor: a fresh instance from its factory, the mailbox kept.
     *
     * @param path the actor's path
     * @param restarts how many times the supervisor has restarted it
     * @param cause the failure that led to the restart, or null after a normal exit or when a
     *     sibling's failure took it down
     */
    record ActorRestarted(String path, int restarts, Throwable cause) implements MonitorEvent {}

    /**
     * A supervisor will restart an actor after a delay; messages queue meanwhile.
     *
     * @param path the actor's path
     * @param delayMillis the delay
     */
    record BackoffScheduled(String path, long delayMillis) implements MonitorEvent {}

    /**
     * A supervisor gave up and failed to its own parent: too many restarts, a child that could
     * not start, or a decider that escalated.
     *
     * @param path the supervisor's path
     * @param cause why
     */
    record SupervisorEscalated(String path, Throwable cause) implements MonitorEvent {}

    /**
     * An actor did not stop within its shutdown timeout and was abandoned: its thread was
     * interrupted and its supervisor went on without it; or it was still live when {@link
     * ActorSystem#close(java.time.Duration)} gave up waiting, one event per such actor at any
     * depth of the tree (a child its supervisor had abandoned is reported again). The actor
     * terminates once its handler returns.
     *
     * @param path the actor's path
     * @param timeoutMillis the shutdown timeout: the child's, or the system's close timeout
     */
    record ActorAbandoned(String path, long timeoutMillis) implements MonitorEvent {}

    /**
     * The system is closing because a failure reached the root of the tree.
     *
     * @param path the path of the top-level supervisor that failed
     * @param cause why
     */
    record SystemFailed(String path, Throwable cause) implements MonitorEvent {}

    /**
     * A supervised child declined to start by throwing a {@link
     * dev.rt.supervision.StartIgnoredException} (OTP's {@code ignore}): its supervisor keeps its
     * spec with no running child. Not a failure.
     *
     * @param path the child's path
     * @param reason the reason it gave
     */
    record StartIgnored(String path, String reason) implements MonitorEvent {}

    /**
     * A supervised child failed its {@link dev.rt.supervision.HealthCheck}: it did not answer a
     * probe in time, or its health request failed or answered {@code false}. Its supervisor then
     * treats it as failed with a {@link dev.rt.supervision.HealthCheckFailedException}.
     *
     * @param path the child's path
     * @param reason what the check found
     */
    record HealthCheckFailed(String path, String reason) implements MonitorEvent {}

    /**
     * A bounded mailbox did not keep a message: it was full, and its overflow policy rejected
     * the message, dropped it, dropped it as the oldest, or the sender's wait for room ran out.
     *
     * @param path the actor's path
     * @param message the message that was not kept
     * @param policy the mailbox's overflow policy
     * @param capacity the mailbox's capacity
     */
    record MessageDropped(String path, Object message, dev.rt.annotation.Overflow policy,
            int capacity) implements MonitorEvent {}

    /**
     * A message sent with {@link ActorRef#tellWithin} was still queued past its deadline, and
     * was dropped instead of handled.
     *
     * @param path the actor's path
     * @param message the message
     */
    record MessageExpired(String path, Object message) implements MonitorEvent {}

    /**
     * An actor that is not declared blocking has held a carrier thread of the system's pool in
     * one turn for longer than the configured threshold: it blocks, and starves the actors that
     * share the pool. Reported once per such turn.
     *
     * @param path the actor's path
     * @param blockedMillis how long it had been in that turn when it was seen
     * @param thread the carrier thread's name
     */
    record ActorBlocked(String path, long blockedMillis, String thread) implements MonitorEvent {}

    /**
     * A message could not be delivered: its recipient had stopped, or stopped first.
     *
     * @param path the recipient's path
     * @param message the message
     * @param reason why it was not delivered
     */
    record DeadLetter(String path, Object message, String reason) implements MonitorEvent {}

    /**
     * A cluster node (module {@code rt-cluster}) dropped a frame, or one message of a frame, from
     * another node because it could not read it: truncated, malformed, too large, or of a type
     * or protocol this node does not know. The messages it held are also counted as dead
     * letters, each with the same reason, when they can be told apart.
     *
     * @param path the sending member, as {@code /cluster/<member>}
     * @param reason what was wrong, such as {@code unknown tag 0x1a2b3c4d for CounterMsg}
     */
    record FrameDropped(String path, String reason) implements MonitorEvent {}

    /**
     * A cluster node refused a member whose protocols cannot talk to its own: for each wire
     * protocol both have, a difference that would make one misread the other. Nothing is sent
     * to or accepted from that member.
     *
     * @param path the refused member, as {@code /cluster/<member>}
     * @param reason the protocol and the differences
     */
    record MemberRefused(String path, String reason) implements MonitorEvent {}

    /**
     * A cluster node (module {@code rt-cluster}) lost a cluster-wide registration of one of its
     * actors: after a network split healed, another member had registered the same name, and
     * the name's owner kept that member's registration by the cluster registry's rule (the
     * lower member incarnation wins). The actor keeps running; lookups of the name from any
     * member now find the winner, and this node no longer re-registers the name.
     *
     * @param path the local actor whose registration was lost
     * @param name the name
     * @param winner the actor that holds the name now, as {@code /cluster/<member>/user/...}
     */
    record RegistrationLost(String path, String name, String winner) implements MonitorEvent {}

    /**
     * A member joined this node's view of the cluster and passed the protocol handshake: its
     * actors can be reached.
     *
     * @param path the member, as {@code /cluster/<member>}
     * @param incarnation which start of that node it is (a new one after every restart)
     */
    record MemberUp(String path, String incarnation) implements MonitorEvent {}

    /**
     * The failure detector suspects a member, and has confirmed the suspicion: it does not
     * answer (crashed, frozen, or cut off). The member is about to leave the view ({@link
     * MemberLeft}); until then messages to it may still be queued.
     *
     * @param path the member, as {@code /cluster/<member>}
     * @param incarnation which start of that node it is
     */
    record MemberUnreachable(String path, String incarnation) implements MonitorEvent {}

    /**
     * A member left this node's view of the cluster: it left, crashed, froze or became
     * unreachable. Its actors' watchers are told ({@code Terminated}), asks waiting for it fail,
     * and what was sent to it and not yet handled there is lost with it: this event is that
     * report.
     *
     * @param path the member that left, as {@code /cluster/<member>}
     * @param incarnation which start of that node it was
     */
    record MemberLeft(String path, String incarnation) implements MonitorEvent {}

    /**
     * A cluster node turned away a node that tried to join (or to merge with) its cluster
     * without proving the cluster's secret: it has none, or another one. The rejected node
     * never became a member, so no {@link MemberUp} or {@link MemberLeft} follows; its join
     * fails. (Unlike {@link MemberRefused}, which concerns a member of the view whose protocols
     * cannot talk to this node's, this is a security event.)
     *
     * @param path the rejected node, as {@code /cluster/<name>} (the name it gave, unverified)
     * @param reason why, such as {@code it has no cluster secret}
     */
    record MemberRejected(String path, String reason) implements MonitorEvent {}

    /**
     * A cluster node that had a quorum now sees fewer than a majority of the configured cluster
     * size: it is on the minority side of a split (or most members have gone). What it does
     * then is its split policy's: by default it stops its cluster actors and refuses remote
     * sends until the quorum returns ({@link QuorumRegained}).
     *
     * @param path the node itself, as {@code /cluster/<name>}
     * @param seen how many members its view holds, itself included
     * @param needed how many a quorum takes (a majority of the configured size)
     */
    record QuorumLost(String path, int seen, int needed) implements MonitorEvent {}

    /**
     * A cluster node sees a majority of the configured cluster size again (after a merge, or
     * when members join), or for the first time: remote sends work again. Actors stopped when
     * the quorum was lost stay stopped; the application starts again what it needs.
     *
     * @param path the node itself, as {@code /cluster/<name>}
     * @param seen how many members its view holds, itself included
     * @param needed how many a quorum takes
     */
    record QuorumRegained(String path, int seen, int needed) implements MonitorEvent {}
}
