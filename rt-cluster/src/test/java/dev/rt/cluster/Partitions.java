package dev.rt.cluster;

import java.util.ArrayList;
import java.util.List;
import org.jgroups.Address;
import org.jgroups.JChannel;
import org.jgroups.View;
import org.jgroups.protocols.DISCARD;
import org.jgroups.protocols.pbcast.GMS;
import org.jgroups.stack.ProtocolStack;

/**
 * Network splits in one JVM, made with JGroups' {@code DISCARD} above the transport of each node
 * (inserted on first use, test-only), so that each side drops everything from the other.
 * {@link #split} then installs on each side the view that a failure detector would end with (the
 * in-JVM stack has none): the members of that side only. {@link #cut} installs nothing, for
 * nodes started with {@link #STACK}, whose failure detector excludes the cut members itself.
 * {@link #heal} lets messages through again; MERGE3 (in {@code in-jvm.xml} and {@link #STACK},
 * with short intervals) then finds the views and JGroups merges them, as after a real split.
 */
final class Partitions {

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

    private Partitions() {}

    /** Cuts every node of {@code one} off from every node of {@code other}, both ways. */
    static void cut(List<ClusterNode> one, List<ClusterNode> other) throws Exception {
        for (ClusterNode a : one) {
            for (ClusterNode b : other) {
                discard(a.channel()).addIgnoreMember(b.channel().getAddress());
                discard(b.channel()).addIgnoreMember(a.channel().getAddress());
            }
        }
    }

    /** As {@link #heal(List)}, for nodes of {@link #cut}. */
    static void heal(ClusterNode... nodes) {
        for (ClusterNode n : nodes) {
            DISCARD d = n.channel().getProtocolStack().findProtocol(DISCARD.class);
            if (d != null) {
                d.resetIgnoredMembers();
            }
        }
    }

    /** Cuts {@code left} from {@code right}; each side goes on as a cluster of its own. */
    static void split(List<Nodes.Node> left, List<Nodes.Node> right) throws Exception {
        ignore(left, right);
        ignore(right, left);
        long id = 0;
        for (Nodes.Node n : left) {
            id = Math.max(id, n.cluster().channel().getView().getViewId().getId());
        }
        for (Nodes.Node n : right) {
            id = Math.max(id, n.cluster().channel().getView().getViewId().getId());
        }
        install(left, id + 1);
        install(right, id + 1);
    }

    /** Lets every node hear every other again. */
    static void heal(List<Nodes.Node> all) {
        heal(all.stream().map(Nodes.Node::cluster).toArray(ClusterNode[]::new));
    }

    /** Makes {@code node} drop everything from {@code from}, with no view change: a lost link. */
    static void deafen(Nodes.Node node, Nodes.Node from) throws Exception {
        discard(node.cluster().channel()).addIgnoreMember(from.cluster().channel().getAddress());
    }

    private static void ignore(List<Nodes.Node> side, List<Nodes.Node> other) throws Exception {
        Address[] others = addresses(other).toArray(Address[]::new);
        for (Nodes.Node n : side) {
            discard(n.cluster().channel()).addIgnoredMembers(others);
        }
    }

    /** The node's DISCARD, inserted above its transport on first use. */
    private static synchronized DISCARD discard(JChannel channel) throws Exception {
        ProtocolStack stack = channel.getProtocolStack();
        DISCARD d = stack.findProtocol(DISCARD.class);
        if (d == null) {
            d = new DISCARD();
            d.setAddress(channel.getAddress());
            stack.insertProtocol(d, ProtocolStack.Position.ABOVE, stack.getTransport().getClass());
            d.init();
            d.start();
        }
        return d;
    }

    private static void install(List<Nodes.Node> side, long id) {
        List<Address> members = addresses(side);
        View view = View.create(members.get(0), id, members.toArray(Address[]::new));
        for (Nodes.Node n : side) {
            GMS gms = n.cluster().channel().getProtocolStack().findProtocol(GMS.class);
            gms.installView(view);
        }
    }

    private static List<Address> addresses(List<Nodes.Node> nodes) {
        List<Address> out = new ArrayList<>();
        for (Nodes.Node n : nodes) {
            out.add(n.cluster().channel().getAddress());
        }
        return out;
    }
}
