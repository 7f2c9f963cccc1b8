package dev.rt.cluster;

import dev.rt.ActorRef;
import dev.rt.ActorSystem;
import dev.rt.MonitorEvent;
import dev.rt.internal.RemoteSupport;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * A node's quorum rule for network splits (see docs/distribution.md, "Splits and quorum"): whether
 * the node's view holds a majority of the configured cluster size, what it does when it loses
 * it ({@link SplitPolicy}), and which local actors are its cluster actors, those stopped then.
 *
 * <p>Threading: {@link #viewOf} runs on JGroups' view thread (or the joining thread) and is
 * serialized by a lock; {@link #hasQuorum}, {@link #refusal} and {@link #clusterActor} may be
 * called from any thread: the state they read is volatile, and a send that reads "no quorum"
 * after {@code QuorumLost} was emitted is refused.
 */
final class QuorumRule {

    private final ActorSystem system;
    private final ClusterConfig config;
    private final String nodeName;
    private final Supplier<String> selfPath;
    /** The actors stopped when the quorum is lost: published ones, and the registry's. */
    private final Set<ActorRef<?>> clusterActors = ConcurrentHashMap.newKeySet();
    private final Object lock = new Object();
    /** Whether this node sees a quorum (always, without a quorum rule). */
    private volatile boolean quorate;
    /** How many members the last view held, itself included. */
    private volatile int seen = 1;

    QuorumRule(ActorSystem system, ClusterConfig config, String nodeName,
            Supplier<String> selfPath) {
        this.system = system;
        this.config = config;
        this.nodeName = nodeName;
        this.selfPath = selfPath;
        this.quorate = config.quorum() == 0;
    }

    /**
     * Applies the rule to a view of {@code size} members, itself included: reports a change
     * ({@code QuorumLost}, {@code QuorumRegained}) and applies the split policy on a loss.
     *
     * @param size the members of the view
     */
    void viewOf(int size) {
        int needed = config.quorumNeeded();
        seen = size;
        if (needed == 0) {
            return;
        }
        synchronized (lock) { // views only
            boolean has = size >= needed;
            if (has == quorate) {
                return;
            }
            quorate = has;
            if (has) {
                ClusterNode.LOG.info("node {} sees {} members, and a quorum takes {}: quorum"
                        + " (re)gained", nodeName, size, needed);
                RemoteSupport.emit(system, new MonitorEvent.QuorumRegained(selfPath.get(), size,
                        needed));
                return;
            }
            ClusterNode.LOG.error("node {} sees {} members, and a quorum takes {} (cluster size"
                    + " {}): quorum lost, split policy {}", nodeName, size, needed,
                    config.quorum(), config.splitPolicy());
            RemoteSupport.emit(system, new MonitorEvent.QuorumLost(selfPath.get(), size, needed));
        }
        switch (config.splitPolicy()) {
            case STOP_CLUSTER_ACTORS -> {
                for (ActorRef<?> ref : List.copyOf(clusterActors)) {
                    ref.stop();
                }
            }
            case SHUTDOWN_SYSTEM -> {
                // not on JGroups' view thread: closing the system closes this node's channel
                Thread t = new Thread(system::close, "rt-cluster-" + nodeName + "-split");
                t.setDaemon(true);
                t.start();
            }
            case KEEP_RUNNING -> { }
        }
    }

    /** {@return whether this node sees a quorum; always true without a quorum rule} */
    boolean hasQuorum() {
        return quorate;
    }

    /**
     * Records a local actor as a cluster actor, until it terminates.
     *
     * @param ref the actor
     */
    void clusterActor(ActorRef<?> ref) {
        if (clusterActors.add(ref)) {
            RemoteSupport.watchable(ref).addWatcher((dead, failure) -> clusterActors.remove(ref));
        }
    }

    /**
     * {@return why a remote send must be refused now, or null} Only without quorum under {@link
     * SplitPolicy#STOP_CLUSTER_ACTORS}.
     *
     * @param what the send, for the exception's message
     */
    QuorumLostException refusal(String what) {
        if (quorate || config.splitPolicy() != SplitPolicy.STOP_CLUSTER_ACTORS) {
            return null;
        }
        return new QuorumLostException(what, seen, config.quorumNeeded());
    }
}
