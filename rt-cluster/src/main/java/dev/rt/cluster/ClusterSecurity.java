package dev.rt.cluster;

import dev.rt.ActorSystem;
import dev.rt.MonitorEvent;
import dev.rt.cluster.internal.SecretGate;
import dev.rt.cluster.internal.SecretToken;
import dev.rt.internal.RemoteSupport;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jgroups.Address;
import org.jgroups.JChannel;
import org.jgroups.protocols.AUTH;
import org.jgroups.protocols.pbcast.GMS;
import org.jgroups.stack.ProtocolStack;
import org.jgroups.util.NameCache;

/**
 * The cluster secret in a node's JGroups stack ({@link ClusterConfig.Builder#secret}): JGroups'
 * AUTH right below GMS (as AUTH requires), with RT's {@link SecretToken}, and RT's {@link
 * SecretGate} right below AUTH; and the report of every node that fails to prove the secret, once
 * per address ({@link MonitorEvent.MemberRejected} and a warning).
 *
 * <p>Threading: {@link #secure} runs once, on the joining thread, before the channel connects;
 * the reports come from JGroups' threads, deduplicated through a concurrent set.
 */
final class ClusterSecurity {

    private final ActorSystem system;
    private final ClusterConfig config;
    /** The nodes already reported as rejected (a merge request repeats). */
    private final Set<Address> rejected = ConcurrentHashMap.newKeySet();

    private ClusterSecurity(ActorSystem system, ClusterConfig config) {
        this.system = system;
        this.config = config;
    }

    /**
     * Adds the secret's protocols to a channel's stack.
     *
     * @param channel the node's channel, not connected yet
     * @param config the node's configuration, with a secret
     * @param system where rejections are reported
     * @throws IllegalArgumentException if the stack has no GMS, or an AUTH of its own
     * @throws Exception if JGroups cannot initialize the protocols
     */
    static void secure(JChannel channel, ClusterConfig config, ActorSystem system)
            throws Exception {
        ClusterSecurity security = new ClusterSecurity(system, config);
        ProtocolStack stack = channel.getProtocolStack();
        if (stack.findProtocol(GMS.class) == null) {
            throw new IllegalArgumentException("a cluster secret needs GMS in the JGroups stack");
        }
        if (stack.findProtocol(AUTH.class) != null) {
            throw new IllegalArgumentException("the JGroups stack has an AUTH protocol of its own:"
                    + " set either it or ClusterConfig.secret, not both");
        }
        SecretToken.register();
        SecretToken token = new SecretToken(config.secret(), config.clusterName(),
                channel::getAddress, security::rejected);
        AUTH auth = new AUTH().setAuthToken(token);
        token.setAuth(auth);
        SecretGate gate = new SecretGate(security::rejected);
        stack.insertProtocol(auth, ProtocolStack.Position.BELOW, GMS.class);
        stack.insertProtocol(gate, ProtocolStack.Position.BELOW, AUTH.class);
        gate.init();
        auth.init();
    }

    /** A node failed to prove the cluster secret. A JGroups thread. */
    private void rejected(Address address, String reason) {
        if (address == null || !rejected.add(address)) {
            return;
        }
        String name = NameCache.get(address);
        String path = "/cluster/" + (name == null ? address.toString() : name);
        ClusterNode.LOG.warn("node {} ({}) rejected from cluster {}: {}; every member needs the"
                + " same cluster secret", path, address, config.clusterName(), reason);
        RemoteSupport.emit(system, new MonitorEvent.MemberRejected(path, reason));
    }
}
