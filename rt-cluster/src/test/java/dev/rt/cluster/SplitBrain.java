package dev.rt.cluster;

import java.util.List;
import org.jgroups.Address;
import org.jgroups.protocols.DISCARD;
import org.jgroups.stack.ProtocolStack;

/**
 * Network splits for in-JVM clusters: cuts groups of nodes off from each other with JGroups'
 * DISCARD (inserted right above each node's transport, test-only), and heals them. Nodes that
 * should notice a split need failure detection and MERGE3, which RT's in-JVM stack lacks:
 * start them with {@link #STACK}.
 */
final class SplitBrain {

    /**
     * RT's in-JVM stack plus MERGE3 (short intervals), FD_ALL3 (4 s) and VERIFY_SUSPECT2, so
     * that a cut member is excluded from the view and a healed split merges again.
     */
    static final String STACK = """
            <config xmlns="urn:org:jgroups">
                <SHARED_LOOPBACK bundler_type="no-bundler" diag.enabled="false"
                                 thread_pool.min_threads="0" thread_pool.max_threads="16"
                                 use_virtual_threads="false"/>
                <SHARED_LOOPBACK_PING/>
                <MERGE3 min_interval="500ms" max_interval="2s"/>
                <FD_ALL3 timeout="4s" interval="500ms"/>
                <VERIFY_SUSPECT2 timeout="1s"/>
                <pbcast.NAKACK2 use_mcast_xmit="false"/>
                <UNICAST3/>
                <pbcast.STABLE desired_avg_gossip="5s" max_bytes="4M"/>
                <pbcast.GMS print_local_addr="false" join_timeout="500ms" leave_timeout="500ms"/>
                <FRAG4 frag_size="60K"/>
            </config>
            """;

    private SplitBrain() {}

    /** Cuts every node of {@code one} off from every node of {@code other}, both ways. */
    static void split(List<ClusterNode> one, List<ClusterNode> other) throws Exception {
        for (ClusterNode a : one) {
            for (ClusterNode b : other) {
                discard(a).addIgnoreMember(address(b));
                discard(b).addIgnoreMember(address(a));
            }
        }
    }

    /** Lets every message through again: MERGE3 then merges the views. */
    static void heal(ClusterNode... nodes) throws Exception {
        for (ClusterNode n : nodes) {
            discard(n).resetIgnoredMembers();
        }
    }

    private static Address address(ClusterNode n) {
        return n.channel().getAddress();
    }

    /** The node's DISCARD, inserted above its transport on first use. */
    private static synchronized DISCARD discard(ClusterNode n) throws Exception {
        ProtocolStack stack = n.channel().getProtocolStack();
        DISCARD d = stack.findProtocol(DISCARD.class);
        if (d == null) {
            d = new DISCARD();
            d.setAddress(address(n));
            stack.insertProtocol(d, ProtocolStack.Position.ABOVE,
                    stack.getTransport().getClass());
            d.init();
            d.start();
        }
        return d;
    }
}
